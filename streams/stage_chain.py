"""Batches through a chain of async stages, each stage working on one batch at a time:
batch N is in the last stage while N+1 is in the one before, and so on.

Batches go through every stage in input order (so acks stay in order) and memory stays
bounded by one batch per stage. A stage's error is logged at once and raised from the next
`put` (it reaches the caller only when the next batch arrives); the batches after it are
never acked, so a restart replays them.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable, Sequence
from typing import Any, Generic, TypeVar

T = TypeVar("T")
log = logging.getLogger(__name__)


class StageChain(Generic[T]):
    def __init__(self, name: str, stages: Sequence[Callable[[T], Awaitable[T]]]) -> None:
        self.name = name
        self.stages = list(stages)
        self._running: list[asyncio.Task[Any] | None] = [None] * len(self.stages)

    async def put(self, item: T) -> None:
        """Start `item` on the first stage as soon as that stage is free."""
        await self._enter(0, item)

    async def drain(self) -> None:
        """Wait until every batch put so far went through the last stage."""
        for index in range(len(self.stages)):
            task = self._running[index]
            if task is not None:
                await task

    def cancel(self) -> None:
        """Stop every batch in flight (none of them is acked: a restart replays them)."""
        for task in self._running:
            if task is None:
                continue
            if task.done():
                if not task.cancelled():
                    task.exception()  # retrieved: it was logged when it happened
            else:
                task.cancel()
        self._running = [None] * len(self.stages)

    async def _enter(self, index: int, item: T) -> None:
        previous, self._running[index] = self._running[index], None
        if previous is not None:
            await previous  # in order; raises the error of the batch before
        self._running[index] = asyncio.ensure_future(self._run(index, item))

    async def _run(self, index: int, item: T) -> None:
        stage = self.stages[index]
        try:
            result = await stage(item)
        except Exception:
            log.exception("%s: %s failed", self.name, getattr(stage, "__name__", stage))
            raise
        if index + 1 < len(self.stages):
            await self._enter(index + 1, result)
