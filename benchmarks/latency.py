"""Article-to-searchable latency at a fixed rate, with consumer lag and worker memory
sampled along the way (the soak mode is the same run, longer).

Searchable means: a search on the events index returns one of the article's events. The
clock starts when the harness hands the article to the Kafka producer, and the poll runs
every POLL_S, so a figure can be up to POLL_S late; ES's refresh interval is included,
as users see it."""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass, field
from typing import Any

from eventwatch.benchmarks.bench_corpus import encode
from eventwatch.benchmarks.bench_deploy import BenchDeployment, progress
from eventwatch.benchmarks.lag import consumer_lag
from eventwatch.benchmarks.rss import RssSampler
from eventwatch.clients import elasticsearch_client
from eventwatch.kafka_config import kafka_client_options

POLL_S = 0.1
SAMPLE_EVERY_S = 10.0


@dataclass
class LatencyRun:
    produced_at: dict[str, float] = field(default_factory=dict)  # article id -> monotonic
    seen_after: dict[str, float] = field(default_factory=dict)  # article id -> seconds
    samples: list[dict[str, Any]] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    rank = max(0, min(len(ordered) - 1, round(q / 100 * len(ordered) + 0.5) - 1))
    return ordered[rank]


def measure(
    deployment: BenchDeployment,
    articles: list[tuple[str, dict[str, Any], bool]],
    rate: float,
    rss: RssSampler,
    drain_timeout: float = 120.0,
) -> dict[str, Any]:
    """`articles`: (article id, article, timed); time those expected to yield events."""
    run = LatencyRun()
    stop = threading.Event()
    poller = threading.Thread(target=_poll, args=(deployment, run, stop), daemon=True)
    sampler = threading.Thread(target=_sample, args=(deployment, run, rss, stop), daemon=True)
    poller.start()
    sampler.start()
    try:
        _produce_at_rate(deployment, articles, rate, run)
        deadline = time.monotonic() + drain_timeout
        while len(run.seen_after) < len(run.produced_at) and time.monotonic() < deadline:
            time.sleep(0.2)
    finally:
        stop.set()
        poller.join()
        sampler.join()
    latencies = sorted(run.seen_after.values())
    missing = len(run.produced_at) - len(latencies)
    if missing:
        progress(f"latency: {missing} timed articles never became searchable")
    result: dict[str, Any] = {
        "rate": rate,
        "timed_articles": len(run.produced_at),
        "never_searchable": missing,
        "searchable_ms": {
            "p50": round(percentile(latencies, 50) * 1000) if latencies else None,
            "p99": round(percentile(latencies, 99) * 1000) if latencies else None,
            "max": round(latencies[-1] * 1000) if latencies else None,
        },
        "samples": run.samples,
    }
    return result


def _produce_at_rate(
    deployment: BenchDeployment,
    articles: list[tuple[str, dict[str, Any], bool]],
    rate: float,
    run: LatencyRun,
) -> None:
    from kafka import KafkaProducer

    producer = KafkaProducer(
        bootstrap_servers=deployment.settings.kafka_bootstrap,
        acks="all",
        linger_ms=0,
        **kafka_client_options(deployment.settings),
    )
    topic = deployment.names.articles_topic
    started = time.monotonic()
    try:
        for n, (article_id, article, timed) in enumerate(articles):
            delay = started + n / rate - time.monotonic()
            if delay > 0:
                time.sleep(delay)
            if timed:
                with run.lock:
                    run.produced_at[article_id] = time.monotonic()
            producer.send(topic, key=article["url"].encode(), value=encode(article))
        producer.flush(60)
    finally:
        producer.close(10)
    progress(f"latency: {len(articles)} articles produced in {time.monotonic() - started:.0f}s")


def _poll(deployment: BenchDeployment, run: LatencyRun, stop: threading.Event) -> None:
    from elasticsearch import NotFoundError

    es = elasticsearch_client(deployment.settings)
    index = deployment.names.events_index
    try:
        while not stop.wait(POLL_S):
            with run.lock:
                pending = [a for a in run.produced_at if a not in run.seen_after]
            for offset in range(0, len(pending), 1000):
                chunk = pending[offset : offset + 1000]
                body = {
                    "size": 0,
                    "query": {"terms": {"article.id": chunk}},
                    "aggs": {"ids": {"terms": {"field": "article.id", "size": len(chunk)}}},
                }
                try:
                    answer = es.search(index=index, body=body)
                except NotFoundError:
                    continue
                now = time.monotonic()
                with run.lock:
                    for bucket in answer["aggregations"]["ids"]["buckets"]:
                        key = bucket["key"]
                        run.seen_after.setdefault(key, now - run.produced_at[key])
    finally:
        es.close()


def _sample(
    deployment: BenchDeployment, run: LatencyRun, rss: RssSampler, stop: threading.Event
) -> None:

    started = time.monotonic()
    while not stop.wait(SAMPLE_EVERY_S):
        with run.lock:
            produced, searchable = len(run.produced_at), len(run.seen_after)
        sample = {
            "t_s": round(time.monotonic() - started),
            "lag": consumer_lag(deployment.settings),
            "worker_rss_mb": round(rss.last_mb, 1),
            "timed_produced": produced,
            "timed_searchable": searchable,
        }
        run.samples.append(sample)
        progress(f"soak sample: {sample}")
