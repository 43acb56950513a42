"""tag_articles: raw article bytes -> validate -> dedupe -> tag -> events topic + articles index.

Order matters for crash safety: events are on Kafka before the article is indexed, and the
input is acked only after both, so the articles index marks articles that are done (the
dedupe check) and a replay after a crash redoes at most the unfinished batches (one per
step, steps overlapping: up to four), with the same deterministic ids.

While Elasticsearch is down the dedupe lookup fails open (articles are still tagged and
their events still reach Kafka and alert matching), but the article document is retried
with backoff and the batch stays unacked until it is written: nothing is dropped.
A message that fails validation in any way goes to the DLQ with the reason; it never
stops the agent.
"""

from __future__ import annotations

import logging
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import AbstractAsyncContextManager, asynccontextmanager
from dataclasses import dataclass, field
from typing import Any

from eventwatch.articles import parse_article_bytes
from eventwatch.clients import elasticsearch_client
from eventwatch.errors import InvalidArticle
from eventwatch.models import Article, Event, utcnow
from eventwatch.retry import is_transient, retry_transient
from eventwatch.settings import Settings
from eventwatch.streams.acking import take_unacked
from eventwatch.streams.outputs import Outputs, StreamOutputs
from eventwatch.streams.received import Received
from eventwatch.streams.stage_chain import StageChain
from eventwatch.streams.tagger_pool import TaggerPool

log = logging.getLogger(__name__)
TagFn = Callable[[list[Article]], Awaitable[list[tuple[Article, list[Event]]]]]


@dataclass
class Batch:
    """One batch on its way through the stages: its messages, the fresh (valid, not yet
    seen) articles among them, and what tagging them found."""

    messages: list[Received]
    fresh: list[tuple[Article, Received]] = field(default_factory=list)
    tagged: list[tuple[Article, list[Event]]] = field(default_factory=list)

    def origin(self) -> dict[str, Received]:
        return {article.id: message for article, message in self.fresh}


class ArticleTagging:
    """The four steps of a batch, in this order: select, tag, send, mark_done."""

    def __init__(self, settings: Settings, outputs: Outputs, tag: TagFn) -> None:
        self.max_chars = settings.max_article_chars
        self.outputs = outputs
        self.tag = tag
        # Selected but not yet indexed (batches still in later steps while the next one is
        # selected): the dedupe lookup cannot see them yet.
        self._in_flight: set[str] = set()

    async def handle(self, messages: list[Received]) -> list[tuple[Article, list[Event]]]:
        """Process one batch; returns what was tagged (skipped duplicates excluded)."""
        batch = Batch(messages)
        for step in (self.select, self.tag_fresh, self.send, self.mark_done):
            batch = await step(batch)
        return batch.tagged

    async def select(self, batch: Batch) -> Batch:
        """Validate (dead-lettering what is invalid) and drop articles already done."""
        articles, dead = self._validate(batch.messages)
        if dead:
            await retry_transient(lambda: self.outputs.dead_letter(dead), what="DLQ send")
        batch.fresh = await self._fresh(articles)
        self._in_flight.update(article.id for article, _ in batch.fresh)
        return batch

    async def tag_fresh(self, batch: Batch) -> Batch:
        if batch.fresh:
            try:
                batch.tagged = await self._tag(batch.fresh)
            except BaseException:
                self._in_flight.difference_update(batch.origin())
                raise
        return batch

    async def send(self, batch: Batch) -> Batch:
        """The batch's events to Kafka: always before its articles are marked done."""
        events = [event for _, article_events in batch.tagged for event in article_events]
        if events:
            await retry_transient(lambda: self.outputs.send_events(events), what="events send")
        return batch

    async def mark_done(self, batch: Batch) -> Batch:
        """Index the article documents (the dedupe marks), retrying while Elasticsearch is
        away; the ones it refuses for good go to the DLQ."""
        try:
            if batch.tagged:
                await self._index_articles(batch.tagged, batch.origin())
        finally:
            self._in_flight.difference_update(batch.origin())
        return batch

    async def _index_articles(
        self, tagged: list[tuple[Article, list[Event]]], origin: dict[str, Received]
    ) -> None:
        refused = await retry_transient(
            lambda: self.outputs.index_articles(tagged), what="article indexing"
        )
        dead = [
            origin[article_id].dead_letter(f"elasticsearch refused the article: {error}")
            for article_id, error in refused
        ]
        if dead:
            await retry_transient(lambda: self.outputs.dead_letter(dead), what="DLQ send")

    def _validate(
        self, batch: list[Received]
    ) -> tuple[list[tuple[Article, Received]], list[bytes]]:
        articles, dead = [], []
        for message in batch:
            try:
                # received_at comes with the message (stamped where it entered); picked_at is now
                article = parse_article_bytes(message.value, max_chars=self.max_chars)
                article = article.model_copy(update={"picked_at": utcnow()})
            except InvalidArticle as exc:
                dead.append(message.dead_letter(exc.reason))
                continue
            except Exception as exc:  # one odd message must never stop the agent
                log.warning("unexpected error validating a message: %r", exc)
                reason = f"invalid article: {type(exc).__name__}: {exc}"
                dead.append(message.dead_letter(reason))
                continue
            articles.append((article, message))
        return articles, dead

    async def _fresh(
        self, articles: list[tuple[Article, Received]]
    ) -> list[tuple[Article, Received]]:
        unique: dict[str, tuple[Article, Received]] = {}
        for article, message in articles:
            unique.setdefault(article.id, (article, message))
        if not unique:
            return []
        ids = list(unique)
        try:
            seen = await self.outputs.seen_articles(ids)
        except Exception as exc:  # fail open: deterministic ids make a re-tag harmless
            log.warning("dedupe lookup failed (%s); tagging the batch anyway", exc)
            seen = set()
        skip = seen | self._in_flight
        return [pair for article_id, pair in unique.items() if article_id not in skip]

    async def _tag(
        self, fresh: list[tuple[Article, Received]]
    ) -> list[tuple[Article, list[Event]]]:
        try:
            return await self.tag([article for article, _ in fresh])
        except Exception as exc:
            if is_transient(exc):
                raise
            log.warning("tagging a batch of %d failed (%s); tagging one by one", len(fresh), exc)
        tagged, dead = [], []
        for article, message in fresh:
            try:
                tagged.extend(await self.tag([article]))
            except Exception as exc:
                dead.append(message.dead_letter(f"tagger failed: {type(exc).__name__}: {exc}"))
        if dead:
            await retry_transient(lambda: self.outputs.dead_letter(dead), what="DLQ send")
        return tagged


@asynccontextmanager
async def live_logic(settings: Settings, topics: Any) -> AsyncIterator[ArticleTagging]:
    """The real dependencies: tagger process pool, Elasticsearch, Kafka topics."""

    pool = TaggerPool(settings)
    es = elasticsearch_client(settings)
    outputs = StreamOutputs(topics, es, settings.names)
    try:
        await pool.warm_up()
        log.info("tag_articles: tagger ready")
        yield ArticleTagging(settings, outputs, pool.tag)
    finally:
        outputs.close()
        pool.close()
        es.close()


def register(
    app: Any,
    topics: Any,
    settings: Settings,
    *,
    logic: Callable[[], AbstractAsyncContextManager[ArticleTagging]] | None = None,
) -> Any:
    """Attach the tag_articles agent to `app` (called by streams.app.create_app)."""
    make_logic = logic or (lambda: live_logic(settings, topics))

    async def tag_articles(stream: Any) -> Any:
        async with make_logic() as handler:
            # One batch in each step at a time, in input order: batch N's articles are
            # indexed while N+1's events go to Kafka, N+2 is tagged and N+3 selected.
            async def ack_and_log(item: _Timed) -> _Timed:
                for event in item.events:  # only now: a crash before this replays the batch
                    await stream.ack(event)
                batch = item.batch
                log.info(
                    "tag_articles: %d messages, %d tagged, %d events (ms: %s)",
                    len(batch.messages),
                    len(batch.tagged),
                    sum(len(events) for _, events in batch.tagged),
                    ", ".join(f"{name} {ms:.0f}" for name, ms in item.ms.items()),
                )
                return item

            steps = [handler.select, handler.tag_fresh, handler.send, handler.mark_done]
            chain: StageChain[_Timed] = StageChain(
                "tag_articles", [*(_timed(step) for step in steps), ack_and_log]
            )
            batches = take_unacked(stream, settings.batch_size, settings.batch_seconds)
            try:
                async for events in batches:
                    messages = [Received.from_event(e) for e in events]
                    await chain.put(_Timed(list(events), Batch(messages)))
            finally:
                chain.cancel()

    return app.agent(topics.articles, name="tag_articles")(tag_articles)


@dataclass
class _Timed:
    events: list[Any]  # the Faust events, acked at the end
    batch: Batch
    ms: dict[str, float] = field(default_factory=dict)


def _timed(step: Callable[[Batch], Awaitable[Batch]]) -> Callable[[_Timed], Awaitable[_Timed]]:
    async def run(item: _Timed) -> _Timed:
        started = time.perf_counter()
        item.batch = await step(item.batch)
        item.ms[step.__name__] = (time.perf_counter() - started) * 1000
        return item

    run.__name__ = step.__name__
    return run
