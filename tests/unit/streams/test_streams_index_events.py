import asyncio
import json
from typing import Any

from elasticsearch import ConnectionError as EsConnectionError
from streams_fakes import MemoryOutputs, one_event, received

from eventwatch.models import Article
from eventwatch.streams.agents.index_events import EventIndexing

ARTICLE = Article(id="a1", text="Die Terrorwarnstufe steigt.", language="de")
EVENT = one_event(ARTICLE)


class Writer:
    """Records what would be written; refuses ids in `refuse`, fails `outages` times first."""

    def __init__(self, refuse: set[str] = frozenset(), outages: int = 0) -> None:
        self.written: list[dict[str, Any]] = []
        self.incidents: list[dict[str, Any]] = []
        self.refuse = refuse
        self.outages = outages

    async def write(
        self, docs: list[dict[str, Any]], incidents: list[dict[str, Any]] = ()
    ) -> list[tuple[dict[str, Any], str]]:
        if self.outages:
            self.outages -= 1
            raise EsConnectionError("N/A", "connection refused", None)
        self.written.extend(d for d in docs if d["id"] not in self.refuse)
        self.incidents.extend(incidents)
        return [(d, "mapper_parsing_exception") for d in docs if d["id"] in self.refuse]


def run(writer: Writer, outputs: MemoryOutputs, *values: bytes) -> int:
    logic = EventIndexing(outputs, writer.write)
    return asyncio.run(logic.handle([received(v, n) for n, v in enumerate(values)]))


def test_events_are_written_with_indexed_at() -> None:
    writer, outputs = Writer(), MemoryOutputs()
    assert run(writer, outputs, EVENT.model_dump_json().encode()) == 1
    assert writer.written[0]["id"] == EVENT.id
    assert writer.written[0]["indexed_at"]


def test_a_message_that_is_not_an_event_goes_to_the_dlq_naming_the_field() -> None:
    writer, outputs = Writer(), MemoryOutputs()
    broken = json.loads(EVENT.model_dump_json())
    broken["confidence"] = 7
    run(
        writer,
        outputs,
        b"\x00garbage",
        json.dumps(broken).encode(),
        EVENT.model_dump_json().encode(),
    )
    assert outputs.dead[0]["reason"].startswith("not a valid event")
    assert outputs.dead[1]["reason"].startswith("not a valid event: confidence")
    assert [d["id"] for d in writer.written] == [EVENT.id]


def test_documents_elasticsearch_refuses_go_to_the_dlq_with_its_error() -> None:
    writer, outputs = Writer(refuse={EVENT.id}), MemoryOutputs()
    assert run(writer, outputs, EVENT.model_dump_json().encode()) == 0
    [dead] = outputs.dead
    assert dead["reason"] == "elasticsearch refused the event: mapper_parsing_exception"
    assert json.loads(dead["original"])["id"] == EVENT.id


def test_the_batch_is_retried_while_elasticsearch_is_down() -> None:
    writer, outputs = Writer(outages=2), MemoryOutputs()
    assert run(writer, outputs, EVENT.model_dump_json().encode()) == 1
    assert outputs.dead == []


def test_the_faust_agent_writes_batches_through_test_context() -> None:
    from contextlib import asynccontextmanager

    import faust

    from eventwatch.settings import Settings
    from eventwatch.streams.agents import index_events
    from eventwatch.streams.topics import Topics

    settings = Settings(topic_prefix="unit-", batch_size=4, batch_seconds=0.05)
    app = faust.App("unit-index", value_serializer="raw")  # test_context never connects
    writer, outputs = Writer(), MemoryOutputs()

    @asynccontextmanager
    async def logic():
        yield EventIndexing(outputs, writer.write)

    agent = index_events.register(app, Topics.declare(app, settings), settings, logic=logic)

    async def scenario() -> None:
        async with agent.test_context() as ctx:
            await ctx.put(b"{kaputt")
            await ctx.put(EVENT.model_dump_json().encode())
            for _ in range(100):
                if writer.written:
                    break
                await asyncio.sleep(0.02)

    asyncio.run(scenario())
    assert [d["id"] for d in writer.written] == [EVENT.id]
    assert [d["reason"][:17] for d in outputs.dead] == ["not a valid event"]
