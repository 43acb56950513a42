"""The event taxonomy (SPEC section 5) as data: tagging/data/taxonomy.json is the one place
to add a type; this module only loads and types it."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from eventwatch.models import EVENT_TYPES

DATA_DIR = Path(__file__).parent / "data"


@dataclass(frozen=True)
class EventTypeInfo:
    name: str
    description: str
    cameo: str | None
    plover: dict[str, str | None]
    severity: int
    modality: frozenset[str]  # modalities this type can take; others stay asserted
    summary: str


@lru_cache(maxsize=1)
def load_taxonomy() -> dict[str, EventTypeInfo]:
    raw = json.loads((DATA_DIR / "taxonomy.json").read_text(encoding="utf-8"))
    unknown = set(raw) - set(EVENT_TYPES)
    if unknown:
        raise ValueError(f"taxonomy.json names types missing from EventType: {sorted(unknown)}")
    return {
        name: EventTypeInfo(
            name=name,
            description=spec["description"],
            cameo=spec.get("cameo"),
            plover=spec["plover"],
            severity=int(spec["severity"]),
            modality=frozenset(spec.get("modality", ())),
            summary=spec["summary"],
        )
        for name, spec in raw.items()
    }
