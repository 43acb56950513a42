"""`eventwatch alerts list [--since 24h] [--limit N]`: alerts fired, newest first."""

from __future__ import annotations

import argparse

from eventwatch.cli.output import add_format_option, print_json, print_table
from eventwatch.errors import UsageError
from eventwatch.settings import get_settings


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("alerts", help="fired alerts", description="Fired alerts.")
    sub = parser.add_subparsers(dest="alerts_command", metavar="ACTION", parser_class=type(parser))
    sub.required = True
    p = sub.add_parser("list", help="alerts fired, newest first")
    p.add_argument("--since", default="24h", help="how far back (default 24h)")
    p.add_argument("--limit", type=int, default=100, help="at most this many (default 100)")
    p.add_argument("--rule", metavar="ID", help="only this rule's alerts")
    add_format_option(p)
    p.set_defaults(handler=run_list)


def run_list(args: argparse.Namespace) -> int:
    from eventwatch.alerts.store_alerts import list_alerts
    from eventwatch.clients import require_elasticsearch
    from eventwatch.durations import parse_duration

    try:
        since = parse_duration(args.since)
    except ValueError as exc:
        raise UsageError(f"--since: {exc}") from None
    if not 1 <= args.limit <= 10_000:
        raise UsageError("--limit: must be between 1 and 10000")
    settings = get_settings()
    alerts = list_alerts(
        require_elasticsearch(settings),
        settings.names,
        since=since,
        limit=args.limit,
        rule_id=args.rule,
    )
    if args.format == "json":
        print_json({"total": len(alerts), "alerts": alerts})
        return 0
    rows = [
        (
            a.get("fired_at"),
            a.get("rule_id"),
            a.get("group"),
            a.get("count"),
            ",".join(f"{d['action']}:{d['status']}" for d in a.get("deliveries", [])),
            a.get("summary"),
        )
        for a in alerts
    ]
    print_table(rows, ("fired_at", "rule", "group", "count", "deliveries", "summary"))
    return 0
