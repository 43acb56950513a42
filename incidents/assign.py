"""Event -> incident: join the open incident it agrees with, else open a new one.

An event may join an incident of its family and key (country) when
- when: it falls within the family's window of the incident's reports;
- where: the places agree when both name one finer than the country;
- who: the actors overlap when both name some;
- and something positive ties them: the same place, a shared actor, or shared evidence
  anchors (numbers, names, places); two reports that both carry anchors and share none,
  with no place or actor in common, are two happenings.
Among the incidents it may join, the highest score wins (ties: the earliest opened), so the
result depends only on the order of the events: a replay gives the same incidents and ids.

An incident's state is JSON (a Faust table's value, one per incident, see book.py).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from eventwatch.incidents.anchors import MAX_ANCHORS
from eventwatch.incidents.families import MAX_SPAN_WINDOWS, window_of
from eventwatch.incidents.reports import Report, group_key, report_of
from eventwatch.models import Actor, Actors, Event, Incident, Location

MAX_ACTORS = 12
# Event and article ids kept per incident (the document's event_ids; the article count stays
# exact): a story with thousands of reports must not make every write carry them all.
MAX_MEMBERS = 1000


@dataclass(frozen=True)
class Assignment:
    state: dict[str, Any]  # the incident's new state (stored under its id)
    incident: Incident
    created: bool  # the event opened the incident
    changed: bool  # False when the event was already a member (a replay)


def assign(
    candidates: Iterable[dict[str, Any]], event: Event, report: Report | None = None
) -> Assignment:
    """The incident `event` joins among `candidates` (open incident states of its family that
    it may share: eventwatch.incidents.book picks them), or a new one. Nothing is changed in
    place: the returned state is a new dict."""
    report = report or report_of(event)
    scored = [(fit, i) for i in candidates if (fit := score(i, report)) is not None]
    if scored:
        _, best = max(scored, key=lambda s: (s[0], -s[1]["first_seen"], s[1]["id"]))
        chosen, created = dict(best), False
    else:
        chosen, created = _open(event, report), True
    _add(chosen, event, report)
    return Assignment(chosen, to_incident(chosen), created, changed=True)


def score(incident: dict[str, Any], report: Report) -> float | None:
    """How well `report` fits `incident`; None when it cannot belong to it."""
    window = window_of(report.family).total_seconds()
    if not incident["first_seen"] - window <= report.time <= incident["last_update"] + window:
        return None
    if report.time - incident["first_seen"] > MAX_SPAN_WINDOWS * window:
        return None
    places = incident["places"]
    if report.place and places and report.place not in places:
        return None
    same_actors = len(report.actors.intersection(incident["actors"]))
    if report.actors and incident["actors"] and not same_actors:
        others = report.countries - {report.country}
        if not others.intersection(incident["countries"]):
            return None
    same_place = bool(report.place and report.place in places)
    same_anchors = len(report.anchors.intersection(incident["anchors"]))
    if not (same_place or same_actors or same_anchors) and report.anchors and incident["anchors"]:
        return None
    nearness = 1.0 - abs(report.time - incident["last_update"]) / (window + 1.0)
    return 2.0 * same_place + 1.0 * min(same_actors, 3) + 0.5 * same_anchors + 0.1 * nearness


def _open(event: Event, report: Report) -> dict[str, Any]:
    return {
        "id": Incident.make_id(event.id),
        "key": group_key(event),
        "type": event.type,
        "family": report.family,
        "title": event.article.title or event.summary,
        "first_seen": report.time,
        "last_update": report.time,
        "location": None,
        "source_actors": [],
        "target_actors": [],
        "places": [],
        "countries": [],
        "actors": [],
        "anchors": [],
        "event_ids": [],
        "article_ids": [],
        "articles": 0,
        "outlets": [],
        "languages": [],
        "severity": event.severity,
        "confidence": event.confidence,
        "threat_level": None,
    }


def _add(incident: dict[str, Any], event: Event, report: Report) -> None:
    incident["first_seen"] = min(incident["first_seen"], report.time)
    incident["last_update"] = max(incident["last_update"], report.time)
    if len(incident["event_ids"]) < MAX_MEMBERS:
        incident["event_ids"] = [*incident["event_ids"], event.id]
    if event.article.id not in incident["article_ids"]:
        incident["articles"] = incident.get("articles", len(incident["article_ids"])) + 1
        _union(incident, "article_ids", [event.article.id], limit=MAX_MEMBERS)
    _union(incident, "outlets", [event.article.source or event.article.id])
    _union(incident, "languages", [event.language])
    _union(incident, "places", [report.place] if report.place else [])
    _union(incident, "countries", sorted(report.countries))
    _union(incident, "actors", sorted(report.actors))
    _union(incident, "anchors", sorted(report.anchors), limit=MAX_ANCHORS * 3)
    for role in ("source", "target"):
        found = [a.model_dump(mode="json") for a in getattr(event.actors, role)]
        key = f"{role}_actors"
        known = {a["name"] for a in incident[key]}
        incident[key] = [*incident[key], *[a for a in found if a["name"] not in known]]
        incident[key] = incident[key][:MAX_ACTORS]
    location = event.location.model_dump(mode="json") if event.location else None
    if location and (incident["location"] is None or _finer(location, incident["location"])):
        incident["location"] = location
    if event.severity > incident["severity"]:
        incident["severity"] = event.severity
    incident["confidence"] = max(incident["confidence"], event.confidence)
    if event.threat_level is not None:
        incident["threat_level"] = event.threat_level.model_dump(mode="json")


def _finer(new: dict[str, Any], old: dict[str, Any]) -> bool:
    return old.get("lat") is None and new.get("lat") is not None


def _union(incident: dict[str, Any], field: str, values: list[str], limit: int = 0) -> None:
    known = incident[field]
    merged = known + [v for v in dict.fromkeys(values) if v not in known]
    incident[field] = merged[:limit] if limit else merged


def to_incident(state: dict[str, Any]) -> Incident:
    return Incident(
        id=state["id"],
        type=state["type"],
        title=state["title"],
        first_seen=_when(state["first_seen"]),
        last_update=_when(state["last_update"]),
        location=Location.model_validate(state["location"]) if state["location"] else None,
        actors=Actors(
            source=[Actor.model_validate(a) for a in state["source_actors"]],
            target=[Actor.model_validate(a) for a in state["target_actors"]],
        ),
        event_ids=list(state["event_ids"]),
        articles=state.get("articles", len(state["article_ids"])),
        outlets=len(state["outlets"]),
        languages=sorted(state["languages"]),
        severity=state["severity"],
        confidence=state["confidence"],
        threat_level=state["threat_level"],
    )


def _when(ts: float) -> datetime:
    return datetime.fromtimestamp(ts, UTC)
