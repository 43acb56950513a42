import asyncio

import pytest

from eventwatch.streams.stage_chain import StageChain


def test_batches_go_through_every_stage_in_order_with_stages_overlapping() -> None:
    log: list[str] = []
    second_started = asyncio.Event()

    async def select(n: int) -> int:
        log.append(f"select {n}")
        if n == 2:
            second_started.set()
        return n

    async def write(n: int) -> int:
        if n == 1:  # finishes only once batch 2 is being selected: the stages overlap
            await asyncio.wait_for(second_started.wait(), timeout=2)
        log.append(f"write {n}")
        return n

    async def scenario() -> None:
        chain = StageChain("test", [select, write])
        for n in (1, 2, 3):
            await chain.put(n)
        await chain.drain()

    asyncio.run(scenario())
    writes = [entry for entry in log if entry.startswith("write")]
    assert writes == ["write 1", "write 2", "write 3"]
    assert log.index("select 2") < log.index("write 1")


def test_each_stage_holds_one_batch_at_a_time() -> None:
    busy = {"slow": 0}
    most = {"slow": 0}

    async def fast(n: int) -> int:
        return n

    async def slow(n: int) -> int:
        busy["slow"] += 1
        most["slow"] = max(most["slow"], busy["slow"])
        await asyncio.sleep(0.01)
        busy["slow"] -= 1
        return n

    async def scenario() -> None:
        chain = StageChain("test", [fast, slow])
        for n in range(10):
            await chain.put(n)
        await chain.drain()

    asyncio.run(scenario())
    assert most["slow"] == 1


def test_a_failed_stage_stops_the_chain_and_the_next_put_raises_its_error() -> None:
    written: list[int] = []

    async def tag(n: int) -> int:
        if n == 2:
            raise ValueError("tagger broke")
        return n

    async def write(n: int) -> int:
        written.append(n)
        return n

    async def scenario() -> None:
        chain = StageChain("test", [tag, write])
        await chain.put(1)
        await chain.put(2)
        with pytest.raises(ValueError, match="tagger broke"):
            await chain.put(3)
        chain.cancel()

    asyncio.run(scenario())
    assert written == [1]


def test_cancel_stops_the_batches_in_flight() -> None:
    finished: list[int] = []

    async def slow(n: int) -> int:
        await asyncio.sleep(10)
        finished.append(n)
        return n

    async def scenario() -> None:
        chain = StageChain("test", [slow])
        await chain.put(1)
        chain.cancel()
        await asyncio.sleep(0.05)

    asyncio.run(scenario())
    assert finished == []
