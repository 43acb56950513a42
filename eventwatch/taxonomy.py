"""The event taxonomy (SPEC section 5) as data: eventwatch/data/taxonomy.json is the one place to
add a type. Tagging, incidents, the index, rules and the dashboard read the types, their families,
how their actors are read and their colours from here."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Literal

ActorReading = Literal["directed", "doer", "armed_doer", "alerting_state", "place_only"]
Requirement = Literal["target", "named_actor"]
TAXONOMY_FILE = Path(__file__).parent / "data" / "taxonomy.json"


@dataclass(frozen=True)
class GenericActor:
    """Lexicon contexts that stand for an actor the gazetteer does not know ('the government')."""

    sentence: tuple[str, ...] = ()  # one of these contexts anywhere in the sentence
    subject: tuple[str, ...] = ()  # one of these before the trigger
    and_mention_or: tuple[str, ...] = ()  # and then a named mention or one of these contexts


@dataclass(frozen=True)
class IncidentGrouping:
    """Which reports of this type can be one happening (eventwatch.incidents)."""

    family: str  # types of one family join one incident (an attack and its claim)
    window_hours: float  # an incident takes reports this long after its last one
    by_place: bool  # filed by where it happened, else by the countries involved


@dataclass(frozen=True)
class EventTypeInfo:
    name: str
    family: str
    color: str
    description: str
    cameo: str | None
    plover: dict[str, str | None]
    severity: int
    modality: frozenset[str]  # modalities this type can take; others stay asserted
    summary: str
    actors: ActorReading
    requires: Requirement | None = None
    generic_actor: GenericActor | None = None
    casualties_raise_severity: bool = False
    resolves: dict[str, str] = field(default_factory=dict)
    incident: IncidentGrouping | None = None
    shadowed_by: str | None = None

    @property
    def directed(self) -> bool:
        return self.actors == "directed"


def _info(name: str, spec: dict) -> EventTypeInfo:
    generic = spec.get("generic_actor") or {}
    return EventTypeInfo(
        name=name,
        family=spec["family"],
        color=spec["color"],
        description=spec["description"],
        cameo=spec.get("cameo"),
        plover=spec["plover"],
        severity=int(spec["severity"]),
        modality=frozenset(spec.get("modality", ())),
        summary=spec["summary"],
        actors=spec["actors"],
        requires=spec.get("requires"),
        generic_actor=GenericActor(**{k: tuple(v) for k, v in generic.items()})
        if generic
        else None,
        casualties_raise_severity=bool(spec.get("casualties_raise_severity", False)),
        resolves=dict(spec.get("resolves", {})),
        incident=IncidentGrouping(**spec["incident"]) if spec.get("incident") else None,
        shadowed_by=spec.get("shadowed_by"),
    )


@cache
def load_taxonomy() -> dict[str, EventTypeInfo]:
    raw = json.loads(TAXONOMY_FILE.read_text(encoding="utf-8"))
    return {name: _info(name, spec) for name, spec in raw["types"].items()}


def event_types() -> tuple[str, ...]:
    return tuple(load_taxonomy())


def types_in_family(family: str) -> tuple[str, ...]:
    return tuple(name for name, info in load_taxonomy().items() if info.family == family)


def family_of(event_type: str) -> str:
    return load_taxonomy()[event_type].family


def colors() -> dict[str, str]:
    return {name: info.color for name, info in load_taxonomy().items()}
