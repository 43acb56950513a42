"""Turning raw input into a valid Article, or a precise reason why not (SPEC section 4).

Shared by `eventwatch ingest`, `POST /api/articles` and the Faust agent, so a bad
article is refused with the same words wherever it enters.
"""

from __future__ import annotations

import json
import re
import sys
from datetime import datetime
from typing import Any

from eventwatch.errors import InvalidArticle
from eventwatch.models import Article, stable_id, utcnow

DEFAULT_MAX_CHARS = 1_000_000
_LANG_RE = re.compile(r"^[a-z]{2}$")
_STRING_FIELDS = (
    "text",
    "title",
    "url",
    "source",
    "language",
    "id",
    "published_at",
    "feed",
    "text_source",
)
_TEXT_SOURCES = ("feed", "page")
# C0 controls other than tab, newline and carriage return are never part of real news text.
_CONTROL_RE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_SURROGATE_RE = re.compile("[\ud800-\udfff]")
# Below Elasticsearch's limits (512-byte _id, 32766-byte keyword terms, UTF-8 up to 4 bytes
# per character): longer values would pass here and be refused later, out of sight.
_MAX_FIELD_CHARS = {"id": 128, "url": 4096, "source": 1024, "title": 4096, "feed": 128}


def article_id(url: str | None, title: str | None, text: str) -> str:
    if url:
        return stable_id("url", url.strip())
    return stable_id("text", (title or "").strip(), text.strip())


def parse_article_bytes(raw: bytes, *, max_chars: int = DEFAULT_MAX_CHARS) -> Article:
    """Decode one JSON article from bytes (a Kafka message or an HTTP body)."""
    try:
        decoded = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InvalidArticle(f"broken encoding: not valid UTF-8 at byte {exc.start}") from exc
    return parse_article_dict(loads_json(decoded), max_chars=max_chars)


def receive_article_bytes(raw: bytes, *, max_chars: int = DEFAULT_MAX_CHARS) -> Article:
    """receive_article for a JSON body (POST /api/articles)."""
    try:
        decoded = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InvalidArticle(f"broken encoding: not valid UTF-8 at byte {exc.start}") from exc
    return receive_article(loads_json(decoded), max_chars=max_chars)


def loads_json(text: str, *, lines: bool = False) -> Any:
    """json.loads with every refusal as InvalidArticle (`lines`: no line number, one line)."""
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        where = f"column {exc.colno}" if lines else f"line {exc.lineno} column {exc.colno}"
        raise InvalidArticle(f"not JSON: {exc.msg} at {where}") from exc
    except RecursionError as exc:
        raise InvalidArticle("not JSON: nested too deeply") from exc
    except ValueError as exc:  # Python refuses integers of more than 4,300 digits
        limit = sys.get_int_max_str_digits()
        raise InvalidArticle(f"not accepted: a number with more than {limit} digits") from exc


def receive_article(
    data: Any, *, max_chars: int = DEFAULT_MAX_CHARS, now: datetime | None = None
) -> Article:
    """An article as it enters eventwatch (CLI ingest, POST /api/articles, the feed poller):
    validated, with received_at stamped now, whatever the sender put there. Everything
    after the entry keeps that stamp (parse_article_dict), so latency counts from here."""
    if isinstance(data, dict):
        data = {k: v for k, v in data.items() if k not in ("received_at", "picked_at")}
    article = parse_article_dict(data, max_chars=max_chars)
    return article.model_copy(update={"received_at": now or utcnow()})


def parse_article_dict(data: Any, *, max_chars: int = DEFAULT_MAX_CHARS) -> Article:
    if not isinstance(data, dict):
        raise InvalidArticle(f"an article must be a JSON object, got {type(data).__name__}")
    for field in _STRING_FIELDS:
        value = data.get(field)
        if value is not None and not isinstance(value, str):
            raise InvalidArticle(
                f"field '{field}' must be a string, got {type(value).__name__}", field=field
            )
        limit = _MAX_FIELD_CHARS.get(field)
        if value is not None and limit is not None and len(value) > limit:
            raise InvalidArticle(
                f"field '{field}' is too long: {len(value)} characters, limit {limit}", field=field
            )
        if value is not None and _SURROGATE_RE.search(value):
            # JSON may escape lone surrogates (\ud800); no UTF-8 consumer can take them.
            raise InvalidArticle(
                f"field '{field}' is not valid Unicode (lone surrogate)", field=field
            )
    text = data.get("text")
    if text is None:
        raise InvalidArticle("field 'text' is required", field="text")
    if not text.strip():
        raise InvalidArticle("field 'text' is empty", field="text")
    if len(text) > max_chars:
        raise InvalidArticle(
            f"field 'text' is too long: {len(text)} characters, limit {max_chars}", field="text"
        )
    if _CONTROL_RE.search(text):
        raise InvalidArticle("field 'text' contains control characters", field="text")
    language = data.get("language")
    if language is not None:
        language = language.strip().lower()
        if not _LANG_RE.match(language):
            raise InvalidArticle(
                f"field 'language' must be an ISO 639-1 code like 'de', got {data['language']!r}",
                field="language",
            )
    published_at = _parse_date(data.get("published_at"))
    text_source = data.get("text_source")
    if text_source is not None and text_source not in _TEXT_SOURCES:
        raise InvalidArticle(
            f"field 'text_source' must be 'feed' or 'page', got {text_source!r}",
            field="text_source",
        )
    received_at = _parse_date(data.get("received_at"), field="received_at") or utcnow()
    title = data.get("title")
    url = data.get("url")
    return Article(
        id=data.get("id") or article_id(url, title, text),
        text=text,
        title=title,
        url=url,
        source=data.get("source"),
        language=language,
        published_at=published_at,
        received_at=received_at,
        feed=data.get("feed"),
        text_source=text_source,
    )


def parse_article_txt(content: str) -> dict[str, Any]:
    """A .txt file is one article: first line the title, the rest the body."""
    lines = content.strip("\ufeff").splitlines()
    while lines and not lines[0].strip():
        lines.pop(0)
    if not lines:
        return {"text": ""}
    title = lines[0].strip()
    body = "\n".join(lines[1:]).strip()
    return {"title": title, "text": body or title}


def _parse_date(value: Any, *, field: str = "published_at") -> datetime | None:
    if value is None or value == "":
        return None
    if not isinstance(value, str):
        raise InvalidArticle(
            f"field '{field}' must be a string, got {type(value).__name__}", field=field
        )
    try:
        parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError as exc:
        raise InvalidArticle(
            f"field '{field}' is not an ISO 8601 date: {value[:40]!r}", field=field
        ) from exc
    if parsed.tzinfo is None:
        from datetime import UTC

        parsed = parsed.replace(tzinfo=UTC)
    return parsed
