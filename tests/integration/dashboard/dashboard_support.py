"""Helpers for the dashboard integration tests: keys, index setup, seeded events."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from eventwatch.settings import Settings

KEYS = "viewer-key-0123456789:viewer,editor-key-0123456789:editor,admin-key-01234567890:admin"
VIEWER = {"X-API-Key": "viewer-key-0123456789"}
EDITOR = {"X-API-Key": "editor-key-0123456789"}

# Only for when indexers.setup is not installed: the fields the dashboard filters on.
_KEYWORDS = ["id", "type", "language", "modality", "cameo"]
_FALLBACK_MAPPING = {
    "properties": {
        **{f: {"type": "keyword"} for f in _KEYWORDS},
        "summary": {"type": "text"},
        "evidence": {"properties": {"text": {"type": "text"}}},
        "location": {"properties": {"country": {"type": "keyword"}, "name": {"type": "text"}}},
        "article": {"properties": {"source": {"type": "keyword"}, "id": {"type": "keyword"}}},
        "threat_level": {"properties": {"normalized": {"type": "keyword"}}},
        "tagged_at": {"type": "date"},
        "fired_at": {"type": "date"},
    }
}


def ensure_indices(es: Any, settings: Settings) -> None:
    try:
        from eventwatch.indexers.setup import ensure_indices as setup
    except ImportError:
        names = settings.names
        for index in (names.events_index, names.alerts_index):
            if not es.indices.exists(index=index):
                es.indices.create(index=index, body={"mappings": _FALLBACK_MAPPING})
        return
    setup(es, settings.names)


def make_event(n: int, **overrides: Any) -> dict[str, Any]:
    tagged = datetime.now(UTC) - timedelta(minutes=n)
    event = {
        "id": f"ev{n:04d}",
        "type": "terror_alert",
        "summary": f"Ruritania raises its terror alert level (item {n})",
        "actors": {
            "source": [{"name": "Ruritania", "kind": "state", "country": "FR"}],
            "target": [],
        },
        "location": {"name": "Strelsau", "country": "FR", "lat": 48.8, "lon": 2.3},
        "evidence": {
            "text": "The government raised the alert level to its highest.",
            "start": 0,
            "end": 53,
        },
        "confidence": 0.9,
        "severity": 4,
        "threat_level": {
            "level": "urgence attentat",
            "normalized": "critical",
            "system": "Vigipirate",
            "rank": 3,
            "of": 3,
            "direction": "raised",
        },
        "modality": "asserted",
        "tagger_version": "test",
        "language": "en",
        "article": {"id": f"art{n}", "title": "A test article", "source": "testwire"},
        "received_at": tagged.isoformat(),
        "tagged_at": tagged.isoformat(),
    }
    event.update(overrides)
    return event


def index_events(es: Any, settings: Settings, events: list[dict[str, Any]]) -> None:
    ensure_indices(es, settings)
    for event in events:
        es.index(index=settings.names.events_index, id=event["id"], body=event)
    es.indices.refresh(index=settings.names.events_index)
