"""The documents that flow through eventwatch: Article -> Event -> Alert.

These pydantic models are the contract of SPEC sections 4-6; the JSON they dump is
what goes on the Kafka topics, into Elasticsearch and out of the CLI and API.
"""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Literal

from pydantic import BaseModel, ConfigDict, Field

from eventwatch.taxonomy import event_types

EVENT_TYPES: tuple[str, ...] = event_types()
if TYPE_CHECKING:
    EventType = str
else:  # the types of eventwatch/data/taxonomy.json, as an enum in validation and JSON Schema
    EventType = Literal[EVENT_TYPES]

Modality = Literal["asserted", "negated", "hypothetical", "future", "historical"]
ActorKind = Literal["state", "person", "organization", "group"]
ThreatNormalized = Literal["low", "elevated", "high", "critical"]
TextSource = Literal["feed", "page"]


def utcnow() -> datetime:
    return datetime.now(UTC)


def stable_id(*parts: str, length: int = 24) -> str:
    """A deterministic id from its parts: replays and restarts produce the same id."""
    digest = hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()
    return digest[:length]


class Article(BaseModel):
    """An input article (SPEC section 4). Validation lives in eventwatch.articles."""

    model_config = ConfigDict(extra="ignore")

    id: str
    text: str
    title: str | None = None
    url: str | None = None
    source: str | None = None
    language: str | None = None
    published_at: datetime | None = None
    # Stamped once where the article enters (eventwatch.articles.receive_article) and kept.
    received_at: datetime = Field(default_factory=utcnow)
    # When a worker took it off the articles topic: received_at -> picked_at is queueing.
    picked_at: datetime | None = None
    # Articles from the feed poller: the feed's id, and whether `text` is the article page's
    # main text or only what the feed entry carried (the page could not be had).
    feed: str | None = None
    text_source: TextSource | None = None


class Actor(BaseModel):
    name: str
    kind: ActorKind
    country: str | None = None


class Actors(BaseModel):
    source: list[Actor] = Field(default_factory=list)
    target: list[Actor] = Field(default_factory=list)


class Location(BaseModel):
    name: str
    country: str | None = None
    lat: float | None = None
    lon: float | None = None


class Evidence(BaseModel):
    text: str
    start: int
    end: int


ThreatDirection = Literal["raised", "lowered", "maintained", "issued"]


class ThreatLevel(BaseModel):
    """A terror_alert's level: `level` in the system's own words, its place (`rank` of `of`,
    1 = lowest) on the national scale `system`, and the change the text reports."""

    level: str
    normalized: ThreatNormalized
    system: str | None = None
    rank: int | None = Field(default=None, ge=1)
    of: int | None = Field(default=None, ge=1)
    direction: ThreatDirection | None = None
    previous: str | None = None


class Plover(BaseModel):
    type: str
    mode: str | None = None
    context: str | None = None


class ArticleRef(BaseModel):
    id: str
    title: str | None = None
    url: str | None = None
    source: str | None = None
    published_at: datetime | None = None


class Event(BaseModel):
    """A tagged event (SPEC section 5)."""

    id: str
    type: EventType
    cameo: str | None = None
    summary: str
    actors: Actors = Field(default_factory=Actors)
    location: Location | None = None
    evidence: Evidence
    confidence: float = Field(ge=0.0, le=1.0)
    severity: int = Field(ge=1, le=5)
    threat_level: ThreatLevel | None = None
    modality: Modality = "asserted"
    plover: Plover | None = None
    tagger_version: str
    language: str
    article: ArticleRef
    received_at: datetime | None = None
    picked_at: datetime | None = None
    tagged_at: datetime | None = None
    indexed_at: datetime | None = None
    incident_id: str | None = None

    @staticmethod
    def make_id(article_id: str, event_type: str, start: int, end: int) -> str:
        return stable_id(article_id, event_type, str(start), str(end))


class Incident(BaseModel):
    """One happening however many reports describe it (SPEC section 5, incident document)."""

    id: str
    type: EventType
    title: str
    first_seen: datetime
    last_update: datetime
    location: Location | None = None
    actors: Actors = Field(default_factory=Actors)
    event_ids: list[str] = Field(default_factory=list)
    articles: int = Field(0, ge=0)
    outlets: int = Field(0, ge=0)
    languages: list[str] = Field(default_factory=list)
    severity: int = Field(1, ge=1, le=5)
    confidence: float = Field(0.0, ge=0.0, le=1.0)
    threat_level: ThreatLevel | None = None

    @staticmethod
    def make_id(first_event_id: str) -> str:
        return stable_id("incident", first_event_id)


class AssignedEvent(BaseModel):
    """An event with the incident it joined, as the incident agent passes it on to alerts."""

    event: Event
    incident: Incident


class Delivery(BaseModel):
    action: str
    status: Literal["sent", "failed", "skipped"]
    error: str | None = None
    attempts: int = 1


class Alert(BaseModel):
    """A fired alert (SPEC section 6)."""

    id: str
    rule_id: str
    rule_name: str | None = None
    fired_at: datetime = Field(default_factory=utcnow)
    group: str = ""
    count: int = 1
    events: list[Event] = Field(default_factory=list)
    summary: str
    deliveries: list[Delivery] = Field(default_factory=list)
    acknowledged: bool = False
    incident: Incident | None = None
