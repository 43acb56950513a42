"""Assign a whole stream in memory, and score the result against labels (B-cubed)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping

from eventwatch.incidents.book import IncidentBook
from eventwatch.incidents.reports import event_time
from eventwatch.models import Event, Incident


def assign_stream(events: Iterable[Event]) -> tuple[dict[str, str], dict[str, Incident]]:
    """Event id -> incident id for events taken in order of time (then id), and the incidents.

    The same book as the worker's, over a dict instead of a Faust table: what a replay of
    the stream in one partition gives.
    """
    book = IncidentBook({})
    membership: dict[str, str] = {}
    incidents: dict[str, Incident] = {}
    for event in sorted(events, key=lambda e: (event_time(e), e.id)):
        result = book.add(event)
        membership[event.id] = result.incident.id
        incidents[result.incident.id] = result.incident
    return membership, incidents


def bcubed(gold: Mapping[str, str], predicted: Mapping[str, str]) -> tuple[float, float]:
    """B-cubed precision and recall over the items in `gold` (item -> label / cluster).

    Per item: precision is the share of its predicted cluster that carries its label,
    recall the share of its label that landed in its predicted cluster; both averaged.
    """
    items = [item for item in gold if item in predicted]
    if not items:
        raise ValueError("gold: no item of the labels was assigned")
    if len(items) < len(gold):
        missing = sorted(set(gold) - set(items))[:3]
        raise ValueError(f"predicted: {len(gold) - len(items)} labelled items missing: {missing}")
    pairs = Counter((gold[i], predicted[i]) for i in items)
    cluster_sizes = Counter(predicted[i] for i in items)
    label_sizes = Counter(gold[i] for i in items)
    precision = sum(pairs[gold[i], predicted[i]] / cluster_sizes[predicted[i]] for i in items)
    recall = sum(pairs[gold[i], predicted[i]] / label_sizes[gold[i]] for i in items)
    return precision / len(items), recall / len(items)
