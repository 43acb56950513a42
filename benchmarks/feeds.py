"""`eventwatch bench feeds`: what one worker's poller does with 500 feeds on a local site.

The site (stack/news_site.py) runs in a process of its own so that the CPU measured here is
the poller's alone: fetching each feed, parsing it, fetching every teaser's page (robots.txt
first), extracting its text with trafilatura. A second round polls the same feeds again,
all answered 304, which is what a worker does most of the time.
Output: {"feeds", "items", "items_per_s", "cpu_s", "cpu_ms_per_item", "cores_used",
"not_modified_polls_per_s", "not_modified_cpu_ms_per_poll", "site_cpu_s" (the local site's CPU
over both rounds, beside the poller's), ...}.
"""

from __future__ import annotations

import argparse
import asyncio
import multiprocessing
import resource
import time
from typing import Any

SENTENCES = (
    "The regional government announced new measures after a week of protests in the capital",
    "Officials said the talks would continue on Thursday with mediators from both sides",
    "Police closed several streets around the central station during the afternoon",
    "The opposition accused the ministry of ignoring warnings from local councils",
    "Analysts expect the decision to affect trade across the border for months",
    "A spokesperson declined to comment on the number of people detained",
    "Residents described long queues outside the only open pharmacy in the district",
    "The committee will publish its report before the end of the month",
)


def story(feed: int, item: int) -> tuple[str, str]:
    sentences = [SENTENCES[(feed + item + k) % len(SENTENCES)] for k in range(12)]
    return f"Report {feed}-{item}", ". ".join(sentences) + f". Reference {feed}-{item}."


def _serve(feeds: int, items: int, ready: Any, stop: Any) -> None:
    from eventwatch.stack.news_site import NewsSite

    with NewsSite() as site:
        for f in range(feeds):
            site.add_feed(f"f{f}")
            for i in range(items):
                site.publish(f"f{f}", f"i{i}", *story(f, i))
        ready.send(site.base_url)
        start = _cpu()
        stop.wait()
        ready.send(_cpu() - start)  # what serving cost, for the side-by-side figure


def _cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


async def _poll_all(base_url: str, feeds: int, concurrency: int, states: dict) -> tuple[int, int]:
    from eventwatch.ingest.feed_config import parse_feed
    from eventwatch.ingest.feed_http import FetchLimits, new_client
    from eventwatch.ingest.feed_poll import FeedPoller
    from eventwatch.ingest.feed_state import FeedState

    async def nothing_known(ids: list[str]) -> set[str]:
        return set()

    limits = FetchLimits(allow_private=True, timeout=30.0)
    async with new_client(limits, connections=concurrency) as client:
        poller = FeedPoller(client, limits, known=nothing_known, concurrency=concurrency)

        async def one(n: int) -> int:
            feed = parse_feed({"id": f"f{n}", "url": f"{base_url}/feeds/f{n}.xml"})
            result = await poller.poll(feed, states.get(n) or FeedState())
            states[n] = result.state
            if result.status == "error":
                raise RuntimeError(f"feed f{n}: {result.state.last_error}")
            return len(result.articles)

        counts = await asyncio.gather(*(one(n) for n in range(feeds)))
    return sum(counts), feeds


def run(args: argparse.Namespace) -> dict[str, Any]:
    from eventwatch.settings import get_settings

    feeds = args.limit or 500
    items = 4
    concurrency = get_settings().feeds_concurrency
    ctx = multiprocessing.get_context("spawn")
    receive, send = ctx.Pipe(duplex=False)
    stop = ctx.Event()
    server = ctx.Process(target=_serve, args=(feeds, items, send, stop), daemon=True)
    server.start()
    try:
        base_url = receive.recv()
        states: dict[int, Any] = {}
        cpu, wall = _cpu(), time.perf_counter()
        got, _ = asyncio.run(_poll_all(base_url, feeds, concurrency, states))
        cpu, wall = _cpu() - cpu, time.perf_counter() - wall
        cpu2, wall2 = _cpu(), time.perf_counter()
        again, polls = asyncio.run(_poll_all(base_url, feeds, concurrency, states))
        cpu2, wall2 = _cpu() - cpu2, time.perf_counter() - wall2
    finally:
        stop.set()
        site_cpu = receive.recv() if receive.poll(10) else None
        server.join(10)
        if server.is_alive():
            server.kill()
    return {
        "feeds": feeds,
        "items": got,
        "items_per_s": round(got / wall, 1),
        "cpu_s": round(cpu, 2),
        "cpu_ms_per_item": round(1000 * cpu / max(got, 1), 2),
        "items_per_cpu_s": round(got / max(cpu, 1e-9), 1),  # what one free core would do
        "cores_used": round(cpu / wall, 2),
        "not_modified_polls_per_s": round(polls / wall2, 1),
        "not_modified_cpu_ms_per_poll": round(1000 * cpu2 / polls, 2),
        "site_cpu_s": None if site_cpu is None else round(site_cpu, 2),
        "new_items_second_round": again,
        "concurrency": concurrency,
    }
