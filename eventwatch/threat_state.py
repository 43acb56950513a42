"""Threat levels as state: reports of a country's level folded into changes.

One pure step used in two places: the alert engine (state in a Faust table, one key per
country, so each change is decided once however many outlets report it) and the board
(indexers: the history folded from the indexed terror_alert events). A report that names
the level the country already has adds a source to the current change; a different level
on the scale starts a new change.
"""

from __future__ import annotations

from collections.abc import MutableMapping
from datetime import datetime
from typing import Any

from eventwatch.models import Event, stable_id

STATE_PREFIX = "tl|"


def report_of(event: Event) -> dict[str, Any] | None:
    """The level report an event makes, or None (no scale level, not asserted, no country)."""
    level = event.threat_level
    country = event.location.country if event.location else None
    if (
        event.modality != "asserted"
        or level is None
        or level.rank is None
        or level.direction == "issued"
        or not country
    ):
        return None
    when = event.article.published_at or event.received_at or event.tagged_at
    return {
        "country": country.upper(),
        "system": level.system,
        "level": level.level,
        "normalized": level.normalized,
        "rank": level.rank,
        "of": level.of,
        "direction": level.direction,
        "previous": level.previous,
        "at": when.isoformat() if isinstance(when, datetime) else when,
        "source": event.article.source or event.article.id,
        "evidence": event.evidence.text,
        "event_id": event.id,
    }


def step(current: dict[str, Any] | None, report: dict[str, Any]) -> tuple[dict[str, Any], bool]:
    """(the country's state after `report`, whether the report is a new change)."""
    same = (
        current is not None
        and current["system"] == report["system"]
        and current["rank"] == report["rank"]
    )
    if same:
        assert current is not None
        sources = sorted(set(current["sources"]) | {report["source"]})
        return {**current, "sources": sources}, False
    if current is not None and current["system"] == report["system"]:
        direction = "raised" if report["rank"] > current["rank"] else "lowered"
        previous: str | None = current["level"]
    else:
        # First seen (or a different scale): only the text says whether it moved.
        direction, previous = report["direction"], report["previous"]
    change = {
        "id": stable_id(
            report["country"], str(report["system"]), str(report["rank"]), report["event_id"]
        ),
        "country": report["country"],
        "system": report["system"],
        "level": report["level"],
        "normalized": report["normalized"],
        "rank": report["rank"],
        "of": report["of"],
        "direction": direction,
        "previous": previous,
        "since": report["at"],
        "sources": [report["source"]],
        "evidence": report["evidence"],
        "event_id": report["event_id"],
    }
    is_change = current is not None or direction in ("raised", "lowered")
    return change, is_change


def observe(state: MutableMapping[str, Any], event: Event) -> dict[str, Any] | None:
    """Fold `event` into its country's state; the change it starts, if any.

    The value is assigned back (never mutated in place) so a Faust table logs it."""
    report = report_of(event)
    if report is None:
        return None
    key = STATE_PREFIX + report["country"]
    current, is_change = step(state.get(key), report)
    state[key] = current
    return current if is_change else None


def history(reports: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """A country's changes, oldest first, from its reports in time order."""
    changes: list[dict[str, Any]] = []
    current: dict[str, Any] | None = None
    for report in reports:
        current, is_change = step(current, report)
        if changes and not is_change and changes[-1]["id"] == current["id"]:
            changes[-1] = current
        else:
            changes.append(current)
    return changes
