"""An RSS/Atom document from the network as entries, refusing what is unsafe to parse.

feedparser reads with the standard library's expat, which still expands entities declared
in a document's DTD (billion laughs, quadratic blow-up). No real feed declares entities, so a
document that does is refused before feedparser sees it: defusedxml checks well-formed
documents, and a plain scan catches declarations in ones too broken for it.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from eventwatch.ingest.feeds import strip_html

# An entry whose own content is at least this long is taken as the whole article; shorter
# ones are a teaser and the linked page is fetched for the text.
FULL_TEXT_CHARS = 1200
_DECLARATION_RE = re.compile(rb"<!\s*(ENTITY|DOCTYPE[^>]*\[)", re.IGNORECASE)


class MalformedFeed(Exception):
    """Not a feed we can read, or one we refuse to parse; the message says which."""


@dataclass(frozen=True)
class FeedEntry:
    title: str | None
    text: str  # the entry's content, else its summary, else its title
    url: str | None
    published_at: str | None  # ISO 8601
    full: bool  # the feed carries the whole article


@dataclass(frozen=True)
class FeedDocument:
    title: str | None
    entries: list[FeedEntry]


def parse_feed_document(raw: bytes) -> FeedDocument:
    refuse_unsafe_xml(raw)
    import feedparser

    parsed = feedparser.parse(raw, sanitize_html=False, resolve_relative_uris=False)
    entries = [_entry(e) for e in parsed.get("entries") or []]
    entries = [e for e in entries if e.url or e.text]
    if not entries and parsed.get("bozo"):
        raise MalformedFeed(f"not a readable RSS/Atom feed ({parsed.get('bozo_exception')})")
    if not entries and not parsed.get("version"):
        raise MalformedFeed("not an RSS or Atom feed")
    title = (parsed.get("feed") or {}).get("title")
    return FeedDocument(strip_html(title) if title else None, entries)


def refuse_unsafe_xml(raw: bytes) -> None:
    import defusedxml.ElementTree as safe_tree
    from defusedxml import DefusedXmlException

    if _DECLARATION_RE.search(raw[:65536]):
        raise MalformedFeed("refused: the document declares XML entities (possible XML bomb)")
    try:
        safe_tree.fromstring(raw, forbid_dtd=False, forbid_entities=True, forbid_external=True)
    except DefusedXmlException as exc:
        raise MalformedFeed(f"refused: {exc}") from None
    except Exception:  # not well-formed: feedparser's lenient parser may still read it
        return


def _entry(entry: Any) -> FeedEntry:
    content = ""
    if entry.get("content"):
        content = strip_html(entry["content"][0].get("value", ""))
    summary = strip_html(entry.get("summary", ""))
    title = strip_html(entry.get("title", "")) or None
    text = content or summary or title or ""
    published = entry.get("published_parsed") or entry.get("updated_parsed")
    stamp = None
    if published:
        stamp = datetime.fromtimestamp(calendar.timegm(published), tz=UTC).isoformat()
    link = entry.get("link") or None
    return FeedEntry(title, text, link, stamp, full=len(content) >= FULL_TEXT_CHARS)
