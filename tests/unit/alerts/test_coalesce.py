"""Coalescer: callers that arrive while a batch is in flight share the next request."""

from __future__ import annotations

import asyncio

import pytest

from eventwatch.alerts.coalesce import Coalescer


def test_concurrent_callers_share_requests_and_get_their_own_results() -> None:
    calls: list[list[int]] = []

    async def square(items: list[int]) -> dict[int, int | BaseException]:
        calls.append(items)
        await asyncio.sleep(0.01)
        return {n: ValueError(n) if n == 13 else n * n for n in items}

    async def run() -> list[object]:
        squares = Coalescer(square)
        first = asyncio.create_task(squares(2))
        await asyncio.sleep(0)  # the first request is on its way alone
        rest = [squares(n) for n in (3, 3, 4, 13)]
        return await asyncio.gather(first, *rest, return_exceptions=True)

    results = asyncio.run(run())
    assert results[:4] == [4, 9, 9, 16]
    assert isinstance(results[4], ValueError)
    assert calls == [[2], [3, 4, 13]]


def test_a_failed_batch_fails_each_caller_and_the_next_one_runs() -> None:
    attempts = 0

    async def flaky(items: list[str]) -> dict[str, bool | BaseException]:
        nonlocal attempts
        attempts += 1
        if attempts == 1:
            raise ConnectionError("away")
        return {item: True for item in items}

    async def run() -> bool:
        lookups = Coalescer(flaky)
        with pytest.raises(ConnectionError):
            await lookups("a")
        return await lookups("a")

    assert asyncio.run(run()) is True
    assert attempts == 2
