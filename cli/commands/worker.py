"""`eventwatch worker [--workers N]`: N Faust worker processes (tag, index, alert)."""

from __future__ import annotations

import argparse
import logging
import signal
import sys

from eventwatch.errors import UsageError
from eventwatch.settings import get_settings


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "worker",
        help="run the Faust workers",
        description="Run N Faust worker processes sharing the consumer group; logs go to "
        "stdout. SIGINT/SIGTERM stop them cleanly.",
    )
    parser.add_argument("--workers", type=int, default=1, help="worker processes (default 1)")
    parser.add_argument(
        "--web-port",
        type=int,
        default=None,
        help="Faust web port of worker 0 (worker i: +i); off by default",
    )
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from eventwatch.streams.setup import ensure_topics
    from eventwatch.streams.supervisor import WorkerGroup

    if args.workers < 1:
        raise UsageError(f"--workers must be at least 1, got {args.workers}")
    if args.web_port is not None and not 0 < args.web_port < 65536 - args.workers:
        raise UsageError(f"--web-port must be a free port number, got {args.web_port}")
    ensure_topics(get_settings())  # Kafka unreachable: one clear line here, not N crash loops
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")
    group = WorkerGroup(args.workers, web_port=args.web_port)
    signal.signal(signal.SIGINT, group.request_stop)
    signal.signal(signal.SIGTERM, group.request_stop)
    pids = group.start()
    print(f"eventwatch: {len(pids)} worker(s) running, pids {' '.join(map(str, pids))}", flush=True)
    code = group.supervise()
    print("eventwatch: workers stopped", file=sys.stderr)
    return code
