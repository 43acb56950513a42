"""Where the agents write: Kafka topics through Faust, and the articles index.

The agents' logic only sees the small `Outputs` interface, so unit tests can run it with
an in-memory implementation while integration tests use this one against real servers.
"""

from __future__ import annotations

import asyncio
from typing import Any, Protocol

from eventwatch.incidents.reports import event_partition
from eventwatch.models import Article, Event, utcnow
from eventwatch.names import Names
from eventwatch.streams.topics import Topics
from eventwatch.streams.writers import bulk_writer

# The dedupe lookup is a side path for tag_articles: never wait long on it.
ES_SIDE_TIMEOUT = 2.0


class Outputs(Protocol):
    async def dead_letter(self, records: list[bytes]) -> None: ...

    async def send_events(self, events: list[Event]) -> None: ...

    async def seen_articles(self, ids: list[str]) -> set[str]: ...

    async def index_articles(
        self, tagged: list[tuple[Article, list[Event]]]
    ) -> list[tuple[str, str]]:
        """Write the article documents; returns (article id, error) refused for good.

        Raises on transient failure (the caller retries)."""
        ...


def article_document(article: Article, events: list[Event]) -> dict[str, Any]:
    doc = article.model_dump(mode="json")
    doc["event_count"] = len(events)
    doc["event_ids"] = [e.id for e in events]
    doc["tagged_at"] = utcnow().isoformat()
    return doc


class StreamOutputs:
    """Sends wait for the broker's acknowledgement: the input is acked only afterwards."""

    def __init__(self, topics: Topics, es: Any, names: Names) -> None:
        self.topics = topics
        self.es = es
        self.names = names
        self.writer = bulk_writer(es, names)  # the same writer index_events uses

    async def dead_letter(self, records: list[bytes]) -> None:
        await self._send_all(self.topics.dlq, [(None, r) for r in records])

    async def send_events(self, events: list[Event]) -> None:
        """Keyed by event id, on the partition of the event's incident family."""
        partitions = self.topics.event_partitions
        futures = [
            await self.topics.events.send(
                key=e.id.encode(),
                value=e.model_dump_json().encode("utf-8"),
                partition=event_partition(e, partitions),
            )
            for e in events
        ]
        if futures:
            await asyncio.gather(*futures)

    async def _send_all(self, topic: Any, messages: list[tuple[bytes | None, bytes]]) -> None:
        futures = [await topic.send(key=key, value=value) for key, value in messages]
        if futures:
            await asyncio.gather(*futures)

    async def seen_articles(self, ids: list[str]) -> set[str]:
        return await asyncio.to_thread(self._seen_articles, ids)

    def _seen_articles(self, ids: list[str]) -> set[str]:
        from elasticsearch import NotFoundError

        try:
            answer = self.es.mget(
                index=self.names.articles_index,
                body={"ids": ids},
                _source=False,
                request_timeout=ES_SIDE_TIMEOUT,
            )
        except NotFoundError:  # no articles index yet: nothing seen
            return set()
        return {doc["_id"] for doc in answer["docs"] if doc.get("found")}

    async def index_articles(
        self, tagged: list[tuple[Article, list[Event]]]
    ) -> list[tuple[str, str]]:
        docs = [article_document(article, events) for article, events in tagged]
        result = await self.writer.write_articles_async(docs)
        return [(failure.id, failure.error) for failure in result.failed]

    def close(self) -> None:
        self.writer.close()
