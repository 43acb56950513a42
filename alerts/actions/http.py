"""POSTing JSON with a timeout and retries with exponential backoff (webhook, Slack)."""

from __future__ import annotations

import asyncio
import logging
from typing import Any
from urllib.parse import urlsplit

import httpx

from eventwatch.alerts.actions.base import DeliveryContext, DeliveryFailed, check_public_target

log = logging.getLogger(__name__)
_RETRY_STATUS = {408, 425, 429, 500, 502, 503, 504}


async def post_json(
    url: str,
    body: Any,
    ctx: DeliveryContext,
    *,
    headers: dict[str, str] | None = None,
    timeout: float = 5.0,
    retries: int = 3,
) -> int:
    """POST and return the attempts used; 4xx other than the transient ones is not retried."""
    await check_public_target(url, ctx)
    client = ctx.http
    own_client = client is None
    if client is None:
        client = httpx.AsyncClient()
    try:
        return await _post_with_retries(client, url, body, headers, timeout, retries, ctx)
    finally:
        if own_client:
            await client.aclose()


async def _post_with_retries(
    client: httpx.AsyncClient,
    url: str,
    body: Any,
    headers: dict[str, str] | None,
    timeout: float,
    retries: int,
    ctx: DeliveryContext,
) -> int:
    error = ""
    attempts = retries + 1
    for attempt in range(1, attempts + 1):
        try:
            response = await client.post(url, json=body, headers=headers, timeout=timeout)
        except httpx.HTTPError as exc:
            # One wording for refused, reset, timed out and not-HTTP: deliveries[] is readable
            # by viewers and must not tell open ports from closed ones. The log has the detail.
            log.info("POST %s: %s: %s", urlsplit(url).hostname, type(exc).__name__, exc)
            error = "no HTTP answer (the worker's log has the details)"
        else:
            if response.status_code < 300:
                return attempt
            error = f"HTTP {response.status_code}"
            if response.status_code not in _RETRY_STATUS:
                raise DeliveryFailed(error, attempts=attempt)
        if attempt < attempts:
            await asyncio.sleep(ctx.backoff_seconds * 2 ** (attempt - 1))
    raise DeliveryFailed(f"{error} after {attempts} attempts", attempts=attempts)
