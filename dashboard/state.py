"""What one dashboard process holds: settings, keys, clients, metrics, the live stream."""

from __future__ import annotations

import threading
from typing import Any

from eventwatch.clients import elasticsearch_client
from eventwatch.dashboard.auth import KeyRing
from eventwatch.dashboard.metrics import DashboardMetrics
from eventwatch.dashboard.probes import Probes
from eventwatch.dashboard.revocations import Revocations
from eventwatch.dashboard.stream import StreamHub
from eventwatch.dashboard.throttle import FailureThrottle
from eventwatch.ingest.producer import ArticleProducer
from eventwatch.settings import Settings
from eventwatch.streams.incident_batches import STATE_TABLE
from eventwatch.streams.naming import changelog_topic


class DashboardState:
    def __init__(self, settings: Settings, *, keyring: KeyRing | None = None) -> None:
        self.settings = settings
        secret = settings.session_secret.get_secret_value() if settings.session_secret else ""
        # Cookies signed with a configured secret outlive a restart: so must their revocations.
        revoked_file = settings.home / "dashboard" / "revoked-sessions" if secret else None
        self.keyring = keyring or KeyRing(
            settings.api_keys, secret=secret or None, revocations=Revocations(revoked_file)
        )
        self.throttle = FailureThrottle()
        self.metrics = DashboardMetrics()
        self.probes = Probes(settings, self.metrics)
        names = settings.names
        self.hub = StreamHub(
            settings,
            {
                names.events_topic: "event",
                names.alerts_topic: "alert",
                # Each incident's state, once per batch that changed it.
                changelog_topic(settings, STATE_TABLE): "incident",
            },
            self.metrics,
        )
        self._es: Any = None
        self._producer: Any = None
        self._lock = threading.Lock()

    def elasticsearch(self) -> Any:
        with self._lock:
            if self._es is None:
                self._es = elasticsearch_client(self.settings, timeout=10)
            return self._es

    def producer(self) -> Any:
        """The ingest ArticleProducer for POST /api/articles, opened on first use."""
        with self._lock:
            if self._producer is None:
                self._producer = ArticleProducer(self.settings).open()
            return self._producer

    def close(self) -> None:
        self.hub.stop()
        if self._producer is not None:
            self._producer.close()
        if self._es is not None:
            self._es.close()
