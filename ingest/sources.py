"""Turning SOURCE arguments into items: one decoded article candidate or one decoding error each.

Validation of the decoded data is not done here (eventwatch.articles does that for every
entry point); this module only knows file types, feeds, URLs and stdin.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any, BinaryIO

from eventwatch.articles import loads_json, parse_article_txt
from eventwatch.errors import InvalidArticle, UsageError
from eventwatch.ingest.feeds import feed_items
from eventwatch.ingest.items import Item

TXT = {".txt"}
JSON = {".json"}
JSONL = {".jsonl", ".ndjson"}
FEEDS = {".rss", ".atom", ".xml"}
KNOWN = TXT | JSON | JSONL | FEEDS


Fetcher = Callable[[str], tuple[bytes, str]]
# Inputs are read up to this size and no further (EVENTWATCH_MAX_INPUT_BYTES); JSON Lines
# files are streamed, so the limit applies to each line of them.
DEFAULT_MAX_BYTES = 64 * 1024 * 1024
_CHUNK = 64 * 1024


def is_url(source: str) -> bool:
    return source.startswith(("http://", "https://"))


def check_sources(sources: Iterable[str]) -> None:
    """Refuse missing paths before anything is sent, so a typo sends nothing."""
    for source in sources:
        if source == "-" or is_url(source):
            continue
        if not Path(source).exists():
            raise UsageError(f"no such file or directory: {source}")


def iter_items(
    sources: Iterable[str], *, stdin: BinaryIO, fetch: Fetcher, max_bytes: int = DEFAULT_MAX_BYTES
) -> Iterator[Item]:
    for source in sources:
        if source == "-":
            yield from _stdin_items(stdin, max_bytes)
        elif is_url(source):
            yield from _url_items(source, fetch)
        elif Path(source).is_dir():
            for path in sorted(Path(source).rglob("*")):
                if path.is_file() and path.suffix.lower() in KNOWN:
                    yield from file_items(path, max_bytes=max_bytes)
        else:
            yield from file_items(Path(source), max_bytes=max_bytes)


def _stdin_items(stdin: BinaryIO, max_bytes: int) -> Iterator[Item]:
    raw = stdin.read(max_bytes + 1)
    if len(raw) > max_bytes:
        yield Item("<stdin>", None, error=_too_large("stdin", max_bytes))
        return
    if looks_binary(raw):
        yield Item("<stdin>", raw, error="binary input: not text (NUL bytes or not UTF-8)")
        return
    yield from _json_document_or_lines(raw, "<stdin>")


def looks_binary(raw: bytes) -> bool:
    """NUL bytes, or mostly not UTF-8, in the first 64 KiB: one refusal, not one per 'line'."""
    head = raw[:_CHUNK]
    if b"\x00" in head:
        return True
    replaced = head.decode("utf-8", errors="replace").count("\ufffd")
    return replaced > max(8, len(head) // 20)


def _too_large(what: str, max_bytes: int) -> str:
    return (
        f"{what} is larger than {max_bytes} bytes (EVENTWATCH_MAX_INPUT_BYTES); "
        "split it, or send JSON Lines as a .jsonl file"
    )


def file_items(path: Path, *, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[Item]:
    suffix = path.suffix.lower()
    where = str(path)
    if suffix in JSONL:
        yield from _streamed_jsonl_items(path, max_bytes)
        return
    if path.stat().st_size > max_bytes:
        yield Item(where, None, error=_too_large(where, max_bytes))
        return
    with path.open("rb") as stream:
        raw = stream.read(max_bytes + 1)
    if len(raw) > max_bytes:  # grew since stat
        yield Item(where, None, error=_too_large(where, max_bytes))
    elif suffix in TXT:
        yield _txt_item(raw, where)
    elif suffix in JSON:
        yield from _json_items(raw, where)
    elif suffix in FEEDS:
        yield from feed_items(raw, where)
    else:
        yield from _sniffed_items(raw, where)


def _streamed_jsonl_items(path: Path, max_bytes: int) -> Iterator[Item]:
    with path.open("rb") as stream:
        for n, line in enumerate(_limited_lines(stream, max_bytes), start=1):
            if line is None:
                yield Item(f"{path}:{n}", None, error=_too_large(f"line {n}", max_bytes))
            elif line.strip():
                yield _jsonl_item(line, f"{path}:{n}")


def _limited_lines(stream: BinaryIO, max_bytes: int) -> Iterator[bytes | None]:
    """Lines of at most max_bytes; a longer one is skipped to its end and given as None."""
    while True:
        line = stream.readline(max_bytes + 1)
        if not line:
            return
        if len(line) > max_bytes and not line.endswith(b"\n"):
            while True:
                rest = stream.readline(_CHUNK)
                if not rest or rest.endswith(b"\n"):
                    break
            yield None
            continue
        yield line.rstrip(b"\n")


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
        document = loads_json(raw.decode("utf-8"))
    except UnicodeDecodeError as exc:
        yield Item(where, raw, error=f"broken encoding: not valid UTF-8 at byte {exc.start}")
        return
    except InvalidArticle as exc:
        yield Item(where, raw, error=exc.reason)
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
        if line.strip():
            yield _jsonl_item(line, f"{where}:{n}")


def _jsonl_item(line: bytes, where: str) -> Item:
    try:
        text = line.decode("utf-8")
    except UnicodeDecodeError as exc:
        return Item(where, line, error=f"broken encoding: not valid UTF-8 at byte {exc.start}")
    try:
        return Item(where, line, data=loads_json(text, lines=True))
    except InvalidArticle as exc:
        return Item(where, line, error=exc.reason)


def _json_document_or_lines(raw: bytes, where: str) -> Iterator[Item]:
    """stdin and sniffed files: one JSON document (object or array), else JSON Lines."""
    try:
        document = loads_json(raw.decode("utf-8"))
    except (UnicodeDecodeError, InvalidArticle):
        yield from _jsonl_items(raw, where)
        return
    yield from _document_items(document, raw, where)
