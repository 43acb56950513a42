"""Fault tests' helpers: a stream of our own articles at a fixed rate, the worker as users
run it, and the exactly-once accounting every fault test ends with."""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from waiting import wait_for  # noqa: F401  (re-exported for the tests)

from eventwatch.settings import Settings

READY_MARKERS = ("Worker ready", "tag_articles: tagger ready")
ANY_RULE = """\
id: fault-any
name: Every event (fault tests)
kind: any
match: {}
actions: [{type: log}]
"""
TEMPLATES = [
    ("en", "Police arrested {n} terror suspects in a raid in Manchester on Monday."),
    ("en", "Thousands of people protested in Lisbon against rising rents, report {n}."),
    ("de", "Die Polizei hat in Köln {n} Terrorverdächtige festgenommen."),
    ("en", "The museum in Porto reopened after renovation works, visitor number {n}."),
    ("de", "Das Wetter in Bremen bleibt am Wochenende freundlich, Meldung {n}."),
    ("en", "A car bomb exploded near a police station in Mosul, killing {n} people."),
]


def articles(count: int, run: str) -> list[dict[str, Any]]:
    return [
        {
            "url": f"https://faults.example.org/{run}/{n}",
            "language": lang,
            "text": text.format(n=n + 2),
        }
        for n in range(count)
        for lang, text in [TEMPLATES[n % len(TEMPLATES)]]
    ]


def expected_ids(items: list[dict[str, Any]]) -> tuple[set[str], set[str]]:
    """(article ids, event ids) as the in-process tagger sees them, with no fault at all."""
    from eventwatch.articles import parse_article_dict
    from tagging import Tagger

    parsed = [parse_article_dict(a) for a in items]
    tagged = Tagger().tag_batch(parsed)
    return {a.id for a in parsed}, {e.id for events in tagged for e in events}


def cli(*args: str) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "eventwatch.cli", *args],
        env=dict(os.environ),
        capture_output=True,
        timeout=180,
    )


class Producer(threading.Thread):
    """Sends `items` at `rate` per second; kafka-python buffers and retries through an
    outage of the broker (delivery_timeout generous), and any failure is kept."""

    def __init__(self, settings: Settings, items: list[dict[str, Any]], rate: float) -> None:
        super().__init__(daemon=True)
        self.settings = settings
        self.items = items
        self.rate = rate
        self.errors: list[str] = []
        self.sent = 0
        self.done = False
        self.halt = threading.Event()

    def __enter__(self) -> Producer:
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.halt.set()  # a failed test must not leave it sending into deleted topics
        self.join(60)

    def run(self) -> None:
        from kafka import KafkaProducer

        producer = KafkaProducer(
            bootstrap_servers=self.settings.kafka_bootstrap,
            acks="all",
            retries=1000,
            retry_backoff_ms=500,
            delivery_timeout_ms=180_000,
            request_timeout_ms=10_000,
            max_block_ms=120_000,
        )
        started = time.monotonic()
        try:
            for n, item in enumerate(self.items):
                if self.halt.wait(max(0.0, started + n / self.rate - time.monotonic())):
                    return
                future = producer.send(
                    self.settings.names.articles_topic,
                    key=item["url"].encode(),
                    value=json.dumps(item).encode(),
                )
                future.add_errback(lambda exc: self.errors.append(repr(exc)))
                self.sent += 1
            producer.flush(180)
            self.done = True
        except Exception as exc:  # reported by the test, not lost in a thread
            self.errors.append(repr(exc))
        finally:
            producer.close(30)


@dataclass
class Worker:
    log_path: Path
    proc: subprocess.Popen[bytes] | None = None
    started: list[int] = field(default_factory=list)

    def start(self, timeout: float = 120.0) -> None:
        offset = self.log_path.stat().st_size if self.log_path.exists() else 0
        with open(self.log_path, "ab") as log:
            self.proc = subprocess.Popen(
                [sys.executable, "-m", "eventwatch.cli", "worker"],
                env=dict(os.environ),
                stdout=log,
                stderr=subprocess.STDOUT,
            )
        wait_for(
            lambda: self.proc.poll() is not None or self._ready(offset),
            timeout=timeout,
            what="worker start",
        )
        assert self.proc.poll() is None, self.tail()

    def _ready(self, offset: int) -> bool:
        text = self.log_path.read_bytes()[offset:].decode(errors="replace")
        return all(marker in text for marker in READY_MARKERS)

    def faust_pid(self) -> int | None:
        import psutil

        for child in psutil.Process(self.proc.pid).children():
            try:
                if child.status() != psutil.STATUS_ZOMBIE and "streams.worker" in " ".join(
                    child.cmdline()
                ):
                    return child.pid
            except psutil.Error:  # exiting right now
                continue
        return None

    def stop(self) -> None:
        if self.proc is None or self.proc.poll() is not None:
            return
        self.proc.send_signal(signal.SIGTERM)
        try:
            self.proc.wait(60)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()

    def tail(self, lines: int = 40) -> str:
        return "\n".join(self.log_path.read_text(errors="replace").splitlines()[-lines:])

    def alert_deliveries(self) -> list[dict[str, Any]]:
        """What the log action delivered: one JSON record per delivery, in order."""
        found = re.findall(r"alert (\{.*\})", self.log_path.read_text(errors="replace"))
        return [json.loads(line) for line in found]


def indexed_ids(es: Any, index: str) -> tuple[int, set[str]]:
    """(document count, distinct ids) of an index; (0, set()) while it does not exist."""
    from elasticsearch import NotFoundError

    try:
        es.indices.refresh(index=index)
        total = es.count(index=index)["count"]
        hits = es.search(index=index, body={"size": 10_000, "_source": False})["hits"]["hits"]
    except NotFoundError:
        return 0, set()
    return total, {h["_id"] for h in hits}


def alert_event_ids(es: Any, index: str) -> tuple[int, set[str], list[str]]:
    """(alert docs, distinct alert ids, event ids the alerts carry, with repeats)."""
    from elasticsearch import NotFoundError

    try:
        es.indices.refresh(index=index)
        hits = es.search(index=index, body={"size": 10_000})["hits"]["hits"]
    except NotFoundError:
        return 0, set(), []
    events = [e["id"] for h in hits for e in h["_source"].get("events", [])]
    return len(hits), {h["_id"] for h in hits}, events
