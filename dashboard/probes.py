"""Figures /metrics computes when scraped: worker consumer lag and index latency."""

from __future__ import annotations

import logging
import time
from datetime import datetime
from typing import Any

from eventwatch.dashboard.metrics import DashboardMetrics
from eventwatch.settings import Settings

log = logging.getLogger(__name__)
MIN_INTERVAL_S = 5.0


class Probes:
    """Refreshes the scrape-time gauges at most every few seconds."""

    def __init__(self, settings: Settings, metrics: DashboardMetrics) -> None:
        self._settings = settings
        self._metrics = metrics
        self._last = 0.0

    def refresh(self, es: Any) -> None:
        now = time.monotonic()
        if now - self._last < MIN_INTERVAL_S:
            return
        self._last = now
        self._metrics.refresh_rate()
        try:
            self._index_latency(es)
        except Exception as exc:  # a scrape must still answer when Elasticsearch is down
            log.debug("index latency probe: %s", exc)
        try:
            self._consumer_lag()
        except Exception as exc:
            log.debug("consumer lag probe: %s", exc)

    def _index_latency(self, es: Any) -> None:
        names = self._settings.names
        result = es.search(
            index=names.events_index,
            body={
                "size": 50,
                "sort": [{"indexed_at": {"order": "desc", "unmapped_type": "date"}}],
                "_source": ["tagged_at", "indexed_at"],
                "query": {"exists": {"field": "indexed_at"}},
            },
            ignore_unavailable=True,
        )
        delays = []
        for hit in result["hits"]["hits"]:
            source = hit["_source"]
            try:
                tagged = _when(source["tagged_at"])
                indexed = _when(source["indexed_at"])
            except (KeyError, ValueError, TypeError):
                continue
            delays.append((indexed - tagged).total_seconds())
        if delays:
            self._metrics.index_latency.set(sum(delays) / len(delays))

    def _consumer_lag(self) -> None:
        from kafka import KafkaAdminClient, KafkaConsumer

        settings = self._settings
        admin = KafkaAdminClient(
            bootstrap_servers=settings.kafka_bootstrap, client_id="eventwatch-dashboard-lag"
        )
        consumer = KafkaConsumer(
            bootstrap_servers=settings.kafka_bootstrap, client_id="eventwatch-dashboard-lag"
        )
        try:
            committed = admin.list_consumer_group_offsets(settings.consumer_group)
            topic = settings.names.articles_topic
            parts = [tp for tp in committed if tp.topic == topic]
            if not parts:
                return
            ends = consumer.end_offsets(parts)
            lag = sum(max(0, ends[tp] - committed[tp].offset) for tp in parts)
            self._metrics.consumer_lag.labels(topic=topic).set(lag)
        finally:
            consumer.close()
            admin.close()


def _when(value: str) -> datetime:
    return datetime.fromisoformat(str(value).replace("Z", "+00:00"))
