"""poll_feeds: the watched feeds, polled by the workers (issue 14; streams/feed_runtime.py).

- `publish_feed_configs` (leader only, every feeds_sync_seconds): the feeds index -> the
  feeds topic, one message per feed keyed by its id (changes at once, everything every
  5 minutes, an empty value for a feed that was removed; the topic is compacted).
- `track_feeds` (agent on the feeds topic): each configuration into the `feed_state` table,
  in the feed's partition; the table is changelog-backed and co-partitioned with the topic.
- `poll_due_feeds` (every second, every worker): the feeds of this worker's active
  partitions whose time has come are polled beside the streams, at most
  feeds_concurrency requests at once; their articles go to the articles topic, then their
  state into the table.
- `store_feed_statuses` (every 2 s): the health of the feeds polled meanwhile into the feeds
  index, for `feeds status`, the dashboard and /metrics.
"""

from __future__ import annotations

import asyncio
import hashlib
import json
import logging
import time
from typing import Any

from eventwatch.models import Article
from eventwatch.retry import is_transient
from eventwatch.settings import Settings

log = logging.getLogger(__name__)
STATE_TABLE = "feed_state"
POLL_TICK_SECONDS = 1.0
STATUS_SECONDS = 2.0
REPUBLISH_SECONDS = 300.0
REVOKE_WAIT_SECONDS = 12.0


class ConfigPublisher:
    """Leader side: what the feeds index says, published when it changes (and all of it every
    5 minutes: a feed no leader re-publishes for 15 minutes is taken as removed)."""

    def __init__(self, settings: Settings, topic: Any) -> None:
        self.settings = settings
        self.topic = topic
        self.es: Any = None
        self.published: dict[str, str] = {}
        self.last_full = 0.0

    async def publish(self) -> None:
        from eventwatch.ingest.feed_config import feed_to_dict, parse_feed

        try:
            configs = await asyncio.to_thread(self._load)
        except Exception as exc:
            # A timer's exception crashes the whole Faust app: an Elasticsearch outage
            # would restart the worker every feeds_sync_seconds. The next tick reads again.
            if not is_transient(exc):
                raise
            log.warning("poll_feeds: cannot read the feeds index (%s); trying again", exc)
            return
        current: dict[str, dict[str, Any]] = {}
        for raw in configs:
            try:
                feed = feed_to_dict(parse_feed(raw))
            except Exception as exc:  # written around the validator; `feeds list` shows it
                log.warning("poll_feeds: skipping an invalid stored feed: %s", exc)
                continue
            current[feed["id"]] = feed
        full = time.monotonic() - self.last_full >= REPUBLISH_SECONDS
        for feed_id, feed in current.items():
            digest = hashlib.sha256(json.dumps(feed, sort_keys=True).encode()).hexdigest()
            if full or self.published.get(feed_id) != digest:
                await self.topic.send(key=feed_id, value=json.dumps(feed).encode())
                self.published[feed_id] = digest
        for feed_id in set(self.published) - set(current):
            await self.topic.send(key=feed_id, value=b"")
            del self.published[feed_id]
        if full:
            self.last_full = time.monotonic()

    def _load(self) -> list[dict[str, Any]]:
        from eventwatch.clients import elasticsearch_client
        from eventwatch.indexers.feeds import list_feeds

        if self.es is None:
            self.es = elasticsearch_client(self.settings, timeout=10)
        return list_feeds(self.es, self.settings.names)


def register(app: Any, topics: Any, settings: Settings) -> Any:
    """Attach the feed poller to `app` (called by streams.app.create_app)."""
    import faust

    from eventwatch.clients import elasticsearch_client
    from eventwatch.indexers.feeds import write_statuses
    from eventwatch.ingest.feed_http import FetchLimits, new_client
    from eventwatch.ingest.feed_poll import FeedPoller
    from eventwatch.streams.feed_runtime import FeedRuntime

    names = settings.names
    feeds_topic = app.topic(
        names.feeds_topic,
        key_type=str,
        value_type=bytes,
        key_serializer="json",
        value_serializer="raw",
        partitions=settings.articles_partitions,
    )
    # use_partitioner: the poll results are written from outside stream iteration; the
    # producer's partitioner puts the json key in the same partition as the feeds topic does.
    table = app.Table(
        STATE_TABLE,
        default=None,
        partitions=settings.articles_partitions,
        schema=faust.Schema(key_serializer="json", value_serializer="json"),
        use_partitioner=True,
    )
    limits = FetchLimits(
        timeout=settings.feeds_timeout,
        max_bytes=settings.feeds_max_bytes,
        allow_private=settings.feeds_allow_private,
    )
    es = elasticsearch_client(settings, timeout=10)
    client = new_client(limits, connections=settings.feeds_concurrency)

    def poller(known: Any) -> FeedPoller:
        return FeedPoller(client, limits, known=known, concurrency=settings.feeds_concurrency)

    async def send(articles: list[Article], dead: list[bytes]) -> None:
        futures = [
            await topics.articles.send(key=a.id.encode(), value=a.model_dump_json().encode())
            for a in articles
        ]
        futures += [await topics.dlq.send(key=None, value=record) for record in dead]
        await asyncio.gather(*futures)

    async def seen_in_index(ids: list[str]) -> set[str]:
        def lookup() -> set[str]:
            answer = es.mget(
                index=names.articles_index, body={"ids": ids}, _source=False, ignore=[404]
            )
            return {d["_id"] for d in answer.get("docs", []) if d.get("found")}

        return await asyncio.to_thread(lookup)

    runtime = FeedRuntime(table, poller, send, seen_in_index, max_chars=settings.max_article_chars)
    publisher = ConfigPublisher(settings, feeds_topic)

    async def track_feeds(stream: Any) -> Any:
        async for event in stream.events():
            try:
                config = json.loads(event.value) if event.value else None
            except ValueError as exc:  # not written by our publisher: never stop the agent
                log.warning("poll_feeds: skipping an unreadable feed message: %s", exc)
                continue
            runtime.apply_config(event.key, config, event.message.partition)
            yield None

    def my_partitions() -> set[int] | None:
        """Active partitions of the feeds topic here; None while their state is not ready."""
        recovery = app.tables.recovery
        if app.rebalancing or app.in_recovery or recovery.signal_recovery_start.is_set():
            return None
        if not recovery.completed.is_set():
            return None
        return {
            tp.partition for tp in app.assignor.assigned_actives() if tp.topic == names.feeds_topic
        }

    async def poll_due_feeds() -> None:
        mine = my_partitions()
        if mine:
            runtime.start_due(mine)

    async def store_feed_statuses() -> None:
        statuses = runtime.take_statuses()
        if statuses:
            try:
                await asyncio.to_thread(write_statuses, es, names, statuses)
            except Exception as exc:  # health is best effort; the next poll writes it again
                log.warning("poll_feeds: could not store feed statuses: %s", exc)

    async def on_revoked(sender: Any, revoked: Any, **kwargs: Any) -> None:
        await runtime.drain(REVOKE_WAIT_SECONDS)

    app.on_partitions_revoked.connect(on_revoked)
    app.timer(interval=settings.feeds_sync_seconds, on_leader=True, name="publish_feed_configs")(
        publisher.publish
    )
    app.timer(interval=POLL_TICK_SECONDS, name="poll_due_feeds")(poll_due_feeds)
    app.timer(interval=STATUS_SECONDS, name="store_feed_statuses")(store_feed_statuses)
    return app.agent(feeds_topic, name="track_feeds")(track_feeds)
