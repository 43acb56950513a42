"""Turning SOURCE arguments into items: one decoded article candidate or one decoding error each.

Validation of the decoded data is not done here (eventwatch.articles does that for every
entry point); this module only knows file types, feeds, URLs and stdin.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any, BinaryIO

from eventwatch.articles import parse_article_txt
from eventwatch.errors import UsageError
from eventwatch.ingest.feeds import feed_items
from eventwatch.ingest.items import Item

TXT = {".txt"}
JSON = {".json"}
JSONL = {".jsonl", ".ndjson"}
FEEDS = {".rss", ".atom", ".xml"}
KNOWN = TXT | JSON | JSONL | FEEDS


Fetcher = Callable[[str], tuple[bytes, str]]


def is_url(source: str) -> bool:
    return source.startswith(("http://", "https://"))


def check_sources(sources: Iterable[str]) -> None:
    """Refuse missing paths before anything is sent, so a typo sends nothing."""
    for source in sources:
        if source == "-" or is_url(source):
            continue
        if not Path(source).exists():
            raise UsageError(f"no such file or directory: {source}")


def iter_items(sources: Iterable[str], *, stdin: BinaryIO, fetch: Fetcher) -> Iterator[Item]:
    for source in sources:
        if source == "-":
            yield from _json_document_or_lines(stdin.read(), "<stdin>")
        elif is_url(source):
            yield from _url_items(source, fetch)
        elif Path(source).is_dir():
            for path in sorted(Path(source).rglob("*")):
                if path.is_file() and path.suffix.lower() in KNOWN:
                    yield from file_items(path)
        else:
            yield from file_items(Path(source))


def file_items(path: Path) -> Iterator[Item]:
    raw = path.read_bytes()
    suffix = path.suffix.lower()
    where = str(path)
    if suffix in TXT:
        yield _txt_item(raw, where)
    elif suffix in JSON:
        yield from _json_items(raw, where)
    elif suffix in JSONL:
        yield from _jsonl_items(raw, where)
    elif suffix in FEEDS:
        yield from feed_items(raw, where)
    else:
        yield from _sniffed_items(raw, where)


def _sniffed_items(raw: bytes, where: str) -> Iterator[Item]:
    head = raw.lstrip(b"\xef\xbb\xbf \t\r\n")[:1]
    if head == b"<":
        yield from feed_items(raw, where)
    elif head in (b"{", b"["):
        yield from _json_document_or_lines(raw, where)
    else:
        yield _txt_item(raw, where)


def _url_items(url: str, fetch: Fetcher) -> Iterator[Item]:
    try:
        body, content_type = fetch(url)
    except UsageError as exc:
        yield Item(where=url, raw=None, error=str(exc))
        return
    if "json" in content_type or url.lower().endswith((".json", ".jsonl", ".ndjson")):
        yield from _json_document_or_lines(body, url)
    else:
        yield from feed_items(body, url)


def _txt_item(raw: bytes, where: str) -> Item:
    try:
        content = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        return Item(where, raw, error=f"broken encoding: not valid UTF-8 at byte {exc.start}")
    return Item(where, raw, data=parse_article_txt(content))


def _json_items(raw: bytes, where: str) -> Iterator[Item]:
    try:
        document = json.loads(raw.decode("utf-8"))
    except UnicodeDecodeError as exc:
        yield Item(where, raw, error=f"broken encoding: not valid UTF-8 at byte {exc.start}")
        return
    except json.JSONDecodeError as exc:
        yield Item(where, raw, error=f"not JSON: {exc.msg} at line {exc.lineno} column {exc.colno}")
        return
    except RecursionError:
        yield Item(where, raw, error="not JSON: nested too deeply")
        return
    yield from _document_items(document, raw, where)


def _document_items(document: Any, raw: bytes, where: str) -> Iterator[Item]:
    if isinstance(document, list):
        for n, element in enumerate(document, start=1):
            element_raw = json.dumps(element, ensure_ascii=False).encode("utf-8")
            yield Item(f"{where} item {n}", element_raw, data=element)
    else:
        yield Item(where, raw, data=document)


def _jsonl_items(raw: bytes, where: str) -> Iterator[Item]:
    for n, line in enumerate(raw.split(b"\n"), start=1):
        if not line.strip():
            continue
        line_where = f"{where}:{n}"
        try:
            text = line.decode("utf-8")
        except UnicodeDecodeError as exc:
            reason = f"broken encoding: not valid UTF-8 at byte {exc.start}"
            yield Item(line_where, line, error=reason)
            continue
        try:
            yield Item(line_where, line, data=json.loads(text))
        except json.JSONDecodeError as exc:
            yield Item(line_where, line, error=f"not JSON: {exc.msg} at column {exc.colno}")
        except RecursionError:
            yield Item(line_where, line, error="not JSON: nested too deeply")


def _json_document_or_lines(raw: bytes, where: str) -> Iterator[Item]:
    """stdin and sniffed files: one JSON document (object or array), else JSON Lines."""
    try:
        document = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError):
        yield from _jsonl_items(raw, where)
        return
    yield from _document_items(document, raw, where)
