"""Figures /metrics computes when scraped: worker consumer lag, index latency, feed health."""

from __future__ import annotations

import logging
import time
from datetime import datetime
from typing import Any

from eventwatch.dashboard.metrics import DashboardMetrics
from eventwatch.kafka_config import kafka_client_options, quiet_kafka_logs
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
        try:
            self._feeds(es)
        except Exception as exc:
            log.debug("feeds probe: %s", exc)

    def _feeds(self, es: Any) -> None:
        from eventwatch.indexers.feeds import feed_status_rows

        gauge = self._metrics.feed_health
        gauge.clear()  # removed feeds disappear from the scrape
        for row in feed_status_rows(es, self._settings.names):
            feed = row["id"]
            for measure in ("last_poll", "last_new_item"):
                if row[measure]:
                    stamp = _when(row[measure]).timestamp()
                    gauge.labels(feed=feed, measure=measure).set(stamp)
            gauge.labels(feed=feed, measure="items_per_hour").set(row["items_per_hour"])
            gauge.labels(feed=feed, measure="error").set(1 if row["last_error"] else 0)
            gauge.labels(feed=feed, measure="silent").set(1 if row["warning"] else 0)

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
        options = kafka_client_options(settings)
        with quiet_kafka_logs():  # the stream hub reports a broker it cannot use, once
            admin = KafkaAdminClient(
                bootstrap_servers=settings.kafka_bootstrap,
                client_id="eventwatch-dashboard-lag",
                **options,
            )
        consumer = KafkaConsumer(
            bootstrap_servers=settings.kafka_bootstrap,
            client_id="eventwatch-dashboard-lag",
            **options,
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
