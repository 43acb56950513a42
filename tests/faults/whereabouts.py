"""Where the articles missing from the index are on the articles topic, next to the group's
committed offsets: a message below its partition's commit was acked without being written
(a loss in the worker); one at or above it was never finished (a stall)."""

from __future__ import annotations

import json
from typing import Any

from eventwatch.articles import parse_article_dict
from eventwatch.settings import Settings
from eventwatch.streams.naming import app_id


def missing_articles_on_topic(settings: Settings, missing: set[str], limit: int = 5) -> str:
    from kafka import KafkaAdminClient, KafkaConsumer, TopicPartition

    topic = settings.names.articles_topic
    admin = KafkaAdminClient(bootstrap_servers=settings.kafka_bootstrap)
    consumer = KafkaConsumer(
        bootstrap_servers=settings.kafka_bootstrap,
        enable_auto_commit=False,
        consumer_timeout_ms=3000,
    )
    try:
        committed = {
            tp.partition: meta.offset
            for tp, meta in admin.list_consumer_group_offsets(app_id(settings)).items()
            if tp.topic == topic
        }
        partitions = [TopicPartition(topic, p) for p in consumer.partitions_for_topic(topic)]
        consumer.assign(partitions)
        consumer.seek_to_beginning(*partitions)
        found: list[str] = []
        for record in consumer:
            article = parse_article_dict(json.loads(record.value))
            if article.id in missing:
                where = committed.get(record.partition)
                side = (
                    "below the commit (acked, never written)"
                    if (where is not None and record.offset < where)
                    else "at or above the commit (never finished)"
                )
                found.append(f"partition {record.partition} offset {record.offset}: {side}")
            if len(found) >= min(limit, len(missing)):
                break
        return f"committed {dict(sorted(committed.items()))}; " + "; ".join(found or ["not found"])
    finally:
        consumer.close()
        admin.close()


def describe(settings: Settings, missing: set[str]) -> Any:
    try:
        return missing_articles_on_topic(settings, missing)
    except Exception as exc:  # a diagnosis must not hide the failure it explains
        return f"(could not read the topic: {exc!r})"
