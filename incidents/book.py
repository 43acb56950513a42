"""The open incidents, over a store of incident states by id (a Faust table in the worker,
a dict elsewhere), with the indexes the assignment needs kept beside it in memory.

One store write per event (the incident it joined), so the changelog grows by one small
record per event however many incidents are open. The indexes (incidents by group and
time, event -> incident for replays) are rebuilt from the store after a restart or a
rebalance (`invalidate`). Incidents closed for KEEP_CLOSED_WINDOWS are deleted from the
store (they live on in Elasticsearch); until then a replayed event finds its incident.
"""

from __future__ import annotations

import heapq
from collections import defaultdict
from collections.abc import MutableMapping
from typing import Any

from eventwatch.incidents.assign import Assignment, assign, to_incident
from eventwatch.incidents.families import window_of
from eventwatch.incidents.reports import Report, candidate_keys, report_of
from eventwatch.models import Event

KEEP_CLOSED_WINDOWS = 2
# An event is compared only with incidents of its groups that share a place, an actor or an
# anchor with it (an inverted index; the score needs one of them anyway), or that carry none,
# and with at most this many of those (the most recent its time allows): bounded work per
# event however busy a country's news is.
MAX_CANDIDATES = 50
PRUNE_EVERY = 64  # additions to a group between sweeps of its closed incidents


class IncidentBook:
    def __init__(self, store: MutableMapping[str, Any]) -> None:
        self.store = store
        self._groups: dict[str, dict[str, tuple[float, float]]] | None = None
        self._stale = True  # rebuild the indexes at the next add
        self._members: dict[str, str] = {}
        self._latest: dict[str, float] = {}
        self._added: dict[str, int] = defaultdict(int)
        self._by_token: dict[str, set[str]] = defaultdict(set)  # place/actor/anchor -> ids
        self._tokens: dict[str, set[str]] = {}  # incident id -> its tokens
        self._bare: set[str] = set()  # incidents without any token: any report may join
        self._where: dict[str, str] = {}  # incident id -> its group

    def invalidate(self) -> None:
        """The store changed under us (partitions assigned): rebuild the indexes on next use."""
        # Only flagged: an add running in another thread keeps the indexes it started with.
        self._stale = True

    def add(self, event: Event) -> Assignment:
        groups = self._indexes()
        known = self._members.get(event.id)
        if known is not None and isinstance(self.store.get(known), dict):
            state = self.store[known]
            return Assignment(state, to_incident(state), created=False, changed=False)
        report = report_of(event)
        window = window_of(report.family).total_seconds()
        tokens = _report_tokens(report)
        keys = set(candidate_keys(event, groups))
        if tokens:
            pool = set(self._bare)
            for token in tokens:
                pool |= self._by_token.get(token, set())
        else:
            pool = {i for key in keys for i in groups[key]}
        near = []
        for incident_id in pool:
            key = self._where.get(incident_id)
            if key in keys:
                first, last = groups[key][incident_id]
                if first - window <= report.time <= last + window:
                    near.append((last, incident_id))
        candidates = [
            self.store[i]
            for _, i in heapq.nlargest(MAX_CANDIDATES, near)
            if isinstance(self.store.get(i), dict)
        ]
        result = assign(candidates, event, report)
        state = result.state
        self.store[state["id"]] = state
        self._index(state, event.id)
        key = state["key"]
        self._added[key] += 1
        if self._added[key] % PRUNE_EVERY == 0:
            self._prune(key, window)
        return result

    def _indexes(self) -> dict[str, dict[str, tuple[float, float]]]:
        if self._stale or self._groups is None:
            self._stale = False
            self._groups = defaultdict(dict)
            self._members = {}
            self._latest = {}
            self._by_token = defaultdict(set)
            self._tokens = {}
            self._bare = set()
            self._where = {}
            for state in list(self.store.values()):
                if isinstance(state, dict) and "key" in state:
                    self._index(state)
        return self._groups

    def _index(self, state: dict[str, Any], new_event: str | None = None) -> None:
        assert self._groups is not None
        key = state["key"]
        self._groups[key][state["id"]] = (state["first_seen"], state["last_update"])
        self._where[state["id"]] = key
        for event_id in [new_event] if new_event else state["event_ids"]:
            self._members[event_id] = state["id"]
        tokens = _incident_tokens(state)
        known = self._tokens.get(state["id"], set())
        for token in tokens - known:
            self._by_token[token].add(state["id"])
        self._tokens[state["id"]] = known | tokens
        if tokens:
            self._bare.discard(state["id"])
        else:
            self._bare.add(state["id"])
        self._latest[key] = max(self._latest.get(key, 0.0), state["last_update"])

    def _prune(self, key: str, window: float) -> None:
        assert self._groups is not None
        horizon = self._latest[key] - (1 + KEEP_CLOSED_WINDOWS) * window
        for incident_id, (_, last) in list(self._groups[key].items()):
            if last >= horizon:
                continue
            state = self.store.get(incident_id)
            del self._groups[key][incident_id]
            self._where.pop(incident_id, None)
            self._bare.discard(incident_id)
            for token in self._tokens.pop(incident_id, set()):
                self._by_token[token].discard(incident_id)
            if isinstance(state, dict):
                for event_id in state["event_ids"]:
                    self._members.pop(event_id, None)
                del self.store[incident_id]


def _report_tokens(report: Report) -> set[str]:
    return {*report.anchors, *report.actors, *([report.place] if report.place else [])}


def _incident_tokens(state: dict[str, Any]) -> set[str]:
    return {*state["anchors"], *state["actors"], *state["places"]}
