"""Which event types can describe one happening, and how long a happening stays open.

A claim of responsibility belongs to the attack it claims; a proposal, the talks it leads
to and the agreement they sign are one diplomatic happening. Arrests after an attack are
not the attack: they open their own incident.
"""

from __future__ import annotations

from datetime import timedelta

FAMILIES: dict[str, tuple[str, ...]] = {
    "attack": ("terror_attack", "responsibility_claim"),
    "alert": ("terror_alert",),
    "plot": ("terror_plot_foiled",),
    "talks": ("diplomatic_proposal", "diplomatic_meeting", "agreement"),
    "dispute": ("accusation", "threat"),
    "sanctions": ("sanctions",),
    "military": ("military_action",),
    "protest": ("protest",),
}
FAMILY_OF: dict[str, str] = {t: family for family, types in FAMILIES.items() for t in types}

# A report joins an incident up to this long after its last report (hours for an attack,
# a day for talks): later it is news of another happening.
WINDOWS: dict[str, timedelta] = {
    "attack": timedelta(hours=12),
    "alert": timedelta(hours=24),
    "plot": timedelta(hours=24),
    "talks": timedelta(hours=24),
    "dispute": timedelta(hours=24),
    "sanctions": timedelta(hours=24),
    "military": timedelta(hours=12),
    "protest": timedelta(hours=12),
}
# Families located by where it happened; the others (talks, disputes, sanctions) by the
# countries involved, since their reports often name no place.
PLACE_BOUND = frozenset({"attack", "alert", "plot", "military", "protest"})
# However long the reports keep coming, one incident spans at most this many windows.
MAX_SPAN_WINDOWS = 4


def family_of(event_type: str) -> str:
    try:
        return FAMILY_OF[event_type]
    except KeyError:
        raise ValueError(f"type: {event_type!r} belongs to no incident family") from None


def window_of(family: str) -> timedelta:
    return WINDOWS[family]
