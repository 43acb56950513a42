"""Who did what to whom, and where: actors and location from a sentence's entity mentions."""

from __future__ import annotations

from eventwatch.models import Actor, Location
from eventwatch.tagging.gazetteer import Entity, EntityMention

ACTOR_KINDS = ("state", "person", "organization", "group")


def to_actor(entity: Entity) -> Actor:
    return Actor(name=entity.name, kind=entity.kind, country=entity.country)  # type: ignore[arg-type]


def _actors(mentions: list[EntityMention]) -> list[EntityMention]:
    """Actor mentions; a capital standing for its government counts as its state."""
    return [m for m in mentions if m.entity.kind in ACTOR_KINDS]


# Overseas territories count as their state: a visit there is no foreign visit.
_PARENT = {"GF": "FR", "GP": "FR", "MQ": "FR", "RE": "FR", "YT": "FR", "NC": "FR", "PF": "FR",
           "PR": "US", "GU": "US", "VI": "US", "GL": "DK", "FO": "DK", "GI": "GB",
           "HK": "CN"}  # fmt: skip


def side(entity: Entity) -> str:
    """The state an actor belongs to, or its own name when it has none."""
    return _PARENT.get(entity.country or "", entity.country) or entity.name


def _same(a: Entity, b: Entity) -> bool:
    return side(a) == side(b)


def directed_actors(
    mentions: list[EntityMention],
    trigger_start: int,
    speaker: Entity | None,
    agent: Entity | None = None,
) -> tuple[list[Entity], list[Entity]]:
    """Source: first actor before the trigger (or the last speaker); target: the next other actor.
    A passive clause's `agent` ('accused by Ukraine', tagging/voice.py) is the source instead,
    and its subject the target.

    A city stands for its state here ('arrived in Amman', 'talks in Moscow')."""
    actors = _actors(mentions) or [
        EntityMention(Entity(m.entity.name, "state", m.entity.country), m.start, m.end)
        for m in mentions
        if m.entity.kind == "city"
    ]
    before = [m.entity for m in actors if m.end <= trigger_start]
    after = [m.entity for m in actors if m.start >= trigger_start]
    if agent is not None:
        others = [e for e in before + after if not _same(e, agent)]
        return [agent], others[:1]
    source = before[0] if before else (speaker or (after.pop(0) if after else None))
    targets = [e for e in after + before[1:] if source is None or not _same(e, source)]
    sources = [source] if source else []
    # A person's country is often named next to them ('French President Macron'): keep the person.
    return sources, targets[:1]


def doer(mentions: list[EntityMention], kinds: tuple[str, ...] = ("group",)) -> list[Entity]:
    return [m.entity for m in mentions if m.entity.kind in kinds][:1]


def location(mentions: list[EntityMention]) -> Location | None:
    cities = [m.entity for m in mentions if m.entity.kind == "city"]
    if cities:
        city = cities[0]
        return Location(name=city.name, country=city.country, lat=city.lat, lon=city.lon)
    states = [m.entity for m in mentions if m.entity.kind == "state"]
    if states:
        return Location(name=states[0].name, country=states[0].country)
    return None
