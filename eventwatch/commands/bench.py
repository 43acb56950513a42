"""`eventwatch bench tagger|pipeline|alerts`: throughput and latency figures, side by side."""

from __future__ import annotations

import argparse
import importlib

from eventwatch.errors import EventwatchError
from eventwatch.output import add_format_option, print_json, print_table

TARGETS = ("tagger", "pipeline", "alerts")


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("bench", help="throughput and latency benchmarks")
    parser.add_argument("target", choices=TARGETS)
    parser.add_argument("path", nargs="?", help="input texts (default: per benchmark)")
    parser.add_argument("--limit", type=int, default=None, help="at most this many articles")
    add_format_option(parser)
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    try:
        module = importlib.import_module(f"benchmarks.{args.target}")
    except ModuleNotFoundError as exc:
        if exc.name != f"benchmarks.{args.target}":
            raise
        raise EventwatchError(f"bench {args.target}: not available yet") from exc
    result = module.run(args)
    if args.format == "json":
        print_json(result)
    else:
        print_table([(k, v) for k, v in result.items()], ("measure", "value"))
    return 0
