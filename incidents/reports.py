"""What the assignment compares about one event: its family, key, time, place, who, anchors."""

from __future__ import annotations

import zlib
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime

from eventwatch.incidents.anchors import anchors
from eventwatch.incidents.families import by_place, family_of
from eventwatch.models import Event

NO_COUNTRY = "-"


@dataclass(frozen=True)
class Report:
    event_id: str
    family: str
    country: str
    time: float
    place: str | None
    countries: frozenset[str]
    actors: frozenset[str]
    anchors: frozenset[str]


def event_time(event: Event) -> datetime:
    """When the report appeared: published, else received (stamped once, kept on replay)."""
    when = event.article.published_at or event.received_at or event.tagged_at
    if when is None:
        raise ValueError(f"event {event.id}: article.published_at: no time to place it by")
    return when if when.tzinfo else when.replace(tzinfo=UTC)


def countries_of(event: Event) -> set[str]:
    found = {a.country.upper() for a in event.actors.source + event.actors.target if a.country}
    if event.location is not None and event.location.country:
        found.add(event.location.country.upper())
    return found


def place_of(event: Event) -> str | None:
    """A place finer than a country (the tagger gives cities coordinates, countries none)."""
    location = event.location
    if location is None or location.lat is None or not location.name:
        return None
    return location.name.casefold()


def key_country(event: Event, family: str) -> str:
    """The country a happening is filed under: where it happened, else the first involved."""
    if by_place(family) and event.location is not None and event.location.country:
        return event.location.country.upper()
    return min(countries_of(event), default=NO_COUNTRY)


def group_key(event: Event) -> str:
    """Where an incident the event opens is filed: family and country."""
    family = family_of(event.type)
    return f"{family}|{key_country(event, family)}"


def partition_key(event: Event) -> str:
    """Events that may share an incident meet on one partition: the one of their family.

    Finer keys (family and country) would split a report that names no country, or that
    files a sanctions story under Belgium for 'Brussels', from the rest of its happening.
    """
    return family_of(event.type)


def event_partition(event: Event, partitions: int) -> int:
    """The events-topic partition of the event's family (a stable hash, the same in every
    process), so that all the events that may share an incident are decided in one place."""
    return zlib.crc32(partition_key(event).encode("utf-8")) % max(1, partitions)


def candidate_keys(event: Event, known: Iterable[str]) -> list[str]:
    """The filed groups whose incidents the event may join: those of the countries it
    involves and the country-less one; every group of its family when it names no country."""
    family = family_of(event.type)
    countries = countries_of(event)
    mine = [k for k in known if k.startswith(f"{family}|")]
    if not countries:
        return sorted(mine)
    wanted = {f"{family}|{c}" for c in countries} | {f"{family}|{NO_COUNTRY}"}
    return sorted(k for k in mine if k in wanted)


def report_of(event: Event) -> Report:
    family = family_of(event.type)
    named = [a.name for a in event.actors.source + event.actors.target]
    place = place_of(event)
    return Report(
        event_id=event.id,
        family=family,
        country=key_country(event, family),
        time=event_time(event).timestamp(),
        place=place,
        countries=frozenset(countries_of(event)),
        actors=frozenset(n.casefold() for n in named),
        anchors=frozenset(anchors(_texts(event), [*named, place or ""])),
    )


def _texts(event: Event) -> str:
    return f"{event.article.title or ''}\n{event.evidence.text}"
