"""`eventwatch setup`: Kafka topics, index templates and indices; idempotent."""

from __future__ import annotations

import argparse
from typing import Any

from eventwatch.cli.output import add_format_option, print_json, print_table
from eventwatch.settings import Settings, get_settings


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "setup",
        help="create topics and indices",
        description="Create the Kafka topics, "
        "index templates, indices and the percolator index. Safe to run again.",
    )
    parser.add_argument(
        "--retention",
        metavar="DAYS",
        help="also delete events, articles and alerts older than this (e.g. 90d or 90)",
    )
    add_format_option(parser)
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    days = _retention_days(args.retention) if args.retention is not None else None
    result = setup(get_settings())
    if days is not None:
        result["retention"] = apply_retention(get_settings(), days)
    if args.format == "json":
        print_json(result)
    else:
        rows = [("topic", t["name"], t["status"]) for t in result["topics"]]
        rows += [("index", i["name"], i["status"]) for i in result["indices"]]
        rows += [("retention", k, f"{n} deleted") for k, n in result.get("retention", {}).items()]
        print_table(rows, ("kind", "name", "status"))
    return 0


def setup(settings: Settings) -> dict[str, Any]:
    from eventwatch.streams.setup import ensure_topics

    topics = [{"name": n, "status": s} for n, s in ensure_topics(settings)]
    return {"topics": topics, "indices": ensure_indices(settings)}


def ensure_indices(settings: Settings) -> list[dict[str, str]]:
    from eventwatch.clients import require_elasticsearch
    from eventwatch.indexers.setup import ensure_indices as ensure

    es = require_elasticsearch(settings)
    try:
        outcome = ensure(es, settings.names)
    finally:
        es.close()
    return _as_rows(outcome)


def _as_rows(outcome: Any) -> list[dict[str, str]]:
    """indexers.setup reports {name: status} or [(name, status)]; show either as rows."""
    if isinstance(outcome, dict):
        return [{"name": str(k), "status": str(v)} for k, v in outcome.items()]
    return [{"name": str(n), "status": str(s)} for n, s in (outcome or [])]


def _retention_days(text: str) -> int:
    from eventwatch.errors import UsageError

    value = text.strip().lower().removesuffix("d")
    if not value.isdigit() or int(value) < 1:
        raise UsageError(f"--retention: expected a number of days like 90d; got {text!r}")
    return int(value)


def apply_retention(settings: Settings, days: int) -> dict[str, int]:
    from eventwatch.clients import require_elasticsearch
    from eventwatch.indexers.setup import apply_retention as delete_older

    es = require_elasticsearch(settings)
    try:
        return delete_older(es, settings.names, days)
    finally:
        es.close()
