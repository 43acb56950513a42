"""index_events: events topic -> Elasticsearch, in batches, nothing acked before it is written.

Writes go through indexers.bulk.BulkWriter: while Elasticsearch is down, or an index is
write-blocked during a mapping migration, the batch is retried with backoff and the input
stays unacked (a restart replays it; deterministic ids make that harmless). Documents Elasticsearch
refuses for good go to the DLQ with its error.
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import AbstractAsyncContextManager, asynccontextmanager
from typing import Any

from eventwatch.clients import elasticsearch_client
from eventwatch.models import Event, utcnow
from eventwatch.retry import retry_transient
from eventwatch.settings import Settings
from eventwatch.streams.acking import take_unacked
from eventwatch.streams.outputs import Outputs, StreamOutputs
from eventwatch.streams.received import Received
from eventwatch.streams.stage_chain import StageChain

log = logging.getLogger(__name__)
# docs -> [(doc, error)] for the documents refused for good; raises on transient failure.
WriteFn = Callable[[list[dict[str, Any]]], Awaitable[list[tuple[dict[str, Any], str]]]]


class EventIndexing:
    def __init__(self, outputs: Outputs, write: WriteFn) -> None:
        self.outputs = outputs
        self.write = write

    async def handle(self, batch: list[Received]) -> int:
        """Index one batch; returns the number of documents written."""
        docs, origin, dead = [], {}, []
        for message in batch:
            try:
                event = Event.model_validate_json(message.value)
            except ValueError as exc:
                dead.append(message.dead_letter(f"not a valid event: {_first_error(exc)}"))
                continue
            doc = event.model_dump(mode="json")
            doc["indexed_at"] = utcnow().isoformat()
            docs.append(doc)
            origin[event.id] = message
        failures = (
            await retry_transient(lambda: self.write(docs), what="event indexing") if docs else []
        )
        for doc, error in failures:
            dead.append(origin[doc["id"]].dead_letter(f"elasticsearch refused the event: {error}"))
        if dead:
            await retry_transient(lambda: self.outputs.dead_letter(dead), what="DLQ send")
        return len(docs) - len(failures)


def _first_error(exc: ValueError) -> str:
    errors = getattr(exc, "errors", None)
    if callable(errors):
        first = errors()[0]
        where = ".".join(str(p) for p in first.get("loc", ())) or "document"
        return f"{where}: {first.get('msg')}"
    return str(exc).splitlines()[0]


@asynccontextmanager
async def live_logic(settings: Settings, topics: Any) -> AsyncIterator[EventIndexing]:
    """The real dependencies: Elasticsearch bulk writer and the DLQ topic."""

    es = elasticsearch_client(settings)
    outputs = StreamOutputs(topics, es, settings.names)
    try:
        yield EventIndexing(outputs, outputs.writer.write)
    finally:
        outputs.close()
        es.close()


def register(
    app: Any,
    topics: Any,
    settings: Settings,
    *,
    logic: Callable[[], AbstractAsyncContextManager[EventIndexing]] | None = None,
) -> Any:
    """Attach the index_events agent to `app` (called by streams.app.create_app)."""
    make_logic = logic or (lambda: live_logic(settings, topics))

    async def index_events(stream: Any) -> Any:
        async with make_logic() as handler:

            async def write_and_ack(events: list[Any]) -> list[Any]:
                written = await handler.handle([Received.from_event(e) for e in events])
                for event in events:  # only after Elasticsearch has them (or the DLQ)
                    await stream.ack(event)
                log.info("index_events: %d written", written)
                return events

            # The next batch is gathered while this one is written (one write at a time).
            chain: StageChain[list[Any]] = StageChain("index_events", [write_and_ack])
            batches = take_unacked(stream, settings.batch_size, settings.batch_seconds)
            try:
                async for events in batches:
                    await chain.put(list(events))
            finally:
                chain.cancel()

    return app.agent(topics.events, name="index_events")(index_events)
