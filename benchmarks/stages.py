"""The pipeline benchmark's measurements, each on its own: tagger alone (in process), raw
copy (Kafka -> Elasticsearch, no tagging) and end to end through the real worker."""

from __future__ import annotations

import asyncio
import json
import time
from typing import Any

from benchmarks.bench_corpus import encode
from benchmarks.bench_deploy import BenchDeployment, progress
from eventwatch.articles import parse_article_dict
from eventwatch.errors import EventwatchError
from eventwatch.names import Names


def tagger_only(articles: list[dict[str, Any]], batch_size: int) -> tuple[float, list[set[str]]]:
    """Articles per second through Tagger.tag_batch, and each article's expected event ids."""
    from tagging import Tagger

    tagger = Tagger()
    parsed = [parse_article_dict(a) for a in articles]
    for lang in {a.language for a in parsed}:  # build every pipeline before timing
        tagger.tag_batch([next(a for a in parsed if a.language == lang)])
    expected: list[set[str]] = []
    started = time.perf_counter()
    for offset in range(0, len(parsed), batch_size):
        for events in tagger.tag_batch(parsed[offset : offset + batch_size]):
            expected.append({e.id for e in events})
    elapsed = time.perf_counter() - started
    return len(parsed) / elapsed, expected


def produce(deployment: BenchDeployment, articles: list[dict[str, Any]]) -> None:
    from kafka import KafkaProducer

    producer = KafkaProducer(
        bootstrap_servers=deployment.settings.kafka_bootstrap, acks="all", linger_ms=5
    )
    try:
        topic = deployment.names.articles_topic
        for article in articles:
            producer.send(topic, key=article["url"].encode(), value=encode(article))
        producer.flush(60)
    finally:
        producer.close(10)


def raw_copy(deployment: BenchDeployment, n: int) -> float:
    """Articles per second consumed from the articles topic and bulk indexed as they are,
    in batches of the worker's size, by the writer index_events uses."""
    return asyncio.run(_raw_copy(deployment, n))


async def _raw_copy(deployment: BenchDeployment, n: int) -> float:
    from aiokafka import AIOKafkaConsumer

    from eventwatch.clients import elasticsearch_client
    from streams.writers import bulk_writer

    settings = deployment.settings
    es = elasticsearch_client(settings)
    writer = bulk_writer(es, Names(index_prefix=f"{deployment.prefix}raw-"))
    consumer = AIOKafkaConsumer(
        deployment.names.articles_topic,
        bootstrap_servers=settings.kafka_bootstrap,
        group_id=f"{deployment.prefix}rawcopy",
        auto_offset_reset="earliest",
        enable_auto_commit=False,
        max_partition_fetch_bytes=8 * 2**20,
    )
    await consumer.start()
    copied = 0
    started = time.perf_counter()
    try:
        while copied < n:
            batches = await consumer.getmany(
                timeout_ms=int(settings.batch_seconds * 1000), max_records=settings.batch_size
            )
            docs = []
            for messages in batches.values():
                for message in messages:
                    doc = json.loads(message.value)
                    doc["id"] = message.key.decode()
                    docs.append(doc)
            if docs:
                failures = await writer.write(docs)
                if failures:
                    raise EventwatchError(f"bench: raw copy refused: {failures[0][1][:200]}")
                await consumer.commit()
                copied += len(docs)
            if time.perf_counter() - started > 600:
                raise EventwatchError(f"bench: raw copy stalled at {copied}/{n}")
        return copied / (time.perf_counter() - started)
    finally:
        await consumer.stop()
        writer.close()
        es.close()


def last_timestamp(es: Any, index: str, field: str) -> float | None:
    """The latest value of a date field, in epoch seconds (None: not mapped, or no docs)."""
    body = {"size": 0, "aggs": {"last": {"max": {"field": field}}}}
    value = es.search(index=index, body=body)["aggregations"]["last"]["value"]
    return None if value is None else float(value) / 1000


def count(es: Any, index: str) -> int:
    from elasticsearch import NotFoundError

    try:
        es.indices.refresh(index=index)
        return int(es.count(index=index)["count"])
    except NotFoundError:
        return 0


def warm_up(deployment: BenchDeployment, articles: list[dict[str, Any]]) -> None:
    """One article per language through the worker first, so that building a language's
    pipeline (seconds, once per worker) is not counted as throughput."""
    from eventwatch.clients import elasticsearch_client

    firsts = {a["language"]: a for a in articles}
    warm = [{**a, "url": f"{a['url']}/warmup"} for a in firsts.values()]
    es = elasticsearch_client(deployment.settings)
    try:
        produce(deployment, warm)
        deadline = time.monotonic() + 180
        while count(es, deployment.names.articles_index) < len(warm):
            if time.monotonic() > deadline:
                raise EventwatchError(f"bench: warm-up incomplete: {deployment.log_tail(5)}")
            time.sleep(0.25)
    finally:
        es.close()


def end_to_end(deployment: BenchDeployment, articles: list[dict[str, Any]], events: int) -> float:
    """Articles per second from the first produce until the last event is written (its
    indexed_at, read once every article and event is searchable: the refresh interval is
    latency, not throughput, and raw copy does not wait for it either). The worker is
    already running and warm."""
    from eventwatch.clients import elasticsearch_client

    es = elasticsearch_client(deployment.settings)
    names = deployment.names
    timeout = 120 + len(articles) / 2
    base_articles = count(es, names.articles_index)
    base_events = count(es, names.events_index)
    try:
        started = time.perf_counter()
        started_wall = time.time()
        produce(deployment, articles)
        progress(f"e2e: {len(articles)} articles produced, waiting for {events} events")
        last_report = started
        while True:
            done_articles = count(es, names.articles_index) - base_articles
            done_events = count(es, names.events_index) - base_events
            now = time.perf_counter()
            if done_articles >= len(articles) and done_events >= events:
                # The articles index maps no completion time; events carry indexed_at.
                finished = last_timestamp(es, names.events_index, "indexed_at")
                elapsed = now - started if finished is None else finished - started_wall
                return len(articles) / elapsed
            if now - started > timeout:
                raise EventwatchError(
                    f"bench: e2e incomplete after {timeout:.0f}s: {done_articles}/{len(articles)} "
                    f"articles, {done_events}/{events} events; worker log: {deployment.log_tail(5)}"
                )
            if now - last_report > 10:
                progress(f"e2e: {done_articles} articles, {done_events} events")
                last_report = now
            time.sleep(0.25)
    finally:
        es.close()
