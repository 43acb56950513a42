"""One round trip for many callers: requests made while a batch call is in flight ride
together in the next one.

At a low rate every request is its own batch (no added wait); under load the batches grow
with the backlog, so the cost per request falls instead of requests queueing behind a
fixed number of threads.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Hashable
from typing import Generic, TypeVar

K = TypeVar("K", bound=Hashable)
V = TypeVar("V")
BatchCall = Callable[[list[K]], Awaitable[dict[K, V | BaseException]]]


class Coalescer(Generic[K, V]):
    def __init__(self, call: BatchCall[K, V], *, max_batch: int = 500) -> None:
        self.call = call
        self.max_batch = max_batch
        self.batches = 0  # calls made, for tests and logs
        self._waiting: list[tuple[K, asyncio.Future[V]]] = []
        self._runner: asyncio.Task[None] | None = None

    async def __call__(self, item: K) -> V:
        """The result for `item`; an exception in the batch call (or for the item) is raised."""
        future: asyncio.Future[V] = asyncio.get_running_loop().create_future()
        self._waiting.append((item, future))
        if self._runner is None or self._runner.done():
            self._runner = asyncio.create_task(self._drain())
        return await future

    async def _drain(self) -> None:
        while self._waiting:
            batch = self._waiting[: self.max_batch]
            del self._waiting[: self.max_batch]
            self.batches += 1
            try:
                results = await self.call(list(dict.fromkeys(item for item, _ in batch)))
            except Exception as exc:  # every caller of the batch sees it (and may retry)
                for _, future in batch:
                    if not future.done():
                        future.set_exception(exc)
                continue
            for item, future in batch:
                if future.done():  # the caller gave up (cancelled)
                    continue
                result = results.get(item, KeyError(item))
                if isinstance(result, BaseException):
                    future.set_exception(result)
                else:
                    future.set_result(result)
