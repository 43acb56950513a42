"""Prometheus metrics of one dashboard process, in their own registry (one per app)."""

from __future__ import annotations

import threading
import time
from collections import deque

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram

RATE_WINDOW_S = 60.0


class DashboardMetrics:
    def __init__(self) -> None:
        self.registry = CollectorRegistry()
        r = self.registry
        self.events = Counter(
            "eventwatch_events_seen", "Events seen on the events topic", ["type"], registry=r
        )
        self.events_per_second = Gauge(
            "eventwatch_events_per_second",
            f"Events per second on the events topic over the last {RATE_WINDOW_S:.0f} s",
            registry=r,
        )
        self.alerts_fired = Counter(
            "eventwatch_alerts_fired", "Alerts seen on the alerts topic (all rules)", registry=r
        )
        # Rule ids say what is watched: only callers with a key get the per-rule series.
        self.rule_registry = CollectorRegistry()
        self.alerts = Counter(
            "eventwatch_alerts_seen",
            "Alerts seen on the alerts topic",
            ["rule_id"],
            registry=self.rule_registry,
        )
        self.deliveries = Counter(
            "eventwatch_alert_deliveries",
            "Alert deliveries by action and status (sent, failed, skipped)",
            ["action", "status"],
            registry=r,
        )
        self.tag_latency = Histogram(
            "eventwatch_tag_latency_seconds",
            "From article received to event tagged",
            buckets=(0.05, 0.1, 0.25, 0.5, 1, 2, 5, 10, 30),
            registry=r,
        )
        self.index_latency = Gauge(
            "eventwatch_index_latency_seconds",
            "Mean time from tagged to indexed over the latest indexed events",
            registry=r,
        )
        self.consumer_lag = Gauge(
            "eventwatch_consumer_lag",
            "Messages on a topic not yet consumed by the worker group",
            ["topic"],
            registry=r,
        )
        self.stream_clients = Gauge(
            "eventwatch_stream_clients", "Open /api/stream connections", registry=r
        )
        self.feed_health = Gauge(
            "eventwatch_feed",
            "Per watched feed: last_poll / last_new_item (Unix seconds), items_per_hour, "
            "error (1 when its last poll failed), silent (1 when quiet for longer than usual)",
            ["feed", "measure"],
            registry=r,
        )
        self._times: deque[float] = deque()
        self._lock = threading.Lock()

    def saw_event(self, event_type: str, tag_latency_s: float | None) -> None:
        self.events.labels(type=event_type).inc()
        if tag_latency_s is not None and tag_latency_s >= 0:
            self.tag_latency.observe(tag_latency_s)
        now = time.monotonic()
        with self._lock:
            self._times.append(now)
        self.refresh_rate(now)

    def refresh_rate(self, now: float | None = None) -> None:
        now = time.monotonic() if now is None else now
        with self._lock:
            while self._times and now - self._times[0] > RATE_WINDOW_S:
                self._times.popleft()
            self.events_per_second.set(len(self._times) / RATE_WINDOW_S)

    def saw_alert(self, rule_id: str, deliveries: list[dict]) -> None:
        self.alerts_fired.inc()
        self.alerts.labels(rule_id=rule_id).inc()
        for delivery in deliveries:
            self.deliveries.labels(
                action=str(delivery.get("action", "unknown")),
                status=str(delivery.get("status", "unknown")),
            ).inc()
