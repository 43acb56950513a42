"""A partition's events handed on only in offset order without holes.

Faust (0.15.3) can lose messages from its in-memory queues when a restarted worker restores
a table: flow resumes and the fetcher delivers before the seek to the committed offsets,
and queues cleared after that seek drop messages whose offsets were already read. The
agent then sees offsets 40, 41, 45... and the missing ones are never fetched again: the
commit stalls behind the hole (or, for a hole of one offset at the head, Faust commits past
it: a loss). Our input topics are neither compacted nor transactional, so a hole is always
this: the partition is read again from the first missing offset, and nothing after a hole
goes on (or gets acked) until the hole is filled.

When the dropped messages are a partition's last ones, no later message shows the hole:
`idle_rewinds` then compares, for a stream that has had no batch for a while, each
partition's next offset (or its committed one when nothing came since the assignment) with
the partition's high watermark, and reads again what is waiting there.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Awaitable, Callable, Iterable, Sequence
from typing import Any

log = logging.getLogger(__name__)
SeekFn = Callable[[Any, int], Awaitable[Any]]
RESEEK_SECONDS = 10.0  # a rewind whose first message has not come back by then is repeated


class OffsetHoles:
    def __init__(self, seek: SeekFn, clock: Callable[[], float] = time.monotonic) -> None:
        self.seek = seek
        self.clock = clock
        self._next: dict[Any, int] = {}  # partition -> the offset that must come next
        self._rewound: dict[Any, float] = {}  # partition -> when it was last read again

    def reset(self) -> None:
        """Partitions were assigned or revoked: every partition starts afresh."""
        self._next.clear()
        self._rewound.clear()

    def waiting(self, tp: Any, committed: int | None, highwater: int | None) -> int | None:
        """The offset to read `tp` again from when messages wait there that never came."""
        start = self._next.get(tp, committed)
        if start is None or highwater is None or highwater <= start:
            return None
        last = self._rewound.get(tp)
        if last is not None and self.clock() - last < RESEEK_SECONDS:
            return None
        return start

    async def rewind(self, tp: Any, offset: int, why: str) -> None:
        log.warning("offsets %s..: %s in %s; reading them again", offset, why, tp)
        self._rewound[tp] = self.clock()
        await self.seek(tp, offset)

    async def admit(self, events: Sequence[Any]) -> list[Any]:
        """The events that continue their partition without a hole, in order. The others
        are dropped unacked: the partition is read again from its first missing offset."""
        admitted: list[Any] = []
        holes: dict[Any, int] = {}
        for event in events:
            tp, offset = event.message.tp, event.message.offset
            expected = self._next.get(tp)
            if tp in holes or (expected is not None and offset < expected):
                continue  # behind a hole in this batch, or read again after a rewind
            if expected is None or offset == expected:
                self._next[tp] = offset + 1
                self._rewound.pop(tp, None)
                admitted.append(event)
            else:
                holes[tp] = expected
        for tp, offset in holes.items():
            last = self._rewound.get(tp)
            if last is not None and self.clock() - last < RESEEK_SECONDS:
                continue  # already read again; these are the stale ones still queued
            await self.rewind(tp, offset, "not delivered")
        return admitted


async def idle_rewinds(
    holes: OffsetHoles,
    partitions: Callable[[], Iterable[tuple[Any, int | None, int | None]]],
) -> int:
    """For an idle stream: `partitions()` gives (partition, committed, high watermark) of
    each partition it reads; those with messages waiting are read again. Returns how many."""
    rewound = 0
    for tp, committed, highwater in partitions():
        start = holes.waiting(tp, committed, highwater)
        if start is not None:
            await holes.rewind(tp, start, "waiting while the stream is idle")
            rewound += 1
    return rewound
