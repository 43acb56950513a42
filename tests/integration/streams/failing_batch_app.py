"""A Faust worker whose agent takes batches like ours (streams.acking.take_unacked) and
fails on its first one for good; run by test_streams_acking_on_a_broker.py as its own process:
`python failing_batch_app.py BOOTSTRAP TOPIC SECONDS`. It never processes a message."""

from __future__ import annotations

import asyncio
import os
import sys

import faust

from eventwatch.streams.acking import take_unacked

bootstrap, topic_name, seconds = sys.argv[1], sys.argv[2], float(sys.argv[3])
app = faust.App(
    topic_name,  # the consumer group
    broker=f"kafka://{bootstrap}",
    value_serializer="raw",
    store="memory://",
    web_enabled=False,
    consumer_auto_offset_reset="earliest",
    stream_wait_empty=False,
    broker_commit_interval=0.5,
)
topic = app.topic(topic_name, value_type=bytes, value_serializer="raw")
runs: list[int] = []


@app.agent(topic)
async def fail_first_batch(stream: faust.StreamT) -> None:
    runs.append(1)
    if len(runs) > 1:  # Faust restarts a crashed agent: this one takes nothing
        await asyncio.sleep(3600)
    async for _batch in take_unacked(stream, 5, 0.2):
        await asyncio.sleep(1)  # the rest of the topic is buffered for the agent meanwhile
        raise RuntimeError("the write failed for good")


@app.timer(seconds)
async def stop() -> None:
    os._exit(0)  # the commits so far are what the test looks at


if __name__ == "__main__":
    sys.argv = [sys.argv[0], "worker", "-l", "warn"]
    app.main()
