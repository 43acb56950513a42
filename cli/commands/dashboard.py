"""`eventwatch dashboard [--port 8000] [--host 127.0.0.1]`: web UI and REST API."""

from __future__ import annotations

import argparse
import logging
import sys

from eventwatch.errors import UsageError
from eventwatch.settings import get_settings


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "dashboard",
        help="web UI + REST API (OpenAPI at /docs)",
        description="Serve the live dashboard and the REST API (OpenAPI at /docs).",
    )
    parser.add_argument("--port", type=int, default=None, help="port (default 8000)")
    parser.add_argument("--host", default=None, help="address to bind (default 127.0.0.1)")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    import uvicorn

    from eventwatch.dashboard.app import create_app
    from eventwatch.dashboard.auth import parse_api_keys
    from eventwatch.dashboard.security import is_loopback_host
    from eventwatch.dashboard.worldmap import ensure_atlas

    settings = get_settings()
    port = args.port if args.port is not None else settings.dashboard_port
    host = args.host or settings.dashboard_host
    if not 0 < port < 65536:
        raise UsageError(f"--port must be between 1 and 65535, got {port}")
    parse_api_keys(settings.api_keys)  # a malformed EVENTWATCH_API_KEYS fails here, in one line
    if not settings.api_keys and not is_loopback_host(host):
        raise UsageError(
            f"--host {host}: without EVENTWATCH_API_KEYS the dashboard listens on loopback "
            "only (127.0.0.1, ::1, localhost); set keys to serve other addresses"
        )
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")
    for chatty in ("kafka", "elasticsearch"):  # one line per connection/request otherwise
        logging.getLogger(chatty).setLevel(logging.WARNING)
    if not settings.api_keys:
        print(
            "eventwatch: WARNING no API keys configured: the development key 'dev-admin' "
            "grants admin to anyone on this machine (set EVENTWATCH_API_KEYS)",
            file=sys.stderr,
        )
    ensure_atlas()
    print(f"eventwatch: dashboard on http://{host}:{port}/ (API docs at /docs)", file=sys.stderr)
    uvicorn.run(create_app(settings), host=host, port=port, log_level="warning")
    return 0
