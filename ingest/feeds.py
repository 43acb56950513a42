"""RSS and Atom feeds (files or fetched URLs) as article candidates."""

from __future__ import annotations

import calendar
import html
import json
import re
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

from eventwatch.ingest.items import Item

_BLOCK_RE = re.compile(r"<\s*(?:br|/?p|/?div|/?li|/?h[1-6])\b[^>]*>", re.IGNORECASE)
_TAG_RE = re.compile(r"<[^>]+>")
_SPACE_RE = re.compile(r"\s+")


def feed_items(raw: bytes, where: str) -> Iterator[Item]:
    import feedparser

    from eventwatch.ingest.feed_document import MalformedFeed, refuse_unsafe_xml

    try:
        refuse_unsafe_xml(raw)  # the same XML bomb guard as the feed poller
    except MalformedFeed as exc:
        yield Item(where, raw, error=str(exc))
        return
    parsed = feedparser.parse(raw)
    outlet = (parsed.get("feed") or {}).get("title")
    # A broken document still parses into empty entries; only entries with content count.
    articles = [entry_article(e, outlet) for e in parsed.get("entries") or []]
    articles = [a for a in articles if a["text"] or a.get("url")]
    if not articles:
        problem = parsed.get("bozo_exception")
        reason = f"not a readable RSS/Atom feed ({problem})" if problem else "feed has no entries"
        yield Item(where, raw, error=reason)
        return
    for n, data in enumerate(articles, start=1):
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
    """Text of an HTML fragment: block elements become line breaks, other whitespace one space."""
    blocks = _BLOCK_RE.sub("\x00", value)
    parts = (
        _SPACE_RE.sub(" ", html.unescape(_TAG_RE.sub(" ", b))).strip() for b in blocks.split("\x00")
    )
    return "\n".join(part for part in parts if part)
