"""`eventwatch feeds apply|validate|list|remove|status`: the watched feeds (SPEC section 7)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from eventwatch.cli.output import add_format_option, print_json, print_table
from eventwatch.cli.yaml_files import read_documents
from eventwatch.errors import UsageError
from eventwatch.settings import get_settings


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "feeds",
        help="watched RSS/Atom feeds",
        description="Feeds the workers poll: YAML documents {id, url, name, language, interval}.",
    )
    sub = parser.add_subparsers(dest="feeds_command", metavar="ACTION", parser_class=type(parser))
    sub.required = True
    for name, help_text, handler in (
        ("validate", "check feed files without storing them", run_validate),
        ("apply", "validate and store (create or replace) the feeds of PATH", run_apply),
    ):
        p = sub.add_parser(name, help=help_text)
        p.add_argument("path", type=Path, metavar="PATH", help="a YAML file or a directory")
        add_format_option(p)
        p.set_defaults(handler=handler)
    p = sub.add_parser("list", help="the stored feeds")
    add_format_option(p)
    p.set_defaults(handler=run_list)
    p = sub.add_parser("remove", help="stop watching feeds")
    p.add_argument("feed_ids", nargs="+", metavar="ID")
    add_format_option(p)
    p.set_defaults(handler=run_remove)
    p = sub.add_parser("status", help="per feed: last poll, last new item, last error, items/h")
    add_format_option(p)
    p.set_defaults(handler=run_status)


def read_feeds(path: Path) -> list[Any]:
    from eventwatch.ingest.feed_config import parse_feeds_yaml

    feeds = read_documents(path, parse_feeds_yaml, "feeds")
    ids = [f.id for f in feeds]
    repeated = sorted({i for i in ids if ids.count(i) > 1})
    if repeated:
        raise UsageError(f"{path}: feed {repeated[0]!r}: id: appears twice")
    return feeds


def _es() -> Any:
    from eventwatch.clients import require_elasticsearch

    return require_elasticsearch(get_settings())


def _print_feeds(args: argparse.Namespace, key: str, feeds: list[dict[str, Any]]) -> None:
    if args.format == "json":
        print_json({key: feeds, "count": len(feeds)})
        return
    rows = [
        (f["id"], f.get("interval", "5m"), f.get("language"), f.get("name"), f["url"])
        for f in feeds
    ]
    print_table(rows, ("id", "interval", "language", "name", "url"))


def run_validate(args: argparse.Namespace) -> int:
    from eventwatch.ingest.feed_config import feed_to_dict

    _print_feeds(args, "valid", [feed_to_dict(f) for f in read_feeds(args.path)])
    return 0


def run_apply(args: argparse.Namespace) -> int:
    from eventwatch.indexers.feeds import save_feed
    from eventwatch.ingest.feed_config import feed_to_dict

    feeds = read_feeds(args.path)
    es = _es()
    names = get_settings().names
    _print_feeds(args, "applied", [save_feed(es, names, feed_to_dict(f)) for f in feeds])
    return 0


def run_list(args: argparse.Namespace) -> int:
    from eventwatch.indexers.feeds import list_feeds

    _print_feeds(args, "feeds", list_feeds(_es(), get_settings().names))
    return 0


def run_remove(args: argparse.Namespace) -> int:
    from eventwatch.indexers.feeds import delete_feed

    es = _es()
    names = get_settings().names
    missing = [i for i in args.feed_ids if not delete_feed(es, names, i)]
    removed = [i for i in args.feed_ids if i not in missing]
    if args.format == "json":
        print_json({"removed": removed, "missing": missing})
    else:
        for feed_id in removed:
            print(f"removed {feed_id}")
    if missing:
        raise UsageError(f"no feed with id {missing[0]!r}")
    return 0


def run_status(args: argparse.Namespace) -> int:
    from eventwatch.indexers.feeds import feed_status_rows

    rows = feed_status_rows(_es(), get_settings().names)
    if args.format == "json":
        print_json({"feeds": rows})
        return 0
    print_table(
        [
            (
                r["id"],
                r["last_poll"],
                r["last_new_item"],
                r["items_per_hour"],
                r["warning"] or r["last_error"] or "ok",
            )
            for r in rows
        ],
        ("id", "last poll", "last new item", "items/h", "health"),
    )
    return 0
