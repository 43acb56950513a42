"""Index templates (settings + mappings) for articles, events, incidents, alerts and rules,
versioned.

Bump a kind's `version` whenever its mapping or analysis changes: `ensure_indices` then
creates the next versioned index, reindexes into it and swaps the alias.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from eventwatch.indexers.analysis import analysis_settings, multilingual_text
from eventwatch.names import Names

# Searchable within about a second: the article-to-searchable target is p99 <= 2 s.
REFRESH_INTERVAL = "1s"


@dataclass(frozen=True)
class IndexSpec:
    """One logical index: reached by `alias`, stored in `<alias>-v<version>`."""

    kind: str
    version: int
    mappings: dict[str, Any]
    settings: dict[str, Any] = field(default_factory=dict)

    def alias(self, names: Names) -> str:
        return names.index(f"eventwatch-{self.kind}")

    def index_name(self, names: Names) -> str:
        return f"{self.alias(names)}-v{self.version}"

    def template_name(self, names: Names) -> str:
        return self.alias(names)

    def body(self) -> dict[str, Any]:
        mappings = {**self.mappings, "_meta": {"eventwatch_version": self.version}}
        return {"settings": self.index_settings(), "mappings": mappings}

    def index_settings(self) -> dict[str, Any]:
        return {
            "number_of_shards": 1,
            "number_of_replicas": 0,
            "refresh_interval": REFRESH_INTERVAL,
            "analysis": analysis_settings(),
            **self.settings,
        }


KEYWORD = {"type": "keyword"}
DATE = {"type": "date"}


def _actor_side() -> dict[str, Any]:
    return {
        "properties": {
            "name": {
                "type": "text",
                "analyzer": "ew_folded",
                "copy_to": "actor_names",
                "fields": {"lower": {"type": "keyword", "normalizer": "ew_lower"}},
            },
            "kind": KEYWORD,
            "country": KEYWORD,
        }
    }


def event_properties() -> dict[str, Any]:
    return {
        "id": KEYWORD,
        "type": KEYWORD,
        "cameo": KEYWORD,
        "summary": multilingual_text(),
        "actors": {"properties": {"source": _actor_side(), "target": _actor_side()}},
        # Filled by copy_to from both sides: one field for the actor filter and facet.
        "actor_names": {
            "type": "keyword",
            "fields": {"lower": {"type": "keyword", "normalizer": "ew_lower"}},
        },
        "location": {
            "properties": {
                "name": {"type": "text", "fields": {"keyword": KEYWORD}},
                "country": KEYWORD,
                "lat": {"type": "float"},
                "lon": {"type": "float"},
                "point": {"type": "geo_point", "ignore_malformed": True},
            }
        },
        "evidence": {
            "properties": {
                "text": multilingual_text(),
                "start": {"type": "integer"},
                "end": {"type": "integer"},
            }
        },
        "confidence": {"type": "float"},
        "severity": {"type": "integer"},
        "threat_level": {
            "properties": {
                "level": KEYWORD,
                "normalized": KEYWORD,
                # v2: the place on the national scale and the change (issue 13)
                "system": KEYWORD,
                "rank": {"type": "integer"},
                "of": {"type": "integer"},
                "direction": KEYWORD,
                "previous": KEYWORD,
            }
        },
        "modality": KEYWORD,
        "plover": {"properties": {"type": KEYWORD, "mode": KEYWORD, "context": KEYWORD}},
        "tagger_version": KEYWORD,
        "language": KEYWORD,
        "article": {
            "properties": {
                "id": KEYWORD,
                "title": multilingual_text(),
                "url": KEYWORD,
                "source": KEYWORD,
                "published_at": DATE,
            }
        },
        "received_at": DATE,
        "picked_at": DATE,  # v3
        "tagged_at": DATE,
        "indexed_at": DATE,
    }


EVENTS = IndexSpec(
    kind="events",
    version=4,  # v2: threat_level rank/direction; v3: picked_at; v4: incident_id
    mappings={"dynamic": False, "properties": {**event_properties(), "incident_id": KEYWORD}},
)

INCIDENTS = IndexSpec(
    kind="incidents",
    version=1,
    mappings={
        "dynamic": False,
        "properties": {
            "id": KEYWORD,
            "type": KEYWORD,
            "title": multilingual_text(),
            "first_seen": DATE,
            "last_update": DATE,
            "location": event_properties()["location"],
            "actors": {"properties": {"source": _actor_side(), "target": _actor_side()}},
            "actor_names": event_properties()["actor_names"],
            "event_ids": KEYWORD,
            "articles": {"type": "integer"},
            "outlets": {"type": "integer"},
            "languages": KEYWORD,
            "severity": {"type": "integer"},
            "confidence": {"type": "float"},
            "threat_level": {"properties": {"level": KEYWORD, "normalized": KEYWORD}},
        },
    },
)

ARTICLES = IndexSpec(
    kind="articles",
    version=3,
    mappings={
        "dynamic": False,
        "properties": {
            "id": KEYWORD,
            "title": multilingual_text(),
            # v3: the body is analysed once, language-neutral. Analysts search events (evidence,
            # summary and title keep a subfield per language); a subfield per language for every
            # article body tripled Elasticsearch's CPU for indexing articles.
            "text": {"type": "text", "analyzer": "ew_folded"},
            "url": KEYWORD,
            "source": KEYWORD,
            "language": KEYWORD,
            "published_at": DATE,
            "received_at": DATE,
            "indexed_at": DATE,
            "tagged_at": DATE,  # v2: written by streams' tag_articles
        },
    },
)

ALERTS = IndexSpec(
    kind="alerts",
    version=1,
    mappings={
        "dynamic": False,
        "properties": {
            "id": KEYWORD,
            "rule_id": KEYWORD,
            "rule_name": {"type": "text", "fields": {"keyword": KEYWORD}},
            "fired_at": DATE,
            "group": KEYWORD,
            "count": {"type": "integer"},
            "summary": {"type": "text"},
            "acknowledged": {"type": "boolean"},
            "events": {"type": "object", "enabled": False},
            "deliveries": {
                "properties": {
                    "action": KEYWORD,
                    "status": KEYWORD,
                    "error": {"type": "text"},
                    "attempts": {"type": "integer"},
                }
            },
        },
    },
)

# Rules percolate events, so the rules index maps every event field exactly as the
# events index does, next to the stored rule and its percolator query.
RULES = IndexSpec(
    kind="rules",
    version=1,
    mappings={
        "dynamic": False,
        "properties": {
            **event_properties(),
            "query": {"type": "percolator"},
            "rule": {"type": "object", "enabled": False},
            "rule_id": KEYWORD,
            "kind": KEYWORD,
            "enabled": {"type": "boolean"},
            "updated_at": DATE,
        },
    },
)

# Watched feeds (SPEC section 7): the validated configuration, and the poller's health
# snapshot that the workers copy here after each poll (the state itself is in a Faust table).
FEEDS = IndexSpec(
    kind="feeds",
    version=1,
    mappings={
        "dynamic": False,
        "properties": {
            "feed_id": KEYWORD,
            "feed": {"type": "object", "enabled": False},
            "updated_at": DATE,
            "status": {
                "properties": {
                    "last_poll": DATE,
                    "last_new_item": DATE,
                    "last_error": {"type": "text"},
                    "items_per_hour": {"type": "float"},
                }
            },
        },
    },
)

ALL_SPECS: tuple[IndexSpec, ...] = (ARTICLES, EVENTS, INCIDENTS, ALERTS, RULES, FEEDS)
