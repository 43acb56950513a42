"""The pipeline benchmark's measurements, each on its own: tagger alone (in process), raw
copy (Kafka -> Elasticsearch, no tagging) and end to end through the real worker.

Raw copy and the worker write alike: the same BulkWriter configuration, batches of the
worker's size, and an articles index made from the same template (its analysis, several
language subfields per text, is most of what indexing an article costs)."""

from __future__ import annotations

import asyncio
import json
import time
from typing import Any

from eventwatch.articles import parse_article_dict
from eventwatch.benchmarks.bench_corpus import encode
from eventwatch.benchmarks.bench_deploy import BenchDeployment, progress
from eventwatch.clients import elasticsearch_client
from eventwatch.errors import EventwatchError
from eventwatch.indexers.setup import ensure_index
from eventwatch.indexers.templates import ARTICLES
from eventwatch.kafka_config import kafka_client_options
from eventwatch.streams.setup import ensure_topics
from eventwatch.streams.writers import bulk_writer
from eventwatch.tagging import Tagger


class TaggerAlone:
    """The tagger in this process, pipelines built before any timing."""

    def __init__(self, articles: list[dict[str, Any]], batch_size: int) -> None:

        self.tagger = Tagger()
        self.batch_size = batch_size
        self.parsed = [parse_article_dict(a) for a in articles]
        for lang in {a.language for a in self.parsed}:
            self.tagger.tag_batch([next(a for a in self.parsed if a.language == lang)])

    def run(self) -> tuple[float, list[set[str]]]:
        """Articles per second through Tagger.tag_batch in the worker's batch size, and
        each article's event ids."""
        expected: list[set[str]] = []
        started = time.perf_counter()
        for offset in range(0, len(self.parsed), self.batch_size):
            for events in self.tagger.tag_batch(self.parsed[offset : offset + self.batch_size]):
                expected.append({e.id for e in events})
        return len(self.parsed) / (time.perf_counter() - started), expected


def produce(
    deployment: BenchDeployment, articles: list[dict[str, Any]], topic: str | None = None
) -> None:
    from kafka import KafkaProducer

    producer = KafkaProducer(
        bootstrap_servers=deployment.settings.kafka_bootstrap,
        acks="all",
        linger_ms=5,
        **kafka_client_options(deployment.settings),
    )
    try:
        topic = topic or deployment.names.articles_topic
        for article in articles:
            producer.send(topic, key=article["url"].encode(), value=encode(article))
        producer.flush(60)
    finally:
        producer.close(10)


def raw_copy(deployment: BenchDeployment, articles: list[dict[str, Any]], label: str) -> float:
    """Articles per second from the first produce until the last one is indexed, through a
    topic and an articles index of their own (`label` tells them apart): produced as the
    e2e run produces them, consumed and bulk indexed as they are, in batches of the
    worker's size, by the writer the worker uses."""
    return asyncio.run(_raw_copy(deployment, articles, label))


async def _raw_copy(
    deployment: BenchDeployment, articles: list[dict[str, Any]], label: str
) -> float:
    from aiokafka import AIOKafkaConsumer, TopicPartition

    prefix = f"{deployment.prefix}{label}-"
    settings = deployment.settings.model_copy(
        update={"topic_prefix": prefix, "index_prefix": prefix}
    )
    names = settings.names
    ensure_topics(settings)
    es = elasticsearch_client(settings)
    ensure_index(es, names, ARTICLES)
    writer = bulk_writer(es, names)
    consumer = AIOKafkaConsumer(
        bootstrap_servers=settings.kafka_bootstrap,
        group_id=f"{prefix}rawcopy",
        auto_offset_reset="earliest",
        enable_auto_commit=False,
        max_partition_fetch_bytes=8 * 2**20,
        **kafka_client_options(settings),
    )
    await consumer.start()
    # Assigned up front: the worker is a member of its group before e2e starts, too.
    consumer.assign(
        [TopicPartition(names.articles_topic, p) for p in range(settings.articles_partitions)]
    )
    copied = 0
    started = time.perf_counter()
    producing = asyncio.create_task(
        asyncio.to_thread(produce, deployment, articles, names.articles_topic)
    )
    try:
        while copied < len(articles):
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
                result = await writer.write_articles_async(docs)
                if result.failed:
                    raise EventwatchError(f"bench: raw copy refused: {result.failed[0].error}")
                await consumer.commit()
                copied += len(docs)
            if time.perf_counter() - started > 600:
                raise EventwatchError(f"bench: raw copy stalled at {copied}/{len(articles)}")
        elapsed = time.perf_counter() - started
        await producing
        return copied / elapsed
    finally:
        await consumer.stop()
        writer.close()
        es.close()


def last_timestamp(es: Any, index: str, field: str) -> float | None:
    """The latest value of a date field, in epoch seconds (None: not mapped, or no docs)."""
    body = {"size": 0, "aggs": {"last": {"max": {"field": field}}}}
    value = es.search(index=index, body=body)["aggregations"]["last"]["value"]
    return None if value is None else float(value) / 1000


def count(es: Any, index: str, *, refresh: bool = True) -> int:
    from elasticsearch import NotFoundError

    try:
        if refresh:
            es.indices.refresh(index=index)
        return int(es.count(index=index)["count"])
    except NotFoundError:
        return 0


def warm_up(deployment: BenchDeployment, articles: list[dict[str, Any]]) -> None:
    """One article per language through the worker first, so that building a language's
    pipeline (seconds, once per worker) is not counted as throughput."""

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
    """Articles per second from the first produce until the last article or event is
    written (the latest indexed_at, read once every article and event is searchable: the
    refresh interval is latency, not throughput, and raw copy does not wait for it either).
    The progress polls force no refresh (raw copy has no such load on the indices). The
    worker is already running and warm."""

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
            done_articles = count(es, names.articles_index, refresh=False) - base_articles
            done_events = count(es, names.events_index, refresh=False) - base_events
            now = time.perf_counter()
            if done_articles >= len(articles) and done_events >= events:
                written = [
                    last_timestamp(es, index, "indexed_at")
                    for index in (names.articles_index, names.events_index)
                ]
                finished = max((t for t in written if t is not None), default=None)
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
