"""`eventwatch tag FILE [--lang xx]`: tag one article offline (no Kafka, no Elasticsearch)."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from eventwatch.articles import parse_article_dict, parse_article_txt
from eventwatch.cli.output import add_format_option, print_json, print_table
from eventwatch.errors import UsageError
from eventwatch.models import Article
from eventwatch.settings import get_settings


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "tag",
        help="tag one article offline",
        description="Tag the events in one article: a .txt file (first line title, rest body) "
        "or a .json article. Evidence offsets are relative to the article text (the body).",
    )
    parser.add_argument("file", type=Path, metavar="FILE")
    parser.add_argument("--lang", metavar="xx", help="ISO 639-1 language (default: detected)")
    add_format_option(parser)
    parser.set_defaults(handler=run)


def read_article(path: Path, lang: str | None) -> Article:
    try:
        content = path.read_text(encoding="utf-8")
    except FileNotFoundError as exc:
        raise UsageError(f"{path}: no such file") from exc
    except IsADirectoryError as exc:
        raise UsageError(f"{path}: is a directory, expected one article file") from exc
    except UnicodeDecodeError as exc:
        raise UsageError(f"{path}: broken encoding: not valid UTF-8 at byte {exc.start}") from exc
    if path.suffix.lower() == ".json":
        try:
            data = json.loads(content)
        except json.JSONDecodeError as exc:
            raise UsageError(f"{path}: not JSON: {exc.msg} at line {exc.lineno}") from exc
    else:
        data = parse_article_txt(content)
    if lang is not None:
        if not isinstance(data, dict):
            raise UsageError(f"{path}: an article must be a JSON object")
        data["language"] = lang
    return parse_article_dict(data, max_chars=get_settings().max_article_chars)


def run(args: argparse.Namespace) -> int:
    from eventwatch.tagging import Tagger

    article = read_article(args.file, args.lang)
    tagger = Tagger()
    language = tagger.language_of(article)
    if language not in tagger.supported_languages():
        raise UsageError(
            f"unsupported language {language!r}: supported are "
            + ", ".join(tagger.supported_languages())
        )
    events = tagger.tag(article.model_copy(update={"language": language}))
    if args.format == "json":
        print_json({"language": language, "events": [e.model_dump(mode="json") for e in events]})
        return 0
    print(f"language: {language}, {len(events)} events")
    rows = [
        (
            e.type,
            e.modality,
            e.confidence,
            e.severity,
            e.summary,
            f"{e.evidence.start}-{e.evidence.end}",
        )
        for e in events
    ]
    print_table(rows, ("type", "modality", "conf", "sev", "summary", "evidence"))
    return 0
