"""The Faust topics, declared from the deployment's names in one place."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from eventwatch.settings import Settings


@dataclass(frozen=True)
class Topics:
    articles: Any
    dlq: Any
    events: Any
    alerts: Any
    # Events go to the partition of their incident family (incidents.reports.event_partition).
    event_partitions: int = 1

    @classmethod
    def declare(cls, app: Any, settings: Settings) -> Topics:
        names = settings.names

        def raw(name: str) -> Any:
            # Raw bytes in and out: the agents validate and serialize themselves, so a
            # malformed message reaches our code (and the DLQ) instead of a codec crash.
            return app.topic(
                name,
                key_type=bytes,
                value_type=bytes,
                key_serializer="raw",
                value_serializer="raw",
                partitions=settings.articles_partitions,
            )

        return cls(
            articles=raw(names.articles_topic),
            dlq=raw(names.dlq_topic),
            events=raw(names.events_topic),
            alerts=raw(names.alerts_topic),
            event_partitions=settings.articles_partitions,
        )
