import asyncio
from dataclasses import dataclass, field

from eventwatch.streams.acking import InOrderAcks


@dataclass
class Message:
    tp: str
    offset: int


@dataclass
class Event:
    message: Message


@dataclass
class Acked:
    offsets: list[tuple[str, int]] = field(default_factory=list)

    async def __call__(self, event: Event) -> None:
        self.offsets.append((event.message.tp, event.message.offset))


def events(tp: str, *offsets: int) -> list[Event]:
    return [Event(Message(tp, offset)) for offset in offsets]


def test_an_event_finished_early_is_acked_only_after_the_ones_before_it() -> None:
    acked = Acked()
    acks = InOrderAcks(acked)
    first, second, third = events("p0", 10, 11, 12)
    for event in (first, second, third):
        acks.track(event)

    async def scenario() -> list[int]:
        counts = [await acks.finish(third), await acks.finish(second)]
        assert acked.offsets == []  # 10 is still in progress: a commit must not pass it
        counts.append(await acks.finish(first))
        return counts

    assert asyncio.run(scenario()) == [0, 0, 3]
    assert acked.offsets == [("p0", 10), ("p0", 11), ("p0", 12)]
    assert acks.pending() == 0


def test_partitions_do_not_wait_for_each_other() -> None:
    acked = Acked()
    acks = InOrderAcks(acked)
    [slow] = events("p0", 5)
    [quick] = events("p1", 7)
    acks.track(slow)
    acks.track(quick)
    asyncio.run(acks.finish(quick))
    assert acked.offsets == [("p1", 7)]
    assert acks.pending() == 1


def test_an_event_of_a_revoked_partition_is_never_acked() -> None:
    acked = Acked()
    acks = InOrderAcks(acked)
    [old] = events("p0", 3)
    acks.track(old)
    acks.reset()  # revoked: the next owner reads it again
    [replayed] = events("p0", 3)
    acks.track(replayed)
    assert asyncio.run(acks.finish(old)) == 0  # the old copy cannot ack the replayed one
    assert acked.offsets == []
    assert asyncio.run(acks.finish(replayed)) == 1
    assert acked.offsets == [("p0", 3)]
