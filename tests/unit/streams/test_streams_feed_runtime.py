"""The feed poller's worker side with a plain dict as its table and a real local news site."""

import asyncio
import time
from collections.abc import Iterator

import pytest

from eventwatch.ingest.feed_http import FetchLimits, new_client
from eventwatch.ingest.feed_poll import FeedPoller
from eventwatch.models import Article
from eventwatch.stack.news_site import NewsSite
from eventwatch.streams.feed_runtime import FeedRuntime

TEXT = "Dock workers in Rotterdam walked out on Monday. The union wants talks about night shifts."


@pytest.fixture
def site() -> Iterator[NewsSite]:
    with NewsSite() as running:
        running.add_feed("city")
        running.add_feed("other")
        running.publish("city", "strike", "Dock strike", TEXT)
        yield running


def run_runtime(site: NewsSite, table: dict, mine: set[int], indexed: set[str]) -> tuple:
    sent: list[Article] = []

    async def send(articles: list[Article], dead: list[bytes]) -> None:
        sent.extend(articles)

    async def seen_in_index(ids: list[str]) -> set[str]:
        return {i for i in ids if i in indexed}

    async def main() -> FeedRuntime:
        limits = FetchLimits(allow_private=True)
        async with new_client(limits) as client:
            runtime = FeedRuntime(
                table,
                lambda known: FeedPoller(client, limits, known=known),
                send,
                seen_in_index,
                max_chars=100_000,
            )
            for name, partition in (("city", 0), ("other", 1)):
                config = {"id": name, "url": site.feed_url(name), "interval": "1m"}
                runtime.apply_config(name, config, partition)
            runtime.start_due(mine)
            await runtime.drain(30)
            return runtime

    runtime = asyncio.run(main())
    return runtime, sent


def test_only_feeds_of_this_workers_partitions_are_polled_and_remembered(site: NewsSite) -> None:
    table: dict = {}
    runtime, sent = run_runtime(site, table, mine={0}, indexed=set())
    assert [(a.feed, a.text_source, a.title) for a in sent] == [("city", "page", "Dock strike")]
    assert site.requests_for("/feeds/other.xml") == []
    state = table["city"]["state"]
    assert state["polls"] == 1 and state["next_poll"] > time.time() + 50
    assert table["other"]["state"] is None
    assert runtime.take_statuses()["city"]["last_new_item"] is not None
    assert runtime.due({0, 1}, time.time()) == [("other", table["other"])]


def test_an_article_already_indexed_is_not_sent_again(site: NewsSite) -> None:
    from eventwatch.ingest.canonical import feed_article_id

    indexed = {feed_article_id(site.page_url("city", "strike"))}
    _, sent = run_runtime(site, {}, mine={0}, indexed=indexed)
    assert sent == []
    assert site.requests_for("/articles/city/strike.html") == []  # no page fetched for it


def test_a_removed_feed_leaves_the_table() -> None:
    table: dict = {}

    async def never(*_: object) -> set[str]:
        return set()

    runtime = FeedRuntime(table, lambda known: None, never, never, max_chars=10)  # type: ignore[arg-type]
    runtime.apply_config("city", {"id": "city", "url": "http://x.example/rss"}, 1)
    assert table["city"]["partition"] == 1
    runtime.apply_config("city", None, 1)
    assert table == {}
