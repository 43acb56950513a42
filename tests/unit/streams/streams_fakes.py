"""In-memory stand-ins for the agents' own small interfaces (not for Kafka or Elasticsearch)."""

from __future__ import annotations

import json
from typing import Any

from eventwatch.models import Article, ArticleRef, Event, Evidence
from eventwatch.streams.received import Received


class MemoryOutputs:
    def __init__(self, seen: set[str] | None = None) -> None:
        self.dead: list[dict[str, Any]] = []
        self.events: list[Event] = []
        self.indexed: list[tuple[Article, list[Event]]] = []
        self.seen = set(seen or ())
        self.failures_before_success = 0
        self.calls = 0

    async def dead_letter(self, records: list[bytes]) -> None:
        self.dead.extend(json.loads(r) for r in records)

    async def send_events(self, events: list[Event]) -> None:
        self.calls += 1
        if self.failures_before_success:
            self.failures_before_success -= 1
            raise ConnectionRefusedError("broker away")
        self.events.extend(events)

    async def seen_articles(self, ids: list[str]) -> set[str]:
        return {i for i in ids if i in self.seen}

    async def index_articles(
        self, tagged: list[tuple[Article, list[Event]]]
    ) -> list[tuple[str, str]]:
        self.indexed.extend(tagged)
        self.seen.update(a.id for a, _ in tagged)
        return []


def one_event(article: Article) -> Event:
    """A deterministic event per article that mentions 'Terror' (stands in for the tagger)."""
    start = article.text.index("Terror")
    return Event(
        id=Event.make_id(article.id, "terror_alert", start, start + 6),
        type="terror_alert",
        summary="alert",
        evidence=Evidence(text=article.text[start : start + 6], start=start, end=start + 6),
        confidence=0.9,
        severity=4,
        tagger_version="test",
        language=article.language or "de",
        article=ArticleRef(id=article.id),
    )


def received(value: bytes, offset: int = 0) -> Received:
    return Received(value=value, topic="p-articles", partition=1, offset=offset)
