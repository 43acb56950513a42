"""One poll of one feed: fetch (conditionally), parse, drop what was seen, fetch the pages of
teaser-only entries, and say what to send and what to remember.

Pure of Kafka and Elasticsearch: the caller (streams/agents/poll_feeds) sends the articles
first and stores the returned state after, so a crash in between re-sends the same articles
(same ids, which the tagging agent drops) instead of losing them.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any

import httpx

from eventwatch.ingest.canonical import canonical_url, content_hash, feed_article_id
from eventwatch.ingest.feed_config import FeedConfig
from eventwatch.ingest.feed_document import FeedEntry, MalformedFeed, parse_feed_document
from eventwatch.ingest.feed_http import FetchFailed, FetchLimits, fetch
from eventwatch.ingest.feed_state import FeedState
from eventwatch.ingest.page_text import extract_page
from eventwatch.ingest.robots import RobotsCache
from eventwatch.models import stable_id

FEED_ACCEPT = "application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.9"
PAGE_ACCEPT = "text/html, application/xhtml+xml;q=0.9"
# Ids already sent or stored elsewhere (another feed, before a restart): the caller's answer.
KnownFn = Callable[[list[str]], Awaitable[set[str]]]


@dataclass
class PollResult:
    state: FeedState
    articles: list[dict[str, Any]] = field(default_factory=list)
    pages_fetched: int = 0
    status: str = "ok"  # ok | not_modified | error


@dataclass
class _Candidate:
    entry: FeedEntry
    article_id: str
    hash: str


class FeedPoller:
    """Shared by all feeds of a worker: one HTTP client, one robots cache, one bound on the
    requests in flight (so a hundred teasers of one feed cannot starve the other feeds)."""

    def __init__(
        self,
        client: httpx.AsyncClient,
        limits: FetchLimits,
        *,
        known: KnownFn,
        concurrency: int = 16,
    ) -> None:
        self.client = client
        self.limits = limits
        self.known = known
        self.robots = RobotsCache(client, limits)
        self._slots = asyncio.Semaphore(concurrency)

    async def poll(
        self, feed: FeedConfig, state: FeedState, now: float | None = None
    ) -> PollResult:
        now = time.time() if now is None else now
        interval = feed.interval.total_seconds()
        try:
            async with self._slots:
                answer = await fetch(
                    self.client,
                    feed.url,
                    self.limits,
                    etag=state.etag,
                    last_modified=state.last_modified,
                    accept=FEED_ACCEPT,
                )
            if answer.status == 304:
                state.polled(now, interval, 0)
                return PollResult(state, status="not_modified")
            document = await asyncio.to_thread(parse_feed_document, answer.body)
        except (FetchFailed, MalformedFeed) as exc:
            retry_after = exc.retry_after if isinstance(exc, FetchFailed) else None
            state.failed(now, interval, str(exc), retry_after)
            return PollResult(state, status="error")
        state.etag, state.last_modified = answer.etag, answer.last_modified
        candidates = await self._new_candidates(document.entries, state)
        articles = await asyncio.gather(
            *(self._article(feed, c, document.title) for c in candidates)
        )
        state.polled(now, interval, len(articles))
        pages = sum(1 for a in articles if a["text_source"] == "page")
        return PollResult(state, list(articles), pages_fetched=pages)

    async def _new_candidates(self, entries: list[FeedEntry], state: FeedState) -> list[_Candidate]:
        seen = set(state.seen)
        candidates: dict[str, _Candidate] = {}
        for entry in reversed(entries):  # feeds list newest first; send in order of appearance
            if entry.url:
                article_id = feed_article_id(entry.url)
            else:
                article_id = stable_id("text", entry.title or "", entry.text)
            digest = content_hash(entry.title, entry.text)
            if article_id in seen or digest in seen or article_id in candidates:
                continue
            candidates[article_id] = _Candidate(entry, article_id, digest)
        known = await self.known(list(candidates)) if candidates else set()
        state.remember([key for c in candidates.values() for key in (c.article_id, c.hash)])
        return [c for article_id, c in candidates.items() if article_id not in known]

    async def _article(
        self, feed: FeedConfig, candidate: _Candidate, outlet: str | None
    ) -> dict[str, Any]:
        entry = candidate.entry
        data: dict[str, Any] = {
            "id": candidate.article_id,
            "title": entry.title,
            "text": entry.text or entry.title or "",
            "source": feed.name or outlet,
            "language": feed.language,
            "published_at": entry.published_at,
            "feed": feed.id,
            "text_source": "feed",
        }
        if entry.url:
            data["url"] = canonical_url(entry.url)
        if entry.url and not entry.full:
            page = await self._page(entry.url)
            if page is not None:
                data["text"] = page.text
                data["text_source"] = "page"
                data["published_at"] = entry.published_at or page.published_at
                data["title"] = entry.title or page.title
        return {k: v for k, v in data.items() if v is not None}

    async def _page(self, url: str) -> Any:
        """The page's main text, or None (robots.txt says no, fetch or extraction failed)."""
        try:
            async with self._slots:
                if not await self.robots.allowed(url):
                    return None
                answer = await fetch(self.client, url, self.limits, accept=PAGE_ACCEPT)
        except FetchFailed:
            return None
        if answer.status != 200 or not answer.body:
            return None
        return await asyncio.to_thread(extract_page, answer.body, answer.url)
