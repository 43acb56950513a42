"""RSS and Atom feeds (files or fetched URLs) as article candidates."""

from __future__ import annotations

import calendar
import html
import json
import re
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

from ingest.items import Item

_TAG_RE = re.compile(r"<[^>]+>")
_SPACE_RE = re.compile(r"[ \t\r\f\v]+")


def feed_items(raw: bytes, where: str) -> Iterator[Item]:
    import feedparser

    parsed = feedparser.parse(raw)
    entries = parsed.get("entries") or []
    if not entries:
        problem = parsed.get("bozo_exception")
        reason = f"not a readable RSS/Atom feed ({problem})" if problem else "feed has no entries"
        yield Item(where, raw, error=reason)
        return
    outlet = (parsed.get("feed") or {}).get("title")
    for n, entry in enumerate(entries, start=1):
        data = entry_article(entry, outlet)
        yield Item(f"{where} entry {n}", json.dumps(data, ensure_ascii=False).encode(), data=data)


def entry_article(entry: Any, outlet: str | None) -> dict[str, Any]:
    """One feed entry as an article dict; a headline-only entry keeps its title as text."""
    body = ""
    if entry.get("content"):
        body = entry["content"][0].get("value", "")
    body = strip_html(body or entry.get("summary", ""))
    title = strip_html(entry.get("title", "")) or None
    data: dict[str, Any] = {"text": body or title or "", "title": title}
    if entry.get("link"):
        data["url"] = entry["link"]
    if outlet:
        data["source"] = outlet
    published = entry.get("published_parsed") or entry.get("updated_parsed")
    if published:
        stamp = datetime.fromtimestamp(calendar.timegm(published), tz=UTC)
        data["published_at"] = stamp.isoformat()
    return data


def strip_html(value: str) -> str:
    text = html.unescape(_TAG_RE.sub(" ", value))
    lines = (_SPACE_RE.sub(" ", line).strip() for line in text.splitlines())
    return "\n".join(line for line in lines if line)
