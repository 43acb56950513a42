"""Reading a topic from the start, as the tests check what landed in the DLQ."""

from __future__ import annotations

import json
import time
from typing import Any

from eventwatch.kafka_config import kafka_client_options
from eventwatch.settings import Settings

FETCH_BYTES = 16 * 2**20  # dead letters carry articles of up to a few MiB


def read_json_records(
    bootstrap: str,
    topic: str,
    count: int,
    timeout: float,
    *,
    options: dict[str, Any] | None = None,
) -> list[dict[str, Any]]:
    """At least `count` JSON records of `topic` (all partitions, from the start), or all
    there are once `timeout` seconds have passed. `options`: security (kafka_client_options)."""
    from kafka import KafkaConsumer

    consumer = KafkaConsumer(
        topic,
        bootstrap_servers=bootstrap,
        auto_offset_reset="earliest",
        enable_auto_commit=False,
        consumer_timeout_ms=500,
        fetch_max_bytes=FETCH_BYTES,
        max_partition_fetch_bytes=FETCH_BYTES,
        **(options or {}),
    )
    records: list[dict[str, Any]] = []
    try:
        deadline = time.monotonic() + timeout
        while len(records) < count and time.monotonic() < deadline:
            records.extend(json.loads(m.value) for m in consumer)
    finally:
        consumer.close()
    return records


def dead_letters(settings: Settings, count: int, timeout: float = 30.0) -> list[dict[str, Any]]:
    """At least `count` records of the settings' DLQ topic, or all there are."""
    return read_json_records(
        settings.kafka_bootstrap,
        settings.names.dlq_topic,
        count,
        timeout,
        options=kafka_client_options(settings),
    )
