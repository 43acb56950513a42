"""`eventwatch ingest SOURCE...`: files, directories, JSONL, RSS/Atom, URLs, '-' for stdin."""

from __future__ import annotations

import argparse
import sys

from eventwatch.cli.output import add_format_option, print_json
from eventwatch.errors import EventwatchError
from eventwatch.settings import get_settings


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "ingest",
        help="send articles to Kafka",
        description="Validate articles and send them to the articles topic; refused items go "
        "to the DLQ topic with the reason. Exit 2 when any item was refused.",
    )
    parser.add_argument(
        "sources",
        nargs="+",
        metavar="SOURCE",
        help=".txt/.json/.jsonl/RSS/Atom files, directories, http(s) URLs, '-' for stdin",
    )
    parser.add_argument("--no-progress", action="store_true", help="no progress bar")
    add_format_option(parser)
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from eventwatch.ingest.fetch import fetch_url
    from eventwatch.ingest.producer import ArticleProducer
    from eventwatch.ingest.run import ingest_items
    from eventwatch.ingest.sources import check_sources, iter_items

    settings = get_settings()
    names = settings.names
    check_sources(args.sources)
    items = iter_items(
        args.sources, stdin=sys.stdin.buffer, fetch=fetch_url, max_bytes=settings.max_input_bytes
    )
    with ArticleProducer(settings) as producer:
        report = ingest_items(
            items, producer, max_chars=settings.max_article_chars, progress=not args.no_progress
        )
        producer.flush()
    if producer.failures:
        raise EventwatchError(
            f"{len(producer.failures)} messages were not delivered to Kafka: {producer.failures[0]}"
        )
    for rejection in report.rejections:
        print(f"eventwatch: {rejection.where}: {rejection.reason}", file=sys.stderr)
    if args.format == "json":
        print_json(report.as_json(names.articles_topic, names.dlq_topic))
    else:
        summary = (
            f"sent {report.sent} articles to {names.articles_topic}, rejected {report.rejected}"
        )
        if report.rejected:
            summary += f" (refused items went to {names.dlq_topic}; exit status 2)"
        print(summary)
    return 2 if report.rejected else 0
