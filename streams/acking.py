"""Acks that only ever follow a finished write, whatever Faust does around them.

Two Faust behaviours (faust-streaming 0.15.3) lose messages across a crash:

- `Stream.noack_take` turns acks off on the agent's own stream while it runs and, when it
  ends (the agent stops, crashes or restarts), turns them back on. The stream's background
  drainer goes on reading the messages already buffered for the agent and then acks every
  one of them, unprocessed; the next commit skips them. Turning acks off on the stream
  before `noack_take` makes that the state it restores: only our explicit `stream.ack`
  counts. (A `noack()` clone, taken after the tagger warmed up, left a restarted worker's
  backlog unread.)
- The consumer commits up to the first gap in a partition's acked offsets, but it misses a
  gap of one offset at the head (its check is `min(acked) - committed > 1`), and any head gap
  before the partition's first commit. An agent that acks out of order (alerts finish in
  any order) can thus commit past an event still in progress. `InOrderAcks` releases a
  partition's acks in offset order, so there is never a gap to miss.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections import OrderedDict
from collections.abc import AsyncIterator, Awaitable, Callable, Sequence
from typing import Any

from eventwatch.streams.offset_holes import OffsetHoles, idle_rewinds

log = logging.getLogger(__name__)
IDLE_SECONDS = 10.0  # no batch for this long: look for messages waiting that never came

AckFn = Callable[[Any], Awaitable[Any]]


async def take_unacked(
    stream: Any, size: int, within: float, idle_seconds: float = IDLE_SECONDS
) -> AsyncIterator[Sequence[Any]]:
    """Batches of Faust events that nothing acks but the caller (see the module doc), each
    partition's in offset order without holes (streams.offset_holes)."""
    app = stream.app
    consumer = app.consumer
    # seek_wait runs in the consumer's thread and sets Faust's read offset with aiokafka's
    # position (Consumer.seek calls aiokafka from this thread and was seen to re-read nothing).
    holes = OffsetHoles(lambda tp, offset: consumer.seek_wait({tp: offset}))
    topics = set(getattr(stream.channel, "topics", ()) or ())
    # Since when the caller has been waiting for a batch (None while it works on one: a
    # caller held up by an outage is not an idle stream).
    asking_since: list[float | None] = [time.monotonic()]

    def partitions() -> list[tuple[Any, int | None, int | None]]:
        # _committed_offset: what Faust read at assignment and wrote since (0.15.3, pinned)
        committed = consumer._committed_offset
        return [
            (tp, committed.get(tp), consumer.highwater(tp))
            for tp in consumer.assignment()
            if tp.topic in topics
        ]

    async def watch() -> None:
        while True:
            await asyncio.sleep(idle_seconds / 2)
            since = asking_since[0]
            if since is None or time.monotonic() - since < idle_seconds:
                continue
            if app.rebalancing or app.in_recovery:
                continue
            try:
                await idle_rewinds(holes, partitions)
            except Exception as exc:  # a look that fails must never stop the agent
                log.warning("take_unacked: cannot look for waiting messages: %r", exc)

    async def on_rebalance(sender: Any, *args: Any, **kwargs: Any) -> None:
        holes.reset()
        if asking_since[0] is not None:
            asking_since[0] = time.monotonic()

    app.on_partitions_revoked.connect(on_rebalance)
    app.on_partitions_assigned.connect(on_rebalance)
    watcher = asyncio.ensure_future(watch())
    stream.enable_acks = False  # what noack_take restores when it ends: acks stay off
    try:
        async for batch in stream.noack_take(size, within=within):
            asking_since[0] = None
            admitted = await holes.admit(batch)
            if admitted:
                yield admitted
            asking_since[0] = time.monotonic()
    finally:
        watcher.cancel()
        app.on_partitions_revoked.disconnect(on_rebalance)
        app.on_partitions_assigned.disconnect(on_rebalance)


class InOrderAcks:
    """`track` each event as it arrives, `finish` it when done (in any order): the acks go
    out per partition in offset order, each once all earlier ones of its partition are done."""

    def __init__(self, ack: AckFn) -> None:
        self.ack = ack
        # partition -> offset -> [event, finished]
        self._open: dict[Any, OrderedDict[int, list[Any]]] = {}

    def track(self, event: Any) -> None:
        message = event.message
        self._open.setdefault(message.tp, OrderedDict())[message.offset] = [event, False]

    async def finish(self, event: Any) -> int:
        """Mark `event` done and ack what is now in order; returns how many were acked."""
        message = event.message
        waiting = self._open.get(message.tp)
        entry = waiting.get(message.offset) if waiting is not None else None
        if waiting is None or entry is None or entry[0] is not event:
            return 0  # its partition was revoked meanwhile: whoever owns it replays it
        entry[1] = True
        acked = 0
        while waiting:
            offset, (head, finished) = next(iter(waiting.items()))
            if not finished:
                break
            del waiting[offset]
            await self.ack(head)
            acked += 1
        return acked

    def pending(self) -> int:
        return sum(len(waiting) for waiting in self._open.values())

    def reset(self) -> None:
        """Partitions were revoked or assigned: forget what was in flight (never acked, so
        whoever owns a partition next reads those events again)."""
        self._open.clear()
