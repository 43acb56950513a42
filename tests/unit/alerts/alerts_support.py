"""Events built for the alert tests (own texts, not the shared corpus)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from eventwatch.models import Event

T0 = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)


def make_event(n: int = 1, *, minutes: float = 0, **fields: Any) -> Event:
    data: dict[str, Any] = {
        "id": f"ev-{n}",
        "type": "terror_alert",
        "summary": "Authorities raise the terror alert level in Lyon",
        "actors": {
            "source": [{"name": "Interior Ministry", "kind": "organization", "country": "FR"}]
        },
        "location": {"name": "Lyon", "country": "FR"},
        "evidence": {
            "text": "The ministry raised the alert to its highest level.",
            "start": 0,
            "end": 51,
        },
        "confidence": 0.8,
        "severity": 4,
        "modality": "asserted",
        "tagger_version": "test",
        "language": "en",
        "article": {"id": f"art-{n}"},
        "received_at": (T0 + timedelta(minutes=minutes)).isoformat(),
    }
    data.update(fields)
    return Event.model_validate(data)
