"""Consumer lag of the worker's group: end offsets minus committed offsets, per topic."""

from __future__ import annotations

from typing import Any

from eventwatch.kafka_config import kafka_client_options
from eventwatch.settings import Settings
from eventwatch.streams.app import app_id


def consumer_lag(settings: Settings) -> dict[str, Any]:
    from kafka import KafkaAdminClient, KafkaConsumer, TopicPartition

    names = settings.names
    topics = (names.articles_topic, names.events_topic)
    options = kafka_client_options(settings)
    admin = KafkaAdminClient(bootstrap_servers=settings.kafka_bootstrap, **options)
    consumer = KafkaConsumer(bootstrap_servers=settings.kafka_bootstrap, **options)
    try:
        committed = admin.list_consumer_group_offsets(app_id(settings))
        partitions = [
            TopicPartition(topic, p)
            for topic in topics
            for p in sorted(consumer.partitions_for_topic(topic) or ())
        ]
        ends = consumer.end_offsets(partitions)
        lag: dict[str, Any] = {}
        for tp in partitions:
            done = committed.get(tp)
            offset = done.offset if done is not None and done.offset >= 0 else 0
            lag[tp.topic] = lag.get(tp.topic, 0) + max(0, ends[tp] - offset)
        return {topic.removeprefix(settings.topic_prefix): n for topic, n in lag.items()}
    except Exception as exc:  # a sample must not end the soak run
        return {"error": str(exc)[:200]}
    finally:
        consumer.close()
        admin.close()
