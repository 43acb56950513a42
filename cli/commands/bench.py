"""`eventwatch bench tagger|pipeline|alerts|feeds`: throughput and latency figures, side by side."""

from __future__ import annotations

import argparse
import importlib

from eventwatch.cli.output import add_format_option, print_json, print_table

TARGETS = ("tagger", "pipeline", "alerts", "feeds")


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("bench", help="throughput and latency benchmarks")
    parser.add_argument("target", choices=TARGETS)
    parser.add_argument("path", nargs="?", help="input texts (default: per benchmark)")
    parser.add_argument(
        "--limit", type=int, default=None, help="at most this many articles (feeds: feeds, 500)"
    )
    pipeline = parser.add_argument_group("pipeline")
    pipeline.add_argument("--corpus", help="JSONL corpus (default: ../shared/corpus or generated)")
    pipeline.add_argument("--articles", type=int, help="articles for the throughput runs")
    pipeline.add_argument("--rate", type=float, help="articles/s for the latency run (50)")
    pipeline.add_argument("--duration", type=float, help="seconds of the latency/soak run (20)")
    pipeline.add_argument("--workers", type=int, help="worker processes (1)")
    add_format_option(parser)
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    # Imported when asked for: a harness loads the tagger or the stack clients.
    module = importlib.import_module(f"eventwatch.benchmarks.{args.target}")
    result = module.run(args)
    if args.format == "json":
        print_json(result)
    else:
        print_table([(k, v) for k, v in result.items()], ("measure", "value"))
    return 0
