"""Polite, bounded HTTP for the feed poller: conditional GET, redirects checked one by one
against the private-address policy, a whole-request deadline, a size cap, gzip.

Every request ends within `timeout` seconds whatever the server does (a server that sends a
byte a second never trips httpx's per-read timeout), and never reads more than `max_bytes`
after decompression (a gzip bomb stops at the cap).
"""

from __future__ import annotations

import asyncio
import email.utils
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from urllib.parse import urljoin

import httpx

from eventwatch import __version__
from eventwatch.addresses import PrivateTargetRefused, check_public_url

USER_AGENT = f"eventwatch/{__version__} (news event monitoring; feed poller)"
ALLOW_SETTING = "EVENTWATCH_FEEDS_ALLOW_PRIVATE"
MAX_REDIRECTS = 5
_REDIRECTS = {301, 302, 303, 307, 308}


@dataclass(frozen=True)
class FetchLimits:
    timeout: float = 10.0
    max_bytes: int = 5_000_000
    allow_private: bool = False


@dataclass(frozen=True)
class Fetched:
    status: int  # 200 or 304
    body: bytes
    url: str  # after redirects
    etag: str | None = None
    last_modified: str | None = None
    content_type: str = ""


class FetchFailed(Exception):
    """The request did not give a usable answer; `retry_after` is the server's wish (seconds)."""

    def __init__(
        self, message: str, *, status: int | None = None, retry_after: float | None = None
    ):
        super().__init__(message)
        self.status = status
        self.retry_after = retry_after


def new_client(limits: FetchLimits, *, connections: int = 32) -> httpx.AsyncClient:
    return httpx.AsyncClient(
        headers={"User-Agent": USER_AGENT, "Accept-Encoding": "gzip, deflate"},
        timeout=httpx.Timeout(limits.timeout),
        limits=httpx.Limits(max_connections=connections, max_keepalive_connections=connections),
        follow_redirects=False,
    )


async def fetch(
    client: httpx.AsyncClient,
    url: str,
    limits: FetchLimits,
    *,
    etag: str | None = None,
    last_modified: str | None = None,
    accept: str = "*/*",
) -> Fetched:
    """GET url (conditionally when etag/last_modified are known); raises FetchFailed."""
    headers = {"Accept": accept}
    if etag:
        headers["If-None-Match"] = etag
    if last_modified:
        headers["If-Modified-Since"] = last_modified
    try:
        async with asyncio.timeout(limits.timeout):
            return await _follow(client, url, headers, limits)
    except TimeoutError:
        raise FetchFailed(f"no complete answer within {limits.timeout:g} s") from None
    except PrivateTargetRefused as exc:
        raise FetchFailed(str(exc)) from None
    except httpx.HTTPError as exc:
        detail = str(exc) or type(exc).__name__
        raise FetchFailed(f"{type(exc).__name__}: {detail}") from None


async def _follow(
    client: httpx.AsyncClient, url: str, headers: dict[str, str], limits: FetchLimits
) -> Fetched:
    for _ in range(MAX_REDIRECTS + 1):
        await check_public_url(url, allow_private=limits.allow_private, setting=ALLOW_SETTING)
        async with client.stream("GET", url, headers=headers) as response:
            if response.status_code in _REDIRECTS and "location" in response.headers:
                url = urljoin(url, response.headers["location"])
                continue
            return await _read(response, url, limits)
    raise FetchFailed(f"more than {MAX_REDIRECTS} redirects")


async def _read(response: httpx.Response, url: str, limits: FetchLimits) -> Fetched:
    status = response.status_code
    if status == 304:
        return Fetched(304, b"", url, response.headers.get("etag"))
    if status >= 400 or status < 200:
        retry_after = parse_retry_after(response.headers.get("retry-after"))
        raise FetchFailed(f"HTTP {status}", status=status, retry_after=retry_after)
    declared = response.headers.get("content-length")
    if declared and declared.isdigit() and int(declared) > limits.max_bytes:
        raise FetchFailed(f"too large: {declared} bytes, limit {limits.max_bytes}")
    chunks: list[bytes] = []
    size = 0
    async for chunk in response.aiter_bytes():
        size += len(chunk)
        if size > limits.max_bytes:
            raise FetchFailed(f"too large: more than {limits.max_bytes} bytes")
        chunks.append(chunk)
    return Fetched(
        status,
        b"".join(chunks),
        url,
        etag=response.headers.get("etag"),
        last_modified=response.headers.get("last-modified"),
        content_type=response.headers.get("content-type", ""),
    )


def parse_retry_after(value: str | None, *, now: float | None = None) -> float | None:
    """Retry-After as seconds from now: either delay-seconds or an HTTP date."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    current = datetime.fromtimestamp(time.time() if now is None else now, tz=UTC)
    return max(0.0, (when - current).total_seconds())
