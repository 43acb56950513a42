"""`eventwatch bench alerts`: article-to-alert latency for `any` rules, end to end.

A real worker (tagger, indexer, alert agents) runs on a throwaway topic/index prefix;
articles go to Kafka at RATE per second and each article's first alert is read back
from the alerts topic. Latency: article sent -> alert on the alerts topic.
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from pathlib import Path
from typing import Any

from benchmarks.tagger import generated_texts
from eventwatch.errors import EventwatchError
from eventwatch.models import Article
from eventwatch.settings import Settings, get_settings

RATE = 50.0
DEFAULT_ARTICLES = 300
SETTLE_SECONDS = 10.0
READY_MARKERS = ("Worker ready", "tag_articles: tagger ready", "match_alerts: ")


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]


class AlertReader(threading.Thread):
    """Records when each article's first alert appears on the alerts topic."""

    def __init__(self, settings: Settings) -> None:
        super().__init__(daemon=True)
        from kafka import KafkaConsumer

        self.first: dict[str, float] = {}
        self.first_event: dict[str, float] = {}
        self.alerts_topic = settings.names.alerts_topic
        self.alerts = 0
        self.stopping = threading.Event()
        self.consumer = KafkaConsumer(
            settings.names.alerts_topic,
            settings.names.events_topic,
            bootstrap_servers=settings.kafka_bootstrap,
            auto_offset_reset="earliest",
            enable_auto_commit=False,
        )

    def run(self) -> None:
        while not self.stopping.is_set():
            for part, records in self.consumer.poll(timeout_ms=50).items():
                now = time.monotonic()
                for record in records:
                    if part.topic != self.alerts_topic:
                        article = json.loads(record.value)["article"]["id"]
                        self.first_event.setdefault(article, now)
                        continue
                    self.alerts += 1
                    for event in json.loads(record.value).get("events", []):
                        self.first.setdefault(event["article"]["id"], now)
        self.consumer.close()


def start_worker(env: dict[str, str], log_path: Path) -> subprocess.Popen[bytes]:
    with open(log_path, "wb") as log:
        proc = subprocess.Popen(
            [sys.executable, "-m", "streams.worker"], env=env, stdout=log, stderr=subprocess.STDOUT
        )
    deadline = time.monotonic() + 240
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise EventwatchError(f"bench alerts: the worker exited; see {log_path}")
        text = log_path.read_text(errors="replace")
        if all(marker in text for marker in READY_MARKERS):
            return proc
        time.sleep(0.5)
    proc.kill()
    raise EventwatchError("bench alerts: the worker did not get ready within 240 s")


def run(args: argparse.Namespace) -> dict[str, Any]:
    from alerts.store import create_rule
    from eventwatch.clients import require_elasticsearch
    from stack.cleanup import delete_prefixed_elasticsearch, delete_prefixed_kafka
    from streams.setup import ensure_topics

    base = get_settings()
    prefix = f"bench-alerts-{uuid.uuid4().hex[:8]}-"
    home = Path(tempfile.mkdtemp(prefix="eventwatch-bench-alerts-"))
    settings = base.model_copy(
        update={
            "topic_prefix": prefix,
            "index_prefix": prefix,
            "consumer_group": f"{prefix}eventwatch",
            "home": home,
        }
    )
    env = dict(os.environ)
    env.update(
        EVENTWATCH_TOPIC_PREFIX=prefix,
        EVENTWATCH_INDEX_PREFIX=prefix,
        EVENTWATCH_CONSUMER_GROUP=settings.consumer_group,
        EVENTWATCH_HOME=str(home),
    )
    n = args.limit or DEFAULT_ARTICLES
    proc = None
    try:
        es = require_elasticsearch(settings)
        ensure_topics(settings)
        rule = {"id": "bench-any", "kind": "any", "match": {}, "actions": [{"type": "log"}]}
        create_rule(es, settings.names, rule)
        proc = start_worker(env, home / "worker.log")
        return measure(settings, n)
    finally:
        if proc is not None and proc.poll() is None:
            proc.send_signal(signal.SIGTERM)
            try:
                proc.wait(60)
            except subprocess.TimeoutExpired:
                proc.kill()
        delete_prefixed_elasticsearch(settings.elasticsearch_url, prefix)
        delete_prefixed_kafka(settings.kafka_bootstrap, prefix)


def measure(settings: Settings, n: int) -> dict[str, Any]:
    from ingest.producer import ArticleProducer

    reader = AlertReader(settings)
    reader.start()
    texts = [text for _, text in generated_texts(n)]
    sent: dict[str, float] = {}
    run_id = uuid.uuid4().hex[:6]
    with ArticleProducer(settings) as producer:
        started = time.monotonic()
        for i, text in enumerate(texts):
            time.sleep(max(0.0, started + i / RATE - time.monotonic()))
            article = Article(id=f"{run_id}-{i}", text=text, language="en", title=f"Item {i}")
            sent[article.id] = time.monotonic()
            producer.send_article(article)
        producer.flush()
    elapsed = time.monotonic() - started
    last, quiet_since = -1, time.monotonic()
    while time.monotonic() - quiet_since < SETTLE_SECONDS:
        if len(reader.first) != last:
            last, quiet_since = len(reader.first), time.monotonic()
        time.sleep(0.2)
    reader.stopping.set()
    reader.join(5)
    latencies = [(reader.first[a] - t) * 1000 for a, t in sent.items() if a in reader.first]
    to_event = [(reader.first_event[a] - t) * 1000 for a, t in sent.items() if a in reader.first]
    if not latencies:
        raise EventwatchError("bench alerts: no alert came back")
    # the alerting share alone: first event on the events topic -> first alert
    matching = [
        (reader.first[a] - reader.first_event[a]) * 1000
        for a in reader.first
        if a in reader.first_event
    ]
    return {
        "rate": round(n / elapsed, 1),
        "articles": n,
        "articles_alerted": len(latencies),
        "alerts": reader.alerts,
        "alert_ms": {
            "p50": round(percentile(latencies, 0.5), 1),
            "p99": round(percentile(latencies, 0.99), 1),
        },
        # the same articles' first event on the events topic: the tagging share of alert_ms
        "event_ms": {
            "p50": round(percentile(to_event, 0.5), 1),
            "p99": round(percentile(to_event, 0.99), 1),
        },
        "event_to_alert_ms": {
            "p50": round(percentile(matching, 0.5), 1),
            "p99": round(percentile(matching, 0.99), 1),
        },
    }
