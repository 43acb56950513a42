"""Creating the Kafka topics (kafka-python admin client); idempotent."""

from __future__ import annotations

from eventwatch.ingest.producer import MAX_MESSAGE_BYTES
from eventwatch.kafka_config import kafka_client_options, quiet_kafka_logs
from eventwatch.kafka_probe import kafka_unavailable
from eventwatch.settings import Settings


def topic_specs(settings: Settings) -> dict[str, int]:
    """Every topic with its partition count. All carry articles_partitions so that N workers
    share tagging, indexing and alert matching alike."""
    names = settings.names
    n = settings.articles_partitions
    return {
        names.articles_topic: n,
        names.dlq_topic: n,
        names.events_topic: n,
        names.alerts_topic: n,
        names.feeds_topic: n,  # feed configurations, keyed by feed id (streams/agents/poll_feeds)
        # Internal topics of the worker, made here too: a topic Faust creates as it starts may be
        # missing from its consumer's first metadata, and the agent then never reads it.
        names.assigned_events_topic: 1,
    }


def topic_configs(settings: Settings, name: str) -> dict[str, str]:
    configs = {"max.message.bytes": str(MAX_MESSAGE_BYTES)}
    if name == settings.names.feeds_topic:
        # Only each feed's latest configuration matters (the leader re-publishes them all).
        configs["cleanup.policy"] = "compact"
    return configs


def ensure_topics(settings: Settings) -> list[tuple[str, str]]:
    """Create missing topics; returns (topic, 'created' | 'exists')."""
    from kafka import KafkaAdminClient
    from kafka.admin import NewTopic
    from kafka.errors import KafkaError, TopicAlreadyExistsError

    try:
        with quiet_kafka_logs():
            admin = KafkaAdminClient(
                bootstrap_servers=settings.kafka_bootstrap,
                client_id="eventwatch-setup",
                **kafka_client_options(settings),
            )
    except KafkaError as exc:
        raise kafka_unavailable(settings, exc) from exc
    try:
        existing = set(admin.list_topics())
        results = []
        for name, partitions in topic_specs(settings).items():
            if name in existing:
                results.append((name, "exists"))
                continue
            topic = NewTopic(
                name,
                num_partitions=partitions,
                replication_factor=1,
                topic_configs=topic_configs(settings, name),
            )
            try:
                admin.create_topics([topic])
                results.append((name, "created"))
            except TopicAlreadyExistsError:  # another setup ran at the same moment
                results.append((name, "exists"))
        return results
    finally:
        admin.close()
