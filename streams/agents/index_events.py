"""index_events: events topic -> incidents -> Elasticsearch (and the alert rules that need it),
in batches, nothing acked before it is written.

Each batch is decided first: every event gets its incident (streams.incident_batches; the
events topic is partitioned by incident family, so candidates meet here in one place and
the state is a Faust table written once per incident per batch). Then the events, with
their incident_id, and the incident documents they changed are written in one bulk request:
each event is indexed once. Only then are the events that a windowed or per-incident rule
could use passed on, with their incident, to the one-partition alert topic, and the batch
acked. A crash replays the unacked events: the recovered table already holds them, so they
get the same incidents, and the writes and alert ids repeat harmlessly.

Writes go through indexers.bulk.BulkWriter: while Elasticsearch is down, or an index is
write-blocked during a mapping migration, the batch is retried with backoff and the input
stays unacked. Documents Elasticsearch refuses for good go to the DLQ with its error.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import AbstractAsyncContextManager, asynccontextmanager
from typing import Any

from eventwatch.clients import elasticsearch_client
from eventwatch.models import AssignedEvent, Event, utcnow
from eventwatch.retry import retry_transient
from eventwatch.settings import Settings
from eventwatch.streams.acking import take_unacked
from eventwatch.streams.incident_batches import STATE_TABLE, IncidentDecider, table_apply
from eventwatch.streams.outputs import Outputs, StreamOutputs
from eventwatch.streams.received import Received
from eventwatch.streams.stage_chain import StageChain

log = logging.getLogger(__name__)
Doc = dict[str, Any]
# (event docs, incident docs) -> [(doc, error)] refused for good; raises on transient failure.
WriteFn = Callable[[list[Doc], list[Doc]], Awaitable[list[tuple[Doc, str]]]]
ForwardFn = Callable[[list[AssignedEvent]], Awaitable[None]]


class EventIndexing:
    def __init__(
        self,
        outputs: Outputs,
        write: WriteFn,
        incidents: IncidentDecider | None = None,
        forward: ForwardFn | None = None,
    ) -> None:
        self.outputs = outputs
        self.write = write
        self.incidents = incidents
        self.forward = forward

    async def handle(self, batch: list[Received]) -> int:
        """Decide, index and pass on one batch; returns the number of events written."""
        parsed: list[tuple[Event, int | None]] = []
        origin: dict[str, Received] = {}
        dead: list[bytes] = []
        for message in batch:
            try:
                event = Event.model_validate_json(message.value)
            except ValueError as exc:
                dead.append(message.dead_letter(f"not a valid event: {_first_error(exc)}"))
                continue
            parsed.append((event, message.partition))
            origin[event.id] = message
        # The decision is pure Python, a fraction of a millisecond per event: in a thread, so
        # that the other agents' sends and acks go on meanwhile (a batch of hundreds held the
        # loop long enough to delay tagging and instant alerts by seconds).
        assigned, docs, incident_docs = await asyncio.to_thread(self._prepare, parsed)
        if self.incidents is not None:
            self.incidents.commit()
        failures = (
            await retry_transient(lambda: self.write(docs, incident_docs), what="event indexing")
            if docs
            else []
        )
        for doc, error in failures:
            source = origin.get(str(doc.get("id")))
            if source is None or "event_ids" in doc:  # an incident document: logged only
                log.error("index_events: Elasticsearch refused %s: %s", doc.get("id"), error)
                continue
            dead.append(source.dead_letter(f"elasticsearch refused the event: {error}"))
        if dead:
            await retry_transient(lambda: self.outputs.dead_letter(dead), what="DLQ send")
        passed_on = [item for item in assigned if item is not None]
        if self.forward is not None and passed_on:
            forward = self.forward
            await retry_transient(lambda: forward(passed_on), what="alert forwarding")
        return len(docs) - sum(1 for doc, _ in failures if "event_ids" not in doc)

    def _prepare(
        self, parsed: list[tuple[Event, int | None]]
    ) -> tuple[list[AssignedEvent | None], list[Doc], list[Doc]]:
        """Incidents decided (table writes held until `commit`) and the documents to write."""
        assigned: list[AssignedEvent | None] = [None] * len(parsed)
        incident_docs: list[Doc] = []
        if self.incidents is not None and parsed:
            assigned, incidents = self.incidents.assign(parsed)
            incident_docs = [incident.model_dump(mode="json") for incident in incidents]
        docs = []
        for (event, _), decided in zip(parsed, assigned, strict=True):
            doc = (decided.event if decided else event).model_dump(mode="json")
            doc["indexed_at"] = utcnow().isoformat()
            docs.append(doc)
        return assigned, docs, incident_docs


def _first_error(exc: ValueError) -> str:
    errors = getattr(exc, "errors", None)
    if callable(errors):
        first = errors()[0]
        where = ".".join(str(p) for p in first.get("loc", ())) or "document"
        return f"{where}: {first.get('msg')}"
    return str(exc).splitlines()[0]


def alert_forwarder(app: Any, settings: Settings, rules: Any) -> ForwardFn:
    """Sends to the alert topic only the events a windowed or per-incident rule may want
    (none while no such rule is enabled), all of a batch's sends awaited together."""
    from eventwatch.alerts.instant import wanted_by_windowed_rules
    from eventwatch.streams.agents.match_alerts import INPUT_TOPIC

    topic = app.topic(
        settings.names.topic(INPUT_TOPIC),
        partitions=1,
        internal=True,
        key_type=bytes,
        value_type=bytes,
        key_serializer="raw",
        value_serializer="raw",
    )

    async def forward(items: list[AssignedEvent]) -> None:
        loaded = rules is None or rules.token is not None
        wanted = [
            item
            for item in items
            # Until the rules are first read, everything goes (nothing is lost at start).
            if not loaded or wanted_by_windowed_rules(rules.rules, item.event)
        ]
        futures = [
            await topic.send(key=None, value=item.model_dump_json().encode("utf-8"))
            for item in wanted
        ]
        if futures:
            await asyncio.gather(*futures)

    return forward


@asynccontextmanager
async def live_logic(
    settings: Settings, topics: Any, decider: IncidentDecider | None, forward: ForwardFn | None
) -> AsyncIterator[EventIndexing]:
    """The real dependencies: Elasticsearch bulk writer and the DLQ topic."""

    es = elasticsearch_client(settings)
    outputs = StreamOutputs(topics, es, settings.names)
    try:
        yield EventIndexing(outputs, outputs.writer.write, decider, forward)
    finally:
        outputs.close()
        es.close()


def register(
    app: Any,
    topics: Any,
    settings: Settings,
    *,
    rules: Any = None,
    logic: Callable[[], AbstractAsyncContextManager[EventIndexing]] | None = None,
) -> Any:
    """Attach the index_events agent and its incident table to `app` (streams.app.create_app).

    `rules` (match_alerts.RuleReloader) decides what goes on to the alert rules."""
    import faust

    schema: Any = faust.Schema(key_serializer="json", value_serializer="json")
    table = app.Table(
        STATE_TABLE, default=None, partitions=settings.articles_partitions, schema=schema
    )
    decider = IncidentDecider(table, table_apply(table))
    forward = alert_forwarder(app, settings, rules)
    make_logic = logic or (lambda: live_logic(settings, topics, decider, forward))

    async def on_assigned(sender: Any, assigned: Any, **kwargs: Any) -> None:
        decider.invalidate()  # partitions of the table came or went: rebuild its indexes

    app.on_partitions_assigned.connect(on_assigned)

    async def index_events(stream: Any) -> Any:
        if rules is not None:
            await rules.refresh()  # so that the first batch knows which rules want events
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
