"""Helpers for the bad-input tests: the CLI as a subprocess, the DLQ, the real worker."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from waiting import wait_for  # noqa: F401  (re-exported for the tests)

from eventwatch.settings import Settings

READY_MARKERS = ("Worker ready", "tag_articles: tagger ready")


def cli(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    """`eventwatch ARGS` with the test's EVENTWATCH_* environment (test_settings exports it)."""
    return subprocess.run(
        [sys.executable, "-m", "eventwatch.cli", *args],
        env=dict(os.environ),
        input=stdin,
        capture_output=True,
        timeout=180,
    )


def dead_letters(settings: Settings, count: int, timeout: float = 30.0) -> list[dict[str, Any]]:
    """At least `count` DLQ records (all partitions, from the start), or all there are."""
    from kafka import KafkaConsumer

    consumer = KafkaConsumer(
        settings.names.dlq_topic,
        bootstrap_servers=settings.kafka_bootstrap,
        auto_offset_reset="earliest",
        enable_auto_commit=False,
        consumer_timeout_ms=500,
        fetch_max_bytes=16 * 2**20,
        max_partition_fetch_bytes=16 * 2**20,
    )
    records: list[dict[str, Any]] = []
    try:
        deadline = time.monotonic() + timeout
        while len(records) < count and time.monotonic() < deadline:
            records.extend(json.loads(m.value) for m in consumer)
    finally:
        consumer.close()
    return records


def original_bytes(record: dict[str, Any]) -> bytes:
    from ingest.dlq import decode_original

    return decode_original(record)


@contextmanager
def running_worker(log_path: Path, timeout: float = 120.0) -> Iterator[subprocess.Popen[bytes]]:
    """`eventwatch worker` (the supervisor and its Faust worker), stopped with SIGTERM."""
    with open(log_path, "wb") as log:
        proc = subprocess.Popen(
            [sys.executable, "-m", "eventwatch.cli", "worker"],
            env=dict(os.environ),
            stdout=log,
            stderr=subprocess.STDOUT,
        )
    try:
        wait_for(
            lambda: proc.poll() is not None or _ready(log_path),
            timeout=timeout,
            what="worker start",
        )
        assert proc.poll() is None, tail(log_path)
        yield proc
    finally:
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(60)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def _ready(path: Path) -> bool:
    text = path.read_text(errors="replace")
    return all(marker in text for marker in READY_MARKERS)


def tail(path: Path, lines: int = 30) -> str:
    return "\n".join(path.read_text(errors="replace").splitlines()[-lines:])
