"""Live events, incidents and alerts for /api/stream: one Kafka consumer thread, many clients.

The consumer has no group and commits nothing: every dashboard process sees every new
message, and a restart starts at the end of the topics (live means from now on). Topics
that appear after start-up are read from their beginning, since all of it is new.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import threading
import time
from datetime import datetime
from typing import Any

from eventwatch.dashboard.metrics import DashboardMetrics
from eventwatch.incidents.assign import to_incident
from eventwatch.kafka_config import kafka_client_options, quiet_kafka_logs
from eventwatch.kafka_probe import kafka_connection_problem
from eventwatch.settings import Settings

log = logging.getLogger(__name__)
QUEUE_SIZE = 500
REFRESH_TOPICS_S = 2.0
RETRY_MIN_S = 2.0
RETRY_MAX_S = 30.0


class StreamHub:
    def __init__(
        self, settings: Settings, topics: dict[str, str], metrics: DashboardMetrics
    ) -> None:
        self._settings = settings
        self._kinds = topics  # topic name -> "event" | "alert"
        self._metrics = metrics
        self._clients: set[asyncio.Queue] = set()
        self._loop: asyncio.AbstractEventLoop | None = None
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self.connected = False
        self.problem: str | None = None  # why the broker cannot be used, said once in the log

    def start(self, loop: asyncio.AbstractEventLoop) -> None:
        self._loop = loop
        self._thread = threading.Thread(target=self._run, name="eventwatch-stream", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout=5)

    def subscribe(self) -> asyncio.Queue:
        queue: asyncio.Queue = asyncio.Queue(maxsize=QUEUE_SIZE)
        self._clients.add(queue)
        self._metrics.stream_clients.set(len(self._clients))
        return queue

    def unsubscribe(self, queue: asyncio.Queue) -> None:
        self._clients.discard(queue)
        self._metrics.stream_clients.set(len(self._clients))

    def publish(self, kind: str, document: dict[str, Any]) -> None:
        """Fan one message out to every client (event loop thread only)."""
        for queue in list(self._clients):
            with contextlib.suppress(asyncio.QueueFull):  # a stalled client loses, others don't
                queue.put_nowait((kind, document))

    def _run(self) -> None:
        delay = RETRY_MIN_S
        while not self._stop.is_set():
            try:
                # kafka-python's consumer connects lazily and would look healthy while the
                # broker refuses our credentials: ask first, with one plain connection.
                problem = kafka_connection_problem(self._settings, timeout=5)
                if problem is None:
                    with quiet_kafka_logs():
                        self._consume()
                    delay = RETRY_MIN_S
                    continue
            except Exception as exc:  # broker gone mid-stream, or settings refused
                problem = self._diagnose(exc)
            # Say why once, then retry quietly until the reason changes or it works.
            self.connected = False
            if problem != self.problem:
                log.error("live stream: %s (retrying quietly)", problem)
                self.problem = problem
            self._stop.wait(delay)
            delay = min(delay * 2, RETRY_MAX_S)

    def _diagnose(self, exc: Exception) -> str:
        try:
            problem = kafka_connection_problem(self._settings, timeout=5)
        except Exception as probe_exc:  # e.g. settings refused: that is the reason
            return str(probe_exc)
        return problem or f"Kafka consumer failed: {type(exc).__name__}"

    def _consume(self) -> None:
        from kafka import KafkaConsumer

        consumer = KafkaConsumer(
            bootstrap_servers=self._settings.kafka_bootstrap,
            group_id=None,
            enable_auto_commit=False,
            fetch_max_wait_ms=100,
            client_id="eventwatch-dashboard",
            **kafka_client_options(self._settings),
        )
        try:
            assigned: set[Any] = set()
            first = True
            next_refresh = 0.0
            while not self._stop.is_set():
                if time.monotonic() >= next_refresh:
                    assigned = self._assign(consumer, assigned, from_end=first)
                    first = False
                    next_refresh = time.monotonic() + REFRESH_TOPICS_S
                    self._connected_now()
                if not assigned:
                    self._stop.wait(0.2)
                    continue
                for records in consumer.poll(timeout_ms=200).values():
                    for record in records:
                        self._handle(record.topic, record.value)
        finally:
            consumer.close()

    def _connected_now(self) -> None:
        if self.problem is not None:
            log.info("live stream: connected to Kafka")
            self.problem = None
        self.connected = True

    def _assign(self, consumer: Any, assigned: set[Any], *, from_end: bool) -> set[Any]:
        from kafka import TopicPartition

        consumer.topics()  # refreshes metadata so new topics become visible
        wanted: set[Any] = set()
        for topic in self._kinds:
            for partition in consumer.partitions_for_topic(topic) or ():
                wanted.add(TopicPartition(topic, partition))
        new = wanted - assigned
        if new:
            # assign() forgets positions; keep those of partitions we were already reading
            kept = {tp: consumer.position(tp) for tp in assigned & wanted}
            consumer.assign(list(wanted))
            for tp, offset in kept.items():
                consumer.seek(tp, offset)
            if from_end:
                consumer.seek_to_end(*new)
            else:
                consumer.seek_to_beginning(*new)
        return wanted

    def _handle(self, topic: str, raw: bytes | None) -> None:
        kind = self._kinds.get(topic)
        if kind is None or raw is None:
            return
        try:
            document = json.loads(raw)
        except (ValueError, UnicodeDecodeError):
            return  # not ours to judge; the worker's DLQ handles bad input
        if not isinstance(document, dict):
            return
        if kind == "incident":  # the incident table's state: passed on as the incident
            try:
                document = to_incident(document).model_dump(mode="json")
            except (KeyError, TypeError, ValueError):
                return
        elif kind == "event":
            self._metrics.saw_event(str(document.get("type")), _latency(document))
        else:
            self._metrics.saw_alert(str(document.get("rule_id")), document.get("deliveries") or [])
        if self._loop is not None and not self._loop.is_closed():
            self._loop.call_soon_threadsafe(self.publish, kind, document)


def _latency(event: dict[str, Any]) -> float | None:
    try:
        received = datetime.fromisoformat(str(event["received_at"]).replace("Z", "+00:00"))
        tagged = datetime.fromisoformat(str(event["tagged_at"]).replace("Z", "+00:00"))
    except (KeyError, ValueError):
        return None
    return (tagged - received).total_seconds()
