"""`eventwatch stack up|down|status|fetch`: the local Kafka + Elasticsearch (SPEC 7, 8)."""

from __future__ import annotations

import argparse
import time

from eventwatch.cli.output import add_format_option, print_json, print_table
from eventwatch.settings import get_settings

MESSAGES = {
    "started": "started",
    "running": "already running",
    "external": "already answering (not started by eventwatch; left alone)",
    "stopped": "stopped",
    "not running": "not running",
    "stuck": "did not stop",
}


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("stack", help="local Kafka + Elasticsearch without Docker")
    actions = parser.add_subparsers(dest="stack_action", metavar="ACTION")
    actions.required = True
    for name, handler, help_text in (
        ("up", _up, "start Kafka and Elasticsearch and wait until healthy (idempotent)"),
        ("down", _down, "stop the servers 'stack up' started"),
        ("status", _status, "whether Kafka and Elasticsearch answer"),
        ("fetch", _fetch, "resolve the server jars into the cache (no start)"),
    ):
        action = actions.add_parser(name, help=help_text)
        add_format_option(action)
        action.set_defaults(handler=handler)


def _stack():
    from eventwatch.stack import LocalStack

    return LocalStack(get_settings())


def _up(args: argparse.Namespace) -> int:
    local = _stack()
    began = time.monotonic()
    outcome = local.up()
    seconds = round(time.monotonic() - began, 1)
    status = local.status()
    if args.format == "json":
        print_json({"actions": outcome, "seconds": seconds, **status})
        return 0
    for server in local.servers:
        print(f"{server.title}: {MESSAGES[outcome[server.name]]} at {server.address}")
    print(f"healthy after {seconds} s; state in {local.settings.state_dir}")
    return 0


def _down(args: argparse.Namespace) -> int:
    local = _stack()
    outcome = local.down()
    if args.format == "json":
        print_json({"actions": outcome})
    else:
        for server in local.servers:
            print(f"{server.title}: {MESSAGES[outcome[server.name]]}")
    return 1 if "stuck" in outcome.values() else 0


def _status(args: argparse.Namespace) -> int:
    local = _stack()
    status = local.status()
    if args.format == "json":
        print_json(status)
        return 0
    rows = []
    for server, key in zip(local.servers, ("kafka", "elasticsearch"), strict=True):
        record = local.record(server)
        rows.append(
            (server.title, "up" if status[key]["up"] else "down", server.address,
             record.pid if record else "-")
        )  # fmt: skip
    print_table(rows, ("server", "state", "address", "pid (ours)"))
    return 0


def _fetch(args: argparse.Namespace) -> int:
    libs = _stack().fetch()
    if args.format == "json":
        print_json({name: str(path) for name, path in libs.items()})
    else:
        for name, path in libs.items():
            print(f"{name}: {path}")
    return 0
