"""Retrying I/O while a server is away: nothing is acked until it succeeds."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from typing import TypeVar

T = TypeVar("T")
log = logging.getLogger(__name__)


class RetryLater(Exception):
    """Raised by writers when the server asked to come back later (429, 5xx per document)."""


def is_transient(exc: BaseException) -> bool:
    """Errors that go away when the server comes back (connection, timeout, 429, 5xx)."""
    if isinstance(exc, RetryLater):
        return True
    from elasticsearch import ConnectionError as EsConnectionError
    from elasticsearch import TransportError

    if isinstance(exc, EsConnectionError | asyncio.TimeoutError | OSError):
        return True
    if isinstance(exc, TransportError):
        status = exc.status_code
        return not isinstance(status, int) or status == 429 or status >= 500
    from aiokafka.errors import KafkaError

    return isinstance(exc, KafkaError)


async def retry_transient(
    operation: Callable[[], Awaitable[T]],
    *,
    what: str,
    first_delay: float = 0.5,
    max_delay: float = 10.0,
) -> T:
    """Run `operation` until it succeeds; back off on transient errors, raise the others."""
    delay = first_delay
    while True:
        try:
            return await operation()
        except Exception as exc:
            if not is_transient(exc):
                raise
            log.warning(
                "%s failed (%s: %s); retrying in %.1fs", what, type(exc).__name__, exc, delay
            )
            await asyncio.sleep(delay)
            delay = min(max_delay, delay * 2)
