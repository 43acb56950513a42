"""The poller's HTTP against a real local news site: gzip, size cap, User-Agent, Retry-After."""

import asyncio
from collections.abc import Iterator
from email.utils import formatdate

import pytest

from eventwatch.ingest.feed_http import (
    USER_AGENT,
    Fetched,
    FetchFailed,
    FetchLimits,
    fetch,
    new_client,
    parse_retry_after,
)
from eventwatch.stack.news_site import NewsSite


@pytest.fixture
def site() -> Iterator[NewsSite]:
    with NewsSite() as running:
        running.add_feed("city")
        for n in range(30):
            running.publish("city", f"a{n}", f"Story {n}", "Words of a story. " * 20)
        yield running


def get(url: str, limits: FetchLimits, **conditions: str) -> Fetched:
    async def run() -> Fetched:
        async with new_client(limits) as client:
            return await fetch(client, url, limits, **conditions)

    return asyncio.run(run())


def test_gzip_is_asked_for_and_decoded_and_304_comes_back(site: NewsSite) -> None:
    limits = FetchLimits(allow_private=True)
    first = get(site.feed_url("city"), limits)
    assert first.status == 200 and first.body.startswith(b"<?xml") and first.etag
    again = get(site.feed_url("city"), limits, etag=first.etag)
    assert (again.status, again.body) == (304, b"")
    assert USER_AGENT.startswith("eventwatch/")


def test_a_document_over_the_size_cap_is_refused_after_decompression(site: NewsSite) -> None:
    size = len(get(site.feed_url("city"), FetchLimits(allow_private=True)).body)
    with pytest.raises(FetchFailed, match="too large"):
        get(site.feed_url("city"), FetchLimits(allow_private=True, max_bytes=size // 2))


def test_http_errors_and_missing_pages_fail_with_their_status(site: NewsSite) -> None:
    with pytest.raises(FetchFailed) as caught:
        get(f"{site.base_url}/feeds/nothing.xml", FetchLimits(allow_private=True))
    assert caught.value.status == 404


def test_retry_after_in_seconds_or_as_a_date() -> None:
    assert parse_retry_after("120") == 120.0
    assert parse_retry_after(formatdate(1_000_600, usegmt=True), now=1_000_000) == 600.0
    assert parse_retry_after("soon") is None and parse_retry_after(None) is None
