"""Incidents decided batch by batch, in the agent that indexes the events.

The events topic is partitioned by incident family (eventwatch.incidents.reports.
event_partition), so every event that may share an incident arrives on one partition and
is decided in one place. The incident states live in a Faust table keyed by incident id;
a batch reads and writes them through `BatchedStore`, which sends each changed incident
to the table (and its changelog) once per batch, on the partition of the events that
changed it: the worker that owns those events after a rebalance recovers their incidents.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator, MutableMapping
from typing import Any

from eventwatch.incidents.book import IncidentBook
from eventwatch.models import AssignedEvent, Event, Incident

log = logging.getLogger(__name__)
STATE_TABLE = "incident_state"  # incident id -> state (eventwatch.incidents.book)
# (key, state or None to delete, partition) -> written to the store and its changelog
ApplyFn = Callable[[str, Any, int | None], None]


class BatchedStore(MutableMapping[str, Any]):
    """Reads through to `store`; writes wait in memory until `commit`, one per key."""

    def __init__(self, store: MutableMapping[str, Any], apply: ApplyFn) -> None:
        self.store = store
        self.apply = apply
        self.partition: int | None = None  # of the event being decided
        self._pending: dict[str, tuple[Any, int | None]] = {}

    def __getitem__(self, key: str) -> Any:
        if key in self._pending:
            value = self._pending[key][0]
            if value is None:
                raise KeyError(key)
            return value
        return self.store[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self._pending[key] = (value, self.partition)

    def __delitem__(self, key: str) -> None:
        if key not in self:
            raise KeyError(key)
        self._pending[key] = (None, self.partition)

    def __iter__(self) -> Iterator[str]:
        for key in list(self.store):
            if self._pending.get(key, (True,))[0] is not None:
                yield key
        for key, (value, _) in list(self._pending.items()):
            if value is not None and key not in self.store:
                yield key

    def __len__(self) -> int:
        return sum(1 for _ in self)

    def commit(self) -> int:
        """Write what changed since the last commit; returns how many keys."""
        pending, self._pending = self._pending, {}
        for key, (value, partition) in pending.items():
            self.apply(key, value, partition)
        return len(pending)


def dict_apply(store: MutableMapping[str, Any]) -> ApplyFn:
    """Writes to a plain mapping (tests, tools): no changelog, no partitions."""

    def apply(key: str, value: Any, partition: int | None) -> None:
        if value is None:
            store.pop(key, None)
        else:
            store[key] = value

    return apply


def table_apply(table: Any) -> ApplyFn:
    """Writes to a Faust table: its data and its changelog, on the given partition.

    Faust would pick the partition of the stream's current event, which in a batch that
    spans partitions is only the last one's."""

    def apply(key: str, value: Any, partition: int | None) -> None:
        if value is None:
            table.data.pop(key, None)
            table.send_changelog(partition, key, None, value_serializer="raw")
        else:
            table.data[key] = value
            table.send_changelog(partition, key, value)

    return apply


class IncidentDecider:
    def __init__(self, store: MutableMapping[str, Any], apply: ApplyFn | None = None) -> None:
        self.batched = BatchedStore(store, apply or dict_apply(store))
        self.book = IncidentBook(self.batched)

    def invalidate(self) -> None:
        """The table's partitions came or went: rebuild the book's indexes on next use."""
        self.book.invalidate()

    def decide(
        self, events: list[tuple[Event, int | None]]
    ) -> tuple[list[AssignedEvent | None], list[Incident]]:
        """Each event with the incident it joins (None: it cannot be placed in time), in
        order, and the changed incidents in their latest state; the table is written."""
        decided = self.assign(events)
        self.commit()
        return decided

    def commit(self) -> int:
        """Write the incidents `assign` changed (on the event loop: Faust's producer is not
        thread-safe); returns how many."""
        return self.batched.commit()

    def assign(
        self, events: list[tuple[Event, int | None]]
    ) -> tuple[list[AssignedEvent | None], list[Incident]]:
        """`decide` without writing the table: pure work, safe in a thread while the event
        loop goes on (only this agent writes the table; `commit` follows in the loop)."""
        assigned: list[AssignedEvent | None] = []
        latest: dict[str, Incident] = {}
        for event, partition in events:
            self.batched.partition = partition
            try:
                result = self.book.add(event)
            except ValueError as exc:
                log.warning("incidents: %s", exc)
                assigned.append(None)
                continue
            incident = result.incident
            joined = event.model_copy(update={"incident_id": incident.id})
            assigned.append(AssignedEvent(event=joined, incident=incident))
            latest[incident.id] = incident
        return assigned, list(latest.values())
