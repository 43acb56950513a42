"""Incidents decided in index_events, without a broker: one bulk write per batch with the
events (each once, with its incident_id) and the incidents they changed, the table written
once per incident per batch on the events' partition, what goes on to the alert rules, and
a replay after a crash (table kept, writes lost) giving the same incidents."""

from __future__ import annotations

import asyncio
from typing import Any

from streams_fakes import MemoryOutputs

from eventwatch.models import AssignedEvent, Event
from eventwatch.streams.agents.index_events import EventIndexing
from eventwatch.streams.incident_batches import BatchedStore, IncidentDecider, dict_apply
from eventwatch.streams.received import Received


def event_bytes(n: int, city: str = "Lagos", hours: int = 0) -> bytes:
    text = f"A car bomb killed 12 people in {city}."
    return (
        Event.model_validate(
            {
                "id": f"ev-{n}",
                "type": "terror_attack",
                "summary": "Terror attack",
                "location": {"name": city, "country": "NG", "lat": 1.0, "lon": 2.0},
                "evidence": {"text": text, "start": 0, "end": len(text)},
                "confidence": 0.8,
                "severity": 4,
                "tagger_version": "test",
                "language": "en",
                "article": {
                    "id": f"art-{n}",
                    "source": f"Outlet {n}",
                    "published_at": f"2026-05-04T{8 + hours:02d}:00:00+00:00",
                },
            }
        )
        .model_dump_json()
        .encode()
    )


class Sink:
    """Records bulk calls (events and incidents together) and what went on to the rules."""

    def __init__(self) -> None:
        self.calls: list[tuple[list[dict[str, Any]], list[dict[str, Any]]]] = []
        self.forwarded: list[AssignedEvent] = []

    async def write(
        self, docs: list[dict[str, Any]], incidents: list[dict[str, Any]]
    ) -> list[tuple[dict[str, Any], str]]:
        self.calls.append((docs, incidents))
        return []

    async def forward(self, items: list[AssignedEvent]) -> None:
        self.forwarded += items

    def events(self) -> dict[str, dict[str, Any]]:
        return {d["id"]: d for docs, _ in self.calls for d in docs}

    def incidents(self) -> dict[str, dict[str, Any]]:
        return {i["id"]: i for _, incidents in self.calls for i in incidents}


class CountingTable(dict):
    """A table that counts its writes, with the partition each went to."""

    def __init__(self) -> None:
        super().__init__()
        self.writes: list[tuple[str, int | None]] = []

    def apply(self, key: str, value: Any, partition: int | None) -> None:
        self.writes.append((key, partition))
        dict_apply(self)(key, value, partition)


def run(logic: EventIndexing, *batches: list[bytes], partition: int = 2) -> None:
    for values in batches:
        messages = [Received(v, "p-events", partition, n) for n, v in enumerate(values)]
        asyncio.run(logic.handle(messages))


def indexing(table: CountingTable, sink: Sink) -> EventIndexing:
    decider = IncidentDecider(table, table.apply)
    return EventIndexing(MemoryOutputs(), sink.write, decider, sink.forward)


def test_events_are_written_once_with_their_incident_beside_the_incident_documents() -> None:
    table, sink = CountingTable(), Sink()
    run(indexing(table, sink), [event_bytes(1), event_bytes(2, hours=1), event_bytes(3, "Abuja")])
    [(docs, incidents)] = sink.calls  # one bulk request for the batch
    assert [d["id"] for d in docs] == ["ev-1", "ev-2", "ev-3"]
    events = sink.events()
    lagos = events["ev-1"]["incident_id"]
    assert events["ev-2"]["incident_id"] == lagos != events["ev-3"]["incident_id"]
    assert sorted(i["id"] for i in incidents) == sorted({lagos, events["ev-3"]["incident_id"]})
    assert sink.incidents()[lagos]["outlets"] == 2
    assert sink.incidents()[lagos]["event_ids"] == ["ev-1", "ev-2"]
    assert [f.incident.id for f in sink.forwarded][:2] == [lagos, lagos]


def test_the_table_is_written_once_per_incident_per_batch_on_the_events_partition() -> None:
    table, sink = CountingTable(), Sink()
    logic = indexing(table, sink)
    run(logic, [event_bytes(n, hours=n % 3) for n in range(1, 7)], partition=3)
    lagos = sink.events()["ev-1"]["incident_id"]
    assert table.writes == [(lagos, 3)]  # six reports, one incident, one write
    run(logic, [event_bytes(7, hours=2), event_bytes(8, "Abuja")], partition=3)
    assert len(table.writes) == 3  # the next batch: Lagos again, and Abuja
    assert table[lagos]["event_ids"][-1] == "ev-7"


def test_a_replay_after_a_crash_gives_the_same_incidents() -> None:
    table = CountingTable()
    first, again = Sink(), Sink()
    values = [event_bytes(1), event_bytes(2, hours=1), event_bytes(3, "Abuja")]
    run(indexing(table, first), values)
    # The worker died after the table was written; its successor recovers the table from
    # the changelog and reads the same events again.
    run(indexing(table, again), values)
    assert {k: d["incident_id"] for k, d in again.events().items()} == {
        k: d["incident_id"] for k, d in first.events().items()
    }
    assert again.incidents() == first.incidents()


def test_a_message_that_is_no_event_goes_to_the_dlq_and_the_rest_get_incidents() -> None:
    table, sink = CountingTable(), Sink()
    outputs = MemoryOutputs()
    logic = EventIndexing(outputs, sink.write, IncidentDecider(table, table.apply), sink.forward)
    asyncio.run(logic.handle([Received(b"{not json", "p-events", 0, 0)]))
    asyncio.run(logic.handle([Received(event_bytes(1), "p-events", 0, 1)]))
    assert outputs.dead[0]["reason"].startswith("not a valid event")
    assert sink.events()["ev-1"]["incident_id"]


def test_the_batched_store_reads_its_own_writes_and_deletes_at_commit() -> None:
    backing: dict[str, Any] = {"a": 1, "b": 2}
    store = BatchedStore(backing, dict_apply(backing))
    store["c"] = 3
    del store["a"]
    assert sorted(store) == ["b", "c"] and "a" not in store and store["c"] == 3
    assert backing == {"a": 1, "b": 2}  # nothing written before the commit
    assert store.commit() == 2
    assert backing == {"b": 2, "c": 3}
