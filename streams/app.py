"""The Faust app factory: configuration built once from Settings, agents attached explicitly."""

from __future__ import annotations

import logging
from typing import Any

import faust

from eventwatch.ingest.producer import MAX_MESSAGE_BYTES
from eventwatch.kafka_config import faust_broker_credentials
from eventwatch.settings import Settings
from eventwatch.streams.agents import (
    index_events,
    match_alerts,
    poll_feeds,
    tag_articles,
)
from eventwatch.streams.naming import app_id
from eventwatch.streams.topics import Topics

__all__ = ["app_id", "create_app"]

log = logging.getLogger(__name__)
# Faust builds its aiokafka consumer with fetch_max_wait_ms=1500, not configurable. One fetch
# is in flight per broker, and a partition whose records were not yet consumed when it was
# built is left out of it: new messages there wait for it to return, up to 1.5 s when the
# partitions in it are quiet. That wait was most of article-to-alert latency under load.
FETCH_MAX_WAIT_MS = 100


def create_app(settings: Settings, *, web_port: int | None = None) -> faust.App:
    """A Faust app with tag_articles, index_events (incidents decided there) and match_alerts.

    web_port None disables Faust's web server (several workers on one host need no ports).
    """
    _bound_fetch_wait(FETCH_MAX_WAIT_MS)
    datadir = settings.home / "faust"
    datadir.mkdir(parents=True, exist_ok=True)  # Faust creates only the last level
    app = faust.App(
        app_id(settings),
        broker=[f"kafka://{host.strip()}" for host in settings.kafka_bootstrap.split(",")],
        broker_credentials=faust_broker_credentials(settings),
        value_serializer="raw",
        topic_partitions=settings.articles_partitions,
        topic_replication_factor=1,
        store="memory://",
        datadir=str(datadir),
        web_enabled=web_port is not None,
        web_port=web_port or 6066,
        web_bind="127.0.0.1",
        consumer_auto_offset_reset="earliest",
        producer_max_request_size=MAX_MESSAGE_BYTES,
        consumer_max_fetch_size=MAX_MESSAGE_BYTES,
        # Commit often and by time as well as by count: a quiet stream still commits, and a
        # restart replays little (faust-streaming issues 175/640 are about stalls under
        # long-pending acks; we ack every batch as soon as it is written).
        broker_commit_every=100,
        broker_commit_interval=1.0,
        # Faust stops fetching a partition when the agent's buffer is 80% full and resumes
        # it at 40%, but its fetcher may then wait a second before asking again: the 40%
        # left must outlast that wait or the agent idles (1-3 s gaps under a backlog were
        # seen with 256). Counted in messages, not bytes; articles are a few KB each.
        stream_buffer_maxsize=max(8 * settings.batch_size, 2048),
        stream_wait_empty=False,
        stream_processing_timeout=600.0,
        broker_max_poll_interval=1000.0,
        # A crashed worker's partitions move to the others after this long (default 60 s);
        # heartbeats come from the event loop, which the tagger's process pool keeps free.
        broker_session_timeout=15.0,
        broker_heartbeat_interval=3.0,
    )
    topics = Topics.declare(app, settings)
    tag_articles.register(app, topics, settings)
    rules = match_alerts.RuleReloader(settings)  # one read of the rules for both
    index_events.register(app, topics, settings, rules=rules)
    match_alerts.register(app, topics, settings, reloader=rules)
    poll_feeds.register(app, topics, settings)
    return app


def _bound_fetch_wait(max_wait_ms: int) -> None:
    """Make Faust's worker consumers wait at most `max_wait_ms` for a fetch (once)."""
    from faust.transport.drivers import aiokafka as driver

    thread = driver.AIOKafkaConsumerThread
    create = thread._create_worker_consumer
    if getattr(create, "bounded_fetch_wait", False):
        return

    def bounded(self: Any, transport: Any) -> Any:
        consumer = create(self, transport)
        consumer._fetch_max_wait_ms = max_wait_ms  # read when the consumer starts its fetcher
        return consumer

    bounded.bounded_fetch_wait = True  # type: ignore[attr-defined]
    thread._create_worker_consumer = bounded  # type: ignore[method-assign]
