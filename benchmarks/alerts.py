"""`eventwatch bench alerts`: article-to-alert latency for `any` rules, end to end.

A real worker (tagger, indexer, alert agents) runs on a throwaway topic/index prefix;
articles go to Kafka at RATE per second and each article's first alert is read back
from the alerts topic. Latency: article sent -> alert on the alerts topic.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from pathlib import Path
from typing import Any

from eventwatch.alerts.store import create_rule
from eventwatch.benchmarks.tagger import generated_texts
from eventwatch.clients import require_elasticsearch
from eventwatch.errors import EventwatchError
from eventwatch.indexers.setup import ensure_alert_indices
from eventwatch.ingest.producer import ArticleProducer
from eventwatch.kafka_config import kafka_client_options
from eventwatch.models import Article
from eventwatch.settings import Settings, get_settings
from eventwatch.stack.cleanup import delete_prefixed_elasticsearch, delete_prefixed_kafka
from eventwatch.streams.agents.match_alerts import INPUT_TOPIC
from eventwatch.streams.setup import ensure_topics

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
        self.first_input: dict[str, float] = {}  # on the alert matcher's own input topic
        self.alerts_topic = settings.names.alerts_topic
        self.input_topic = settings.names.topic(INPUT_TOPIC)
        self.alerts = 0
        self.stopping = threading.Event()
        self.consumer = KafkaConsumer(
            settings.names.alerts_topic,
            settings.names.events_topic,
            self.input_topic,
            bootstrap_servers=settings.kafka_bootstrap,
            auto_offset_reset="earliest",
            enable_auto_commit=False,
            fetch_max_wait_ms=20,  # the harness must not add its own wait to the figures
            **kafka_client_options(settings),
        )

    def run(self) -> None:
        while not self.stopping.is_set():
            for part, records in self.consumer.poll(timeout_ms=50).items():
                now = time.monotonic()
                for record in records:
                    if part.topic != self.alerts_topic:
                        article = json.loads(record.value)["article"]["id"]
                        seen = self.first_input if part.topic == self.input_topic else None
                        (seen if seen is not None else self.first_event).setdefault(article, now)
                        continue
                    self.alerts += 1
                    for event in json.loads(record.value).get("events", []):
                        self.first.setdefault(event["article"]["id"], now)
        self.consumer.close()


def start_worker(env: dict[str, str], log_path: Path) -> subprocess.Popen[bytes]:
    with open(log_path, "wb") as log:
        proc = subprocess.Popen(
            [sys.executable, "-m", "eventwatch.streams.worker"],
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
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
    failed = True  # the worker's log stays for a look
    try:
        es = require_elasticsearch(settings)
        ensure_topics(settings)
        ensure_alert_indices(es, settings.names)
        rule = {"id": "bench-any", "per": "event", "match": {}, "actions": [{"type": "log"}]}
        create_rule(es, settings.names, rule)
        proc = start_worker(env, home / "worker.log")
        result = measure(settings, n)
        failed = False
        return result
    finally:
        if proc is not None and proc.poll() is None:
            proc.send_signal(signal.SIGTERM)
            try:
                proc.wait(60)
            except subprocess.TimeoutExpired:
                proc.kill()
        delete_prefixed_elasticsearch(settings.elasticsearch_url, prefix)
        delete_prefixed_kafka(settings.kafka_bootstrap, prefix)
        if not failed:
            shutil.rmtree(home, ignore_errors=True)


def measure(settings: Settings, n: int) -> dict[str, Any]:

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
    if not latencies:
        raise EventwatchError("bench alerts: no alert came back")
    alerted = {a: t for a, t in sent.items() if a in reader.first}
    return {
        "rate": round(n / elapsed, 1),
        "articles": n,
        "articles_alerted": len(latencies),
        "alerts": reader.alerts,
        "alert_ms": _quantiles(latencies),
        # where alert_ms goes, for the same articles (first event of each article)
        "event_ms": _span(alerted, reader.first_event),  # article sent -> on the events topic
        "event_to_alert_ms": _span(reader.first_event, reader.first),
        "event_to_input_ms": _span(reader.first_event, reader.first_input),  # the forward hop
        "input_to_alert_ms": _span(reader.first_input, reader.first),
    }


def _quantiles(values: list[float]) -> dict[str, float] | None:
    if not values:
        return None
    return {"p50": round(percentile(values, 0.5), 1), "p99": round(percentile(values, 0.99), 1)}


def _span(start: dict[str, float], end: dict[str, float]) -> dict[str, float] | None:
    return _quantiles([(end[a] - t) * 1000 for a, t in start.items() if a in end])
