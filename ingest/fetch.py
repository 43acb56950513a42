"""Fetching http(s) sources for `eventwatch ingest URL`."""

from __future__ import annotations

import httpx

from eventwatch.errors import UsageError


def fetch_url(url: str, *, timeout: float = 30.0) -> tuple[bytes, str]:
    """The body and content type of URL; an unreachable or failing URL is a UsageError."""
    try:
        response = httpx.get(url, timeout=timeout, follow_redirects=True)
    except httpx.HTTPError as exc:
        raise UsageError(f"cannot fetch {url}: {exc}") from exc
    if response.status_code >= 400:
        raise UsageError(f"cannot fetch {url}: HTTP {response.status_code}")
    return response.content, response.headers.get("content-type", "")
