"""robots.txt for article pages: read once per site and hour, asked before every page.

Feeds are fetched whatever robots.txt says (a feed is published to be polled); the pages
behind them are fetched only where the site allows our user agent. A missing robots.txt
(404) allows everything; one that cannot be read right now (timeout, 5xx) allows nothing
until it can, the cautious reading.
"""

from __future__ import annotations

import asyncio
import time
import urllib.robotparser
from urllib.parse import urlsplit

import httpx

from eventwatch.ingest.feed_http import FetchFailed, FetchLimits, fetch

AGENT_TOKEN = "eventwatch"
CACHE_SECONDS = 3600.0
RETRY_SECONDS = 300.0  # after a failure to read robots.txt


class RobotsCache:
    def __init__(self, client: httpx.AsyncClient, limits: FetchLimits) -> None:
        self.client = client
        self.limits = limits
        self._rules: dict[str, tuple[float, urllib.robotparser.RobotFileParser]] = {}
        self._locks: dict[str, asyncio.Lock] = {}

    async def allowed(self, url: str) -> bool:
        parts = urlsplit(url)
        site = f"{parts.scheme}://{parts.netloc}"
        lock = self._locks.setdefault(site, asyncio.Lock())
        async with lock:  # one robots.txt request per site, however many pages wait
            cached = self._rules.get(site)
            if cached is None or cached[0] < time.monotonic():
                cached = self._rules[site] = await self._load(site)
        return cached[1].can_fetch(AGENT_TOKEN, url)

    async def _load(self, site: str) -> tuple[float, urllib.robotparser.RobotFileParser]:
        parser = urllib.robotparser.RobotFileParser()
        try:
            answer = await fetch(
                self.client, f"{site}/robots.txt", self.limits, accept="text/plain"
            )
        except FetchFailed as exc:
            if (
                exc.status is not None
                and 400 <= exc.status < 500
                and exc.status not in (401, 403, 429)
            ):
                parser.parse([])  # no rules: everything allowed
            else:
                parser.parse(["User-agent: *", "Disallow: /"])
                return time.monotonic() + RETRY_SECONDS, parser
        else:
            parser.parse(answer.body.decode("utf-8", errors="replace").splitlines())
        return time.monotonic() + CACHE_SECONDS, parser
