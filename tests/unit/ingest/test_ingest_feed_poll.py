"""One poll of a feed against a real local news site (stack/news_site.py)."""

import asyncio
import time
from collections.abc import Iterator

import pytest

from eventwatch.ingest.feed_config import parse_feed
from eventwatch.ingest.feed_http import FetchLimits, new_client
from eventwatch.ingest.feed_poll import FeedPoller, PollResult
from eventwatch.ingest.feed_state import FeedState
from eventwatch.ingest.robots import RobotsCache
from eventwatch.stack.news_site import NewsSite

STRIKE = (
    "Dock workers in Rotterdam walked off the job on Monday. "
    "The union wants talks about night shifts and pay. "
    "Container ships queued outside the harbour entrance."
)
TALKS = (
    "Norway offered to host talks between the two governments. "
    "The foreign minister said both sides had agreed to meet in Oslo."
)


@pytest.fixture
def site() -> Iterator[NewsSite]:
    with NewsSite() as running:
        yield running


def poll(site: NewsSite, name: str, state: FeedState, **limits: object) -> PollResult:
    feed = parse_feed({"id": name, "url": site.feed_url(name), "name": "Herald", "language": "en"})

    async def run() -> PollResult:
        options = {"allow_private": True, "timeout": 5.0, **limits}
        fetch_limits = FetchLimits(**options)  # type: ignore[arg-type]
        async with new_client(fetch_limits) as client:
            poller = FeedPoller(client, fetch_limits, known=nothing_known)
            return await poller.poll(feed, state)

    return asyncio.run(run())


async def nothing_known(ids: list[str]) -> set[str]:
    return set()


def test_new_items_come_with_the_page_text_then_304_then_only_what_is_new(site: NewsSite) -> None:
    site.add_feed("city")
    site.publish("city", "strike", "Dock strike in Rotterdam", STRIKE)
    first = poll(site, "city", FeedState())
    assert first.status == "ok"
    [article] = first.articles
    assert article["text_source"] == "page"
    assert "Container ships queued outside the harbour entrance" in article["text"]
    assert article["url"] == site.page_url("city", "strike")  # tracking parameters gone
    assert (article["feed"], article["source"], article["language"]) == ("city", "Herald", "en")
    assert first.state.etag and first.state.last_new_item is not None

    again = poll(site, "city", first.state)
    assert (again.status, again.articles) == ("not_modified", [])
    site.publish("city", "talks", "Norway offers talks", TALKS)
    third = poll(site, "city", again.state)
    assert [a["title"] for a in third.articles] == ["Norway offers talks"]
    assert third.state.polls == 3 and third.state.failures == 0


def test_the_teaser_is_kept_when_the_page_cannot_be_had(site: NewsSite) -> None:
    site.add_feed("nopages").pages = False
    site.publish("nopages", "strike", "Dock strike in Rotterdam", STRIKE)
    [article] = poll(site, "nopages", FeedState()).articles
    assert article["text_source"] == "feed"
    assert article["text"] == "Dock workers in Rotterdam walked off the job on Monday."


def test_a_private_address_is_refused_unless_allowed(site: NewsSite) -> None:
    site.add_feed("city")
    result = poll(site, "city", FeedState(), allow_private=False)
    assert result.status == "error" and result.articles == []
    assert "EVENTWATCH_FEEDS_ALLOW_PRIVATE" in (result.state.last_error or "")


def test_malformed_and_bombs_record_an_error_and_back_off(site: NewsSite) -> None:
    for name in ("broken", "bomb"):
        site.add_feed(name, name.replace("broken", "malformed"))
        before = time.time()
        result = poll(site, name, FeedState(failures=1))
        assert result.status == "error" and result.articles == []
        assert result.state.failures == 2
        assert result.state.next_poll >= before + 2 * 300 * 0.9  # doubled from 5m
    assert "XML" in (poll(site, "bomb", FeedState()).state.last_error or "")


def test_503_with_retry_after_is_honoured(site: NewsSite) -> None:
    site.add_feed("busy", "unavailable")
    before = time.time()
    result = poll(site, "busy", FeedState())
    assert result.state.last_error == "HTTP 503"
    assert result.state.next_poll >= before + 300 * 0.9  # Retry-After 120 < interval


def test_a_slow_feed_times_out_and_does_not_hold_up_another(site: NewsSite) -> None:
    site.add_feed("slow", "slow", delay=4.0)
    site.add_feed("city")
    site.publish("city", "strike", "Dock strike in Rotterdam", STRIKE)
    finished: list[str] = []

    async def run() -> list[PollResult]:
        limits = FetchLimits(allow_private=True, timeout=2.0)
        async with new_client(limits) as client:
            poller = FeedPoller(client, limits, known=nothing_known)

            async def one(name: str) -> PollResult:
                feed = parse_feed({"id": name, "url": site.feed_url(name)})
                result = await poller.poll(feed, FeedState())
                finished.append(name)
                return result

            return list(await asyncio.gather(one("slow"), one("city")))

    slow, city = asyncio.run(run())
    assert finished == ["city", "slow"]
    assert "no complete answer within 2 s" in (slow.state.last_error or "")
    assert len(city.articles) == 1


def test_known_articles_and_repeated_entries_are_not_sent_again(site: NewsSite) -> None:
    site.add_feed("city")
    site.publish("city", "strike", "Dock strike in Rotterdam", STRIKE)
    site.publish("city", "talks", "Norway offers talks", TALKS)
    feed = parse_feed({"id": "city", "url": site.feed_url("city")})
    asked: list[list[str]] = []

    async def strike_known(ids: list[str]) -> set[str]:
        asked.append(ids)
        return {ids[0]}  # the older item (sent first) came through another feed

    async def run() -> PollResult:
        limits = FetchLimits(allow_private=True)
        async with new_client(limits) as client:
            return await FeedPoller(client, limits, known=strike_known).poll(feed, FeedState())

    result = asyncio.run(run())
    assert [a["title"] for a in result.articles] == ["Norway offers talks"]
    assert len(asked[0]) == 2


def test_robots_txt_is_asked_before_pages(site: NewsSite) -> None:
    async def run() -> tuple[bool, bool]:
        limits = FetchLimits(allow_private=True)
        async with new_client(limits) as client:
            robots = RobotsCache(client, limits)
            return (
                await robots.allowed(f"{site.base_url}/articles/city/a.html"),
                await robots.allowed(f"{site.base_url}/private/a.html"),
            )

    assert asyncio.run(run()) == (True, False)
    assert len(site.requests_for("/robots.txt")) == 1
