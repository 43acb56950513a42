"""The threat board folded from events, without Elasticsearch: one change per level however many
outlets report it, direction from the ranks, warnings and hypotheticals left out."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from eventwatch.indexers.board import fold
from eventwatch.models import Event

T0 = datetime(2026, 3, 1, 9, tzinfo=UTC)


def report(n: int, outlet: str, rank: int | None, hours: float, **extra: Any) -> Event:
    names = {1: "inget hot", 2: "begränsat hot", 3: "förhöjt hot", 4: "högt hot"}
    level: dict[str, Any] = {"level": names.get(rank or 0, "warning"), "normalized": "high"}
    if rank is not None:
        level |= {"system": "Säpo", "rank": rank, "of": 5, "direction": "maintained"}
    else:
        level |= {"system": "generic", "direction": "issued"}
    data: dict[str, Any] = {
        "id": f"e{n}",
        "type": "terror_alert",
        "summary": "Terror alert in Sweden",
        "location": {"name": "Sweden", "country": "SE"},
        "evidence": {"text": f"Report {n}.", "start": 0, "end": 9},
        "confidence": 0.9,
        "severity": 4,
        "threat_level": level,
        "tagger_version": "test",
        "language": "en",
        "article": {
            "id": f"a{n}",
            "source": outlet,
            "published_at": (T0 + timedelta(hours=hours)).isoformat(),
        },
    }
    data.update(extra)
    return Event.model_validate(data)


def test_reports_at_one_level_are_one_change_and_count_outlets_once() -> None:
    events = [
        report(1, "tt", 3, 0),
        report(2, "tt", 4, 10),
        report(3, "svt", 4, 11),
        report(4, "tt", 4, 12),  # the same outlet again
        report(5, "dn", 4, 13),
        report(6, "svt", 3, 50),
    ]
    [sweden] = fold(list(reversed(events)))  # the index answers newest first
    assert (sweden["country"], sweden["level"], sweden["rank"], sweden["of"]) == (
        "SE",
        "förhöjt hot",
        3,
        5,
    )
    assert [c["direction"] for c in sweden["history"]] == ["lowered", "raised", "maintained"]
    assert [c["sources"] for c in sweden["history"]] == [1, 3, 1]
    assert sweden["history"][1]["previous"] == "förhöjt hot"
    assert sweden["history"][1]["since"] == (T0 + timedelta(hours=10)).isoformat()


def test_warnings_hypotheticals_and_unplaced_reports_are_no_level() -> None:
    events = [
        report(1, "tt", None, 0),
        report(2, "tt", 4, 1, modality="hypothetical"),
        report(3, "tt", 4, 2, location=None),
    ]
    assert fold(events) == []
