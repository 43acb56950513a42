"""tag_articles: raw article bytes -> validate -> dedupe -> tag -> events topic + articles index.

Order matters for crash safety: events are on Kafka before the article is indexed, and the
input is acked only after both, so the articles index marks articles that are done (the
dedupe check) and a replay after a crash redoes at most the unfinished batch, with the
same deterministic ids.

While Elasticsearch is down the dedupe lookup fails open (articles are still tagged and
their events still reach Kafka and alert matching), but the article document is retried
with backoff and the batch stays unacked until it is written: nothing is dropped.
A message that fails validation in any way goes to the DLQ with the reason; it never
stops the agent.
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import AbstractAsyncContextManager, asynccontextmanager
from typing import Any

from eventwatch.articles import parse_article_bytes
from eventwatch.errors import InvalidArticle
from eventwatch.models import Article, Event
from eventwatch.settings import Settings
from streams.outputs import Outputs
from streams.received import Received
from streams.retry import is_transient, retry_transient

log = logging.getLogger(__name__)
TagFn = Callable[[list[Article]], Awaitable[list[tuple[Article, list[Event]]]]]


class ArticleTagging:
    def __init__(self, settings: Settings, outputs: Outputs, tag: TagFn) -> None:
        self.max_chars = settings.max_article_chars
        self.outputs = outputs
        self.tag = tag

    async def handle(self, batch: list[Received]) -> list[tuple[Article, list[Event]]]:
        """Process one batch; returns what was tagged (skipped duplicates excluded)."""
        articles, dead = self._validate(batch)
        if dead:
            await retry_transient(lambda: self.outputs.dead_letter(dead), what="DLQ send")
        fresh = await self._fresh(articles)
        if not fresh:
            return []
        tagged = await self._tag(fresh)
        events = [event for _, article_events in tagged for event in article_events]
        await retry_transient(lambda: self.outputs.send_events(events), what="events send")
        await self._mark_done(tagged, {article.id: message for article, message in fresh})
        return tagged

    async def _mark_done(
        self, tagged: list[tuple[Article, list[Event]]], origin: dict[str, Received]
    ) -> None:
        """Index the article documents, retrying while Elasticsearch is away."""
        if not tagged:
            return
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
                article = parse_article_bytes(message.value, max_chars=self.max_chars)
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
        return [pair for article_id, pair in unique.items() if article_id not in seen]

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
    from eventwatch.clients import elasticsearch_client
    from streams.outputs import StreamOutputs
    from streams.tagger_pool import TaggerPool

    pool = TaggerPool(settings)
    es = elasticsearch_client(settings)
    try:
        await pool.warm_up()
        log.info("tag_articles: tagger ready")
        yield ArticleTagging(settings, StreamOutputs(topics, es, settings.names), pool.tag)
    finally:
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
            batches = stream.noack_take(settings.batch_size, within=settings.batch_seconds)
            async for events in batches:
                tagged = await handler.handle([Received.from_event(e) for e in events])
                for event in events:  # only now: a crash before this replays the batch
                    await stream.ack(event)
                n_events = sum(len(ev) for _, ev in tagged)
                log.info(
                    "tag_articles: %d messages, %d tagged, %d events",
                    len(events),
                    len(tagged),
                    n_events,
                )
                yield len(tagged)

    return app.agent(topics.articles, name="tag_articles")(tag_articles)
