"""`eventwatch search`: query the event index (or incidents), or show the threat-level board."""

from __future__ import annotations

import argparse
from typing import Any

from eventwatch.cli.output import add_format_option, print_json, print_table
from eventwatch.settings import get_settings


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "search",
        help="search indexed events",
        description='Search events: free text (simple query syntax: "phrase", -not, a|b, '
        "prefix*) plus filters. Repeat --type/--country/--actor/--source/--lang for several.",
    )
    parser.add_argument("query", nargs="?", help="free text over title, evidence, summary, actors")
    parser.add_argument("--type", action="append", dest="types", default=[], metavar="T")
    parser.add_argument("--country", action="append", dest="countries", default=[], metavar="CC")
    parser.add_argument("--actor", action="append", dest="actors", default=[], metavar="A")
    parser.add_argument("--source", action="append", dest="sources", default=[], metavar="S")
    parser.add_argument("--lang", action="append", dest="languages", default=[], metavar="xx")
    parser.add_argument("--modality", action="append", default=[], metavar="M")
    parser.add_argument("--min-severity", type=int, metavar="N")
    parser.add_argument("--min-confidence", type=float, metavar="X")
    parser.add_argument("--since", help="24h, 7d or an ISO 8601 date")
    parser.add_argument("--until", help="24h, 7d or an ISO 8601 date")
    parser.add_argument("--sort", choices=("time", "relevance"), default=None)
    parser.add_argument("--limit", type=int, default=20, metavar="N")
    parser.add_argument("--after", dest="search_after", help="the 'next' token of a page")
    parser.add_argument(
        "--board",
        action="store_true",
        help="the threat-level board: per country the current level and its changes "
        "(--country CC for one)",
    )
    parser.add_argument(
        "--incidents",
        action="store_true",
        help="incidents instead of events: those with an event that matches (same filters)",
    )
    add_format_option(parser)
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from eventwatch.clients import require_elasticsearch
    from eventwatch.indexers.search import make_query, search_events, threat_board

    settings = get_settings()
    query = None
    if not args.board:
        query = make_query(
            q=args.query,
            types=args.types,
            countries=args.countries,
            actors=args.actors,
            sources=args.sources,
            languages=args.languages,
            modality=args.modality,
            min_severity=args.min_severity,
            min_confidence=args.min_confidence,
            since=args.since,
            until=args.until,
            sort=args.sort or ("relevance" if args.query else "time"),
            limit=args.limit,
            search_after=args.search_after,
        )
    es = require_elasticsearch(settings)
    try:
        if args.board:
            country = args.countries[0] if len(args.countries) == 1 else None
            board = threat_board(es, settings.names, country)
            if args.format == "json":
                print_json({"countries": board})
            else:
                _print_board(board)
            return 0
        assert query is not None  # made above whenever --board is not given
        if args.incidents:
            return _run_incidents(es, settings, query, args.format)
        tags = ("<em>", "</em>") if args.format == "json" else ("[", "]")
        result = search_events(es, settings.names, query, highlight_tags=tags)
    finally:
        es.close()
    if args.format == "json":
        print_json(result)
    else:
        _print_result(result)
    return 0


def _run_incidents(es: Any, settings: Any, query: Any, output: str) -> int:
    from eventwatch.indexers.incidents_search import search_incidents

    result = search_incidents(es, settings.names, query)
    if output == "json":
        print_json(result)
        return 0
    rows = [
        (
            (i.get("last_update") or "")[:16],
            i.get("type"),
            (i.get("location") or {}).get("country") or "",
            i.get("outlets"),
            ",".join(i.get("languages") or []),
            i.get("severity"),
            _short(i.get("title") or "", 70),
        )
        for i in result["incidents"]
    ]
    print_table(rows, ("last_update", "type", "cc", "outlets", "langs", "sev", "title"))
    print(f"\n{result['total']} incidents")
    return 0


def _print_result(result: dict[str, Any]) -> None:
    rows = []
    for e in result["events"]:
        evidence = (e.get("highlight") or {}).get("evidence.text") or [
            (e.get("evidence") or {}).get("text", "")
        ]
        rows.append(
            (
                (e.get("tagged_at") or "")[:16],
                e.get("type"),
                (e.get("location") or {}).get("country") or "",
                e.get("language"),
                e.get("severity"),
                _short(evidence[0], 90),
            )
        )
    print_table(rows, ("tagged_at", "type", "cc", "lang", "sev", "evidence"))
    print(f"\n{result['total']} events", end="")
    print(f"; next page: --after {result['next']}" if result.get("next") else "")


def _print_board(board: list[dict[str, Any]]) -> None:
    rows = [
        (
            b["country"],
            b["system"],
            b["level"],
            f"{b['rank']}/{b['of']}",
            b["normalized"],
            (b["since"] or "")[:16],
            b["sources"],
            len(b["history"]),
        )
        for b in board
    ]
    print_table(
        rows, ("country", "system", "level", "rank", "normalized", "since", "src", "changes")
    )


def _short(text: str, width: int) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= width else text[: width - 1] + "…"
