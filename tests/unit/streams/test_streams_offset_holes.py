"""A hole in a partition's offsets (messages Faust dropped from memory) holds that partition
back and reads it again from the first missing offset; nothing after the hole goes on."""

import asyncio
from dataclasses import dataclass, field

from eventwatch.streams.offset_holes import RESEEK_SECONDS, OffsetHoles, idle_rewinds


@dataclass
class Message:
    tp: str
    offset: int


@dataclass
class Event:
    message: Message


@dataclass
class Seeks:
    calls: list[tuple[str, int]] = field(default_factory=list)

    async def __call__(self, tp: str, offset: int) -> None:
        self.calls.append((tp, offset))


class Clock:
    now = 100.0

    def __call__(self) -> float:
        return self.now


def batch(*items: tuple[str, int]) -> list[Event]:
    return [Event(Message(tp, offset)) for tp, offset in items]


def offsets(events: list[Event]) -> list[tuple[str, int]]:
    return [(e.message.tp, e.message.offset) for e in events]


def admit(holes: OffsetHoles, *items: tuple[str, int]) -> list[tuple[str, int]]:
    return offsets(asyncio.run(holes.admit(batch(*items))))


def test_contiguous_offsets_all_go_on_in_order() -> None:
    seeks = Seeks()
    holes = OffsetHoles(seeks)
    assert admit(holes, ("p0", 40), ("p1", 7), ("p0", 41)) == [("p0", 40), ("p1", 7), ("p0", 41)]
    assert admit(holes, ("p0", 42), ("p1", 8)) == [("p0", 42), ("p1", 8)]
    assert seeks.calls == []


def test_a_hole_holds_its_partition_back_and_reads_it_again() -> None:
    seeks = Seeks()
    holes = OffsetHoles(seeks)
    admit(holes, ("p0", 40), ("p0", 41))
    # 42..44 were dropped from memory; p1 is unaffected
    assert admit(holes, ("p0", 45), ("p1", 3), ("p0", 46)) == [("p1", 3)]
    assert seeks.calls == [("p0", 42)]
    # what was still queued after the hole comes in first: held back, no second rewind
    assert admit(holes, ("p0", 47)) == []
    assert seeks.calls == [("p0", 42)]
    # the partition read again from 42: everything in order, once
    again = [("p0", n) for n in range(42, 48)]
    assert admit(holes, *again) == again
    assert admit(holes, ("p0", 48)) == [("p0", 48)]


def test_messages_delivered_twice_are_handed_on_once() -> None:
    holes = OffsetHoles(Seeks())
    assert admit(holes, ("p0", 0), ("p0", 1), ("p0", 2)) == [("p0", 0), ("p0", 1), ("p0", 2)]
    assert admit(holes, ("p0", 0), ("p0", 1), ("p0", 2), ("p0", 3)) == [("p0", 3)]


def test_a_rewind_that_does_not_come_back_is_repeated() -> None:
    seeks, clock = Seeks(), Clock()
    holes = OffsetHoles(seeks, clock)
    admit(holes, ("p0", 10))
    admit(holes, ("p0", 12))
    clock.now += RESEEK_SECONDS + 1
    admit(holes, ("p0", 13))
    assert seeks.calls == [("p0", 11), ("p0", 11)]


def test_after_a_rebalance_a_partition_starts_afresh() -> None:
    seeks = Seeks()
    holes = OffsetHoles(seeks)
    admit(holes, ("p0", 5))
    holes.reset()  # another worker had p0 meanwhile and went on to 20
    assert admit(holes, ("p0", 20)) == [("p0", 20)]
    assert seeks.calls == []


def test_an_idle_stream_reads_again_what_waits_after_its_last_offset() -> None:
    seeks = Seeks()
    holes = OffsetHoles(seeks)
    admit(holes, ("p0", 40), ("p0", 41))
    # p0: 42..44 were dropped and nothing came after them; p1: nothing seen since the
    # assignment, 3 committed, 6 written; p2: all done
    partitions = [("p0", 30, 45), ("p1", 3, 6), ("p2", 9, 9)]
    assert asyncio.run(idle_rewinds(holes, lambda: partitions)) == 2
    assert seeks.calls == [("p0", 42), ("p1", 3)]
    # the re-read is under way: not asked again at the next look
    assert asyncio.run(idle_rewinds(holes, lambda: partitions)) == 0
    assert admit(holes, ("p0", 42), ("p1", 3)) == [("p0", 42), ("p1", 3)]


def test_a_stream_that_is_up_to_date_is_left_alone() -> None:
    seeks = Seeks()
    holes = OffsetHoles(seeks)
    admit(holes, ("p0", 7))
    unknown_highwater = [("p0", 0, 8), ("p1", None, None), ("p2", 5, None)]
    assert asyncio.run(idle_rewinds(holes, lambda: unknown_highwater)) == 0
    assert seeks.calls == []
