"""assign_incidents: events -> incidents, decided in one place per event family.

route_incidents re-keys each event by its family (eventwatch.incidents.reports.
partition_key) onto an internal topic, so that all the events that may share an incident
meet on one partition. assign_incidents reads that topic one event at a time (a Faust
table's changelog must see each write with the event that caused it), decides the
incident against the table's state (eventwatch.incidents.assign), and hands the result to
a writer task that, batch by batch, sets incident_id on the events and writes the incident
documents to Elasticsearch, passes each event with its incident on to the alert rules,
and only then acks. A crash replays the unacked events: the recovered table already holds
them, so they get the same incidents, and the writes and alert ids repeat harmlessly.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any

from eventwatch.incidents.book import IncidentBook
from eventwatch.incidents.reports import partition_key
from eventwatch.models import AssignedEvent, Event, Incident
from eventwatch.retry import retry_transient
from eventwatch.settings import Settings

log = logging.getLogger(__name__)
ROUTE_TOPIC = "incidents.input"
STATE_TABLE = "incident_state"  # incident id -> state (eventwatch.incidents.book)
# (events with their incident_id, incidents) -> written; raises on transient failure
WriteFn = Callable[[list[Event], list[Incident]], Awaitable[None]]
ForwardFn = Callable[[list[AssignedEvent]], Awaitable[None]]


def parse_event(value: bytes) -> Event | None:
    try:
        return Event.model_validate_json(value)
    except ValueError as exc:  # index_events sends it to the DLQ with the reason
        log.warning("incidents: skipping a message that is no event: %s", str(exc)[:200])
        return None


class IncidentAssigning:
    """Decides (synchronously, against the table) and writes (in batches, awaited)."""

    def __init__(self, table: MutableMapping[str, Any], write: WriteFn, forward: ForwardFn):
        self.book = IncidentBook(table)  # writes the table: one incident per event
        self.write = write
        self.forward = forward

    def decide(self, value: bytes) -> AssignedEvent | None:
        event = parse_event(value)
        if event is None:
            return None
        result = self.book.add(event)
        assigned = event.model_copy(update={"incident_id": result.incident.id})
        return AssignedEvent(event=assigned, incident=result.incident)

    async def flush(self, decided: list[AssignedEvent]) -> None:
        if not decided:
            return
        latest = {item.incident.id: item.incident for item in decided}  # the last state wins
        events = [item.event for item in decided]
        incidents = list(latest.values())
        await retry_transient(lambda: self.write(events, incidents), what="incident writes")
        await retry_transient(lambda: self.forward(decided), what="incident forwarding")


def es_writer(settings: Settings) -> tuple[WriteFn, Callable[[], None]]:
    """Events merged with their incident_id, incident documents replaced whole."""
    from eventwatch.clients import elasticsearch_client
    from eventwatch.streams.writers import bulk_writer

    es = elasticsearch_client(settings)
    writer = bulk_writer(es, settings.names)

    def write_sync(events: list[Event], incidents: list[Incident]) -> None:
        failed = writer.write_events(events).failed
        docs = [incident.model_dump(mode="json") for incident in incidents]
        failed += writer.write_docs(settings.names.incidents_index, docs).failed
        for failure in failed:  # refused for good (a mapping error): not worth a crash loop
            log.error("incidents: Elasticsearch refused %s: %s", failure.id, failure.error)

    async def write(events: list[Event], incidents: list[Incident]) -> None:
        await asyncio.to_thread(write_sync, events, incidents)

    def close() -> None:
        writer.close()
        es.close()

    return write, close


def register(app: Any, topics: Any, settings: Settings) -> Any:
    """Attach route_incidents and assign_incidents to `app` (streams.app.create_app)."""
    import faust

    from eventwatch.streams.agents.match_alerts import INPUT_TOPIC

    raw = {
        "key_type": bytes,
        "value_type": bytes,
        "key_serializer": "raw",
        "value_serializer": "raw",
    }
    partitions = settings.articles_partitions
    routed = app.topic(
        settings.names.topic(ROUTE_TOPIC), partitions=partitions, internal=True, **raw
    )
    alert_input = app.topic(settings.names.topic(INPUT_TOPIC), partitions=1, internal=True, **raw)
    schema: Any = faust.Schema(key_serializer="json", value_serializer="json")
    table = app.Table(STATE_TABLE, default=None, partitions=partitions, schema=schema)

    async def forward(items: list[AssignedEvent]) -> None:
        futures = [
            await alert_input.send(key=None, value=item.model_dump_json().encode("utf-8"))
            for item in items
        ]
        await asyncio.gather(*futures)

    async def route_incidents(stream: Any) -> Any:
        batches = stream.noack_take(settings.batch_size, within=settings.batch_seconds)
        async for batch in batches:
            futures = []
            for message in batch:
                event = parse_event(message.value)
                if event is not None:
                    key = partition_key(event).encode("utf-8")
                    futures.append(await routed.send(key=key, value=message.value))
            await asyncio.gather(*futures)
            for message in batch:
                await stream.ack(message)
            yield None

    async def assign_incidents(stream: Any) -> Any:
        write, close = es_writer(settings)
        logic = IncidentAssigning(table, write, forward)
        queue: asyncio.Queue[tuple[Any, AssignedEvent | None]] = asyncio.Queue(
            maxsize=4 * settings.batch_size
        )

        async def write_batches() -> None:
            while True:
                items = [await queue.get()]
                while len(items) < settings.batch_size and not queue.empty():
                    items.append(queue.get_nowait())
                await logic.flush([decided for _, decided in items if decided is not None])
                for message, _ in items:  # only once written and passed on
                    await stream.ack(message)
                log.info("assign_incidents: %d events", len(items))

        books[:] = [logic.book]
        writer = asyncio.create_task(write_batches())
        try:
            async for message in stream.noack().events():
                if writer.done():
                    writer.result()  # raises what stopped it: the worker restarts the agent
                await queue.put((message, logic.decide(message.value)))
                yield None
        finally:
            writer.cancel()
            close()

    books: list[IncidentBook] = []

    async def on_assigned(sender: Any, assigned: Any, **kwargs: Any) -> None:
        for book in books:  # partitions of the table came or went: rebuild its indexes
            book.invalidate()

    app.on_partitions_assigned.connect(on_assigned)
    app.agent(topics.events, name="route_incidents")(route_incidents)
    return app.agent(routed, name="assign_incidents")(assign_incidents)
