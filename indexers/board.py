"""The threat-level board: per country the current level and the history of its changes,
folded (eventwatch.threat_state) from the indexed terror_alert events in time order."""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from eventwatch import threat_state
from eventwatch.models import Event
from eventwatch.names import Names

MAX_REPORTS = 10_000  # the newest level reports read for one board
_DATE = {"unmapped_type": "date"}
_ORDER = {"critical": 0, "high": 1, "elevated": 2, "low": 3}


def board_query(country: str | None = None) -> dict[str, Any]:
    filters: list[dict[str, Any]] = [
        {"term": {"type": "terror_alert"}},
        {"term": {"modality": "asserted"}},
        {"exists": {"field": "threat_level.rank"}},
    ]
    if country:
        filters.append({"term": {"location.country": country.upper()}})
    return {
        "size": MAX_REPORTS,
        "query": {"bool": {"filter": filters}},
        "sort": [
            {"article.published_at": {"order": "desc", "missing": "_last", **_DATE}},
            {"received_at": {"order": "desc", **_DATE}},
        ],
    }


def _time(report: dict[str, Any]) -> str:
    return str(report["at"] or "")


def fold(events: list[Event]) -> list[dict[str, Any]]:
    """Board rows, most severe first: one per country whose level some event reports."""
    reports = defaultdict(list)
    for event in events:
        report = threat_state.report_of(event)
        if report is not None:
            reports[report["country"]].append(report)
    rows = []
    for country, theirs in reports.items():
        theirs.sort(key=lambda r: (_time(r), r["event_id"]))
        changes = threat_state.history(theirs)
        rows.append(_row(country, changes))
    return sorted(rows, key=lambda r: (_ORDER.get(r["normalized"], 9), r["country"]))


def _row(country: str, changes: list[dict[str, Any]]) -> dict[str, Any]:
    current = changes[-1]
    return {
        "country": country,
        "system": current["system"],
        "level": current["level"],
        "normalized": current["normalized"],
        "rank": current["rank"],
        "of": current["of"],
        "since": current["since"],
        "sources": len(current["sources"]),
        "evidence": current["evidence"],
        "event_id": current["event_id"],
        "history": [_change(c) for c in reversed(changes)],  # newest first
    }


def _change(change: dict[str, Any]) -> dict[str, Any]:
    keys = ("level", "normalized", "system", "rank", "of", "direction", "previous", "since")
    return {
        **{k: change[k] for k in keys},
        "sources": len(change["sources"]),
        "outlets": change["sources"],
        "evidence": change["evidence"],
        "event_id": change["event_id"],
    }


def threat_board(es: Any, names: Names, country: str | None = None) -> list[dict[str, Any]]:
    from eventwatch.indexers.search import _search

    hits = _search(es, names.events_index, board_query(country))["hits"]["hits"]
    events = []
    for hit in hits:
        try:
            events.append(Event.model_validate(hit["_source"]))
        except ValueError:
            continue  # a document of an older shape: it reports no level on a scale
    return fold(events)
