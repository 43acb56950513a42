"""Which event types can describe one happening, and how long a happening stays open.

Read from the taxonomy (eventwatch/data/taxonomy.json, each type's `incident`): a claim of
responsibility belongs to the attack it claims; a proposal, the talks it leads to and the
agreement they sign are one diplomatic happening; arrests after an attack are not the
attack and open their own incident.
"""

from __future__ import annotations

from datetime import timedelta
from functools import cache

from eventwatch.taxonomy import IncidentGrouping, load_taxonomy

# However long the reports keep coming, one incident spans at most this many windows.
MAX_SPAN_WINDOWS = 4


@cache
def _groupings() -> dict[str, IncidentGrouping]:
    found = {}
    for name, info in load_taxonomy().items():
        if info.incident is None:
            raise ValueError(f"taxonomy: type {name!r}: incident: required but missing")
        found[name] = info.incident
    return found


def grouping_of(event_type: str) -> IncidentGrouping:
    try:
        return _groupings()[event_type]
    except KeyError:
        raise ValueError(f"type: {event_type!r} is not in the taxonomy") from None


def family_of(event_type: str) -> str:
    return grouping_of(event_type).family


def window_of(family: str) -> timedelta:
    """The longest window of the family's types."""
    hours = [g.window_hours for g in _groupings().values() if g.family == family]
    if not hours:
        raise ValueError(f"family: {family!r} is no incident family")
    return timedelta(hours=max(hours))


def by_place(family: str) -> bool:
    return any(g.by_place for g in _groupings().values() if g.family == family)
