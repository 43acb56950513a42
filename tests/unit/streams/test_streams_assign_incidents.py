"""assign_incidents' logic without a broker: decisions in the table, writes and forwards in
batches, and a replay after a crash (table kept, writes lost) giving the same incidents."""

from __future__ import annotations

import asyncio
from typing import Any

from eventwatch.models import AssignedEvent, Event, Incident
from eventwatch.streams.agents.assign_incidents import IncidentAssigning


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
    def __init__(self) -> None:
        self.events: dict[str, Event] = {}
        self.incidents: dict[str, Incident] = {}
        self.forwarded: list[AssignedEvent] = []

    async def write(self, events: list[Event], incidents: list[Incident]) -> None:
        self.events.update((e.id, e) for e in events)
        self.incidents.update((i.id, i) for i in incidents)

    async def forward(self, items: list[AssignedEvent]) -> None:
        self.forwarded += items


def run(logic: IncidentAssigning, values: list[bytes]) -> list[AssignedEvent | None]:
    decided = [logic.decide(value) for value in values]
    asyncio.run(logic.flush([d for d in decided if d is not None]))
    return decided


def test_events_get_their_incident_and_the_incident_its_counts() -> None:
    table: dict[str, Any] = {}
    sink = Sink()
    logic = IncidentAssigning(table, sink.write, sink.forward)
    run(logic, [event_bytes(1), event_bytes(2, hours=1), event_bytes(3, "Abuja")])
    lagos = sink.events["ev-1"].incident_id
    assert sink.events["ev-2"].incident_id == lagos != sink.events["ev-3"].incident_id
    assert sink.incidents[lagos].outlets == 2 and sink.incidents[lagos].event_ids == [
        "ev-1",
        "ev-2",
    ]
    assert [f.incident.id for f in sink.forwarded][:2] == [lagos, lagos]
    assert sorted(table) == sorted(sink.incidents)  # one state per incident


def test_a_replay_after_a_crash_gives_the_same_incidents() -> None:
    table: dict[str, Any] = {}
    first = Sink()
    values = [event_bytes(1), event_bytes(2, hours=1)]
    before = run(IncidentAssigning(table, first.write, first.forward), values)
    again = Sink()  # the writes were lost with the worker; the table came back from its changelog
    after = run(IncidentAssigning(table, again.write, again.forward), values)
    assert [a.incident.id for a in after if a] == [b.incident.id for b in before if b]
    assert again.incidents == first.incidents


def test_a_message_that_is_no_event_is_skipped() -> None:
    sink = Sink()
    decided = run(IncidentAssigning({}, sink.write, sink.forward), [b"{not json", event_bytes(1)])
    assert decided[0] is None and decided[1] is not None
    assert list(sink.events) == ["ev-1"]
