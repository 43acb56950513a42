"""Kafka topic and Elasticsearch index names, in one place.

Every name carries a configurable prefix so that tests (and several deployments
sharing one cluster) never collide.
"""

from __future__ import annotations

from dataclasses import dataclass

ARTICLES = "articles"
ARTICLES_DLQ = "articles.dlq"
EVENTS = "events"
ALERTS = "alerts"
FEEDS = "feeds"
# Events with the incident each joined (written by index_events, only those a rule may
# want): the input of the windowed and per-incident alert rules.
ASSIGNED_EVENTS = "alerts.input"

INDEX_ARTICLES = "eventwatch-articles"
INDEX_EVENTS = "eventwatch-events"
INDEX_INCIDENTS = "eventwatch-incidents"
INDEX_ALERTS = "eventwatch-alerts"
INDEX_RULES = "eventwatch-rules"
INDEX_FEEDS = "eventwatch-feeds"


@dataclass(frozen=True)
class Names:
    """Resolved names for one deployment (topic prefix + index prefix applied)."""

    topic_prefix: str = ""
    index_prefix: str = ""

    def topic(self, base: str) -> str:
        return f"{self.topic_prefix}{base}"

    def index(self, base: str) -> str:
        return f"{self.index_prefix}{base}"

    @property
    def articles_topic(self) -> str:
        return self.topic(ARTICLES)

    @property
    def dlq_topic(self) -> str:
        return self.topic(ARTICLES_DLQ)

    @property
    def events_topic(self) -> str:
        return self.topic(EVENTS)

    @property
    def alerts_topic(self) -> str:
        return self.topic(ALERTS)

    @property
    def assigned_events_topic(self) -> str:
        return self.topic(ASSIGNED_EVENTS)

    @property
    def articles_index(self) -> str:
        return self.index(INDEX_ARTICLES)

    @property
    def events_index(self) -> str:
        return self.index(INDEX_EVENTS)

    @property
    def incidents_index(self) -> str:
        return self.index(INDEX_INCIDENTS)

    @property
    def alerts_index(self) -> str:
        return self.index(INDEX_ALERTS)

    @property
    def rules_index(self) -> str:
        return self.index(INDEX_RULES)

    @property
    def feeds_topic(self) -> str:
        return self.topic(FEEDS)

    @property
    def feeds_index(self) -> str:
        return self.index(INDEX_FEEDS)
