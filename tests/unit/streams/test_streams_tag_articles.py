import asyncio
import base64
import json

from streams_fakes import MemoryOutputs, one_event, received

from eventwatch.models import Article, Event
from eventwatch.settings import Settings
from eventwatch.streams.agents.tag_articles import ArticleTagging

SETTINGS = Settings(max_article_chars=500)
ALERT = {"id": "a1", "text": "Die Regierung hob die Terrorwarnstufe an.", "language": "de"}


async def tag_fake(articles: list[Article]) -> list[tuple[Article, list[Event]]]:
    return [(a, [one_event(a)] if "Terror" in a.text else []) for a in articles]


def run(logic: ArticleTagging, *values: bytes):
    batch = [received(v, offset=n) for n, v in enumerate(values)]
    return asyncio.run(logic.handle(batch))


def test_valid_article_is_tagged_events_sent_then_article_indexed() -> None:
    outputs = MemoryOutputs()
    tagged = run(ArticleTagging(SETTINGS, outputs, tag_fake), json.dumps(ALERT).encode())
    assert [a.id for a, _ in tagged] == ["a1"]
    assert [e.type for e in outputs.events] == ["terror_alert"]
    assert [a.id for a, _ in outputs.indexed] == ["a1"]
    assert outputs.dead == []


def test_malformed_messages_go_to_the_dlq_with_reason_origin_and_original_bytes() -> None:
    outputs = MemoryOutputs()
    bad_utf8 = b'{"text": "\xff\xfe"}'
    run(
        ArticleTagging(SETTINGS, outputs, tag_fake),
        b"{not json",
        json.dumps({"title": "kein Text"}).encode(),
        bad_utf8,
        json.dumps({"text": "x" * 501}).encode(),
        json.dumps(ALERT).encode(),
    )
    reasons = [d["reason"] for d in outputs.dead]
    assert reasons[0].startswith("not JSON")
    assert reasons[1] == "field 'text' is required"
    assert reasons[2] == "broken encoding: not valid UTF-8 at byte 10"
    assert reasons[3] == "field 'text' is too long: 501 characters, limit 500"
    assert [(d["topic"], d["partition"], d["offset"]) for d in outputs.dead] == [
        ("p-articles", 1, n) for n in range(4)
    ]
    assert outputs.dead[0]["original"] == "{not json" and outputs.dead[0]["encoding"] == "utf-8"
    assert base64.b64decode(outputs.dead[2]["original"]) == bad_utf8
    assert outputs.dead[2]["encoding"] == "base64"
    assert [e.article.id for e in outputs.events] == ["a1"]  # the good one after them


def test_duplicates_in_a_batch_and_already_indexed_articles_are_not_tagged_again() -> None:
    outputs = MemoryOutputs(seen={"old"})
    old = dict(ALERT, id="old")
    tagged = run(
        ArticleTagging(SETTINGS, outputs, tag_fake),
        json.dumps(ALERT).encode(),
        json.dumps(ALERT).encode(),
        json.dumps(old).encode(),
    )
    assert [a.id for a, _ in tagged] == ["a1"]
    assert len(outputs.events) == 1


def test_an_article_that_crashes_the_tagger_goes_to_the_dlq_and_the_others_are_tagged() -> None:
    async def tag_fragile(articles: list[Article]) -> list[tuple[Article, list[Event]]]:
        if any("Absturz" in a.text for a in articles):
            raise ValueError("kaputt")
        return await tag_fake(articles)

    outputs = MemoryOutputs()
    poison = {"id": "p", "text": "Absturz des Taggers"}
    run(
        ArticleTagging(SETTINGS, outputs, tag_fragile),
        json.dumps(poison).encode(),
        json.dumps(ALERT).encode(),
    )
    assert [d["reason"] for d in outputs.dead] == ["tagger failed: ValueError: kaputt"]
    assert [e.article.id for e in outputs.events] == ["a1"]


def test_events_are_resent_while_kafka_is_away_and_nothing_is_lost() -> None:
    outputs = MemoryOutputs()
    outputs.failures_before_success = 2
    run(ArticleTagging(SETTINGS, outputs, tag_fake), json.dumps(ALERT).encode())
    assert outputs.calls == 3
    assert len(outputs.events) == 1 and len(outputs.indexed) == 1


def test_with_elasticsearch_down_articles_are_tagged_and_their_documents_retried() -> None:
    class EsDown(MemoryOutputs):
        outage = 2

        async def seen_articles(self, ids: list[str]) -> set[str]:
            raise ConnectionRefusedError("elasticsearch away")

        async def index_articles(self, tagged: list) -> list[tuple[str, str]]:
            if self.outage:
                self.outage -= 1
                raise ConnectionRefusedError("elasticsearch away")
            return await super().index_articles(tagged)

    outputs = EsDown()
    tagged = run(ArticleTagging(SETTINGS, outputs, tag_fake), json.dumps(ALERT).encode())
    assert [a.id for a, _ in tagged] == ["a1"]
    assert [e.type for e in outputs.events] == ["terror_alert"]
    assert outputs.outage == 0 and [a.id for a, _ in outputs.indexed] == ["a1"]


def test_an_article_document_refused_for_good_goes_to_the_dlq_with_the_error() -> None:
    class Refusing(MemoryOutputs):
        async def index_articles(self, tagged: list) -> list[tuple[str, str]]:
            return [(a.id, '{"type": "mapper_parsing_exception"}') for a, _ in tagged]

    outputs = Refusing()
    run(ArticleTagging(SETTINGS, outputs, tag_fake), json.dumps(ALERT).encode())
    assert [d["reason"] for d in outputs.dead] == [
        'elasticsearch refused the article: {"type": "mapper_parsing_exception"}'
    ]
    assert [e.article.id for e in outputs.events] == ["a1"]


def test_an_unexpected_parse_error_dead_letters_that_message_and_the_batch_goes_on() -> None:
    # Python refuses to turn integers longer than 4300 digits into int: a ValueError that is
    # no JSONDecodeError; eventwatch.articles words it as a reason of its own.
    huge_number = b'{"text": "Terror", "n": ' + b"1" * 5000 + b"}"
    outputs = MemoryOutputs()
    tagged = run(
        ArticleTagging(SETTINGS, outputs, tag_fake), huge_number, json.dumps(ALERT).encode()
    )
    assert [a.id for a, _ in tagged] == ["a1"]
    [dead] = outputs.dead
    assert dead["reason"] == "not accepted: a number with more than 4300 digits"
    assert dead["offset"] == 0 and dead["original"].startswith('{"text": "Terror"')


def test_the_faust_agent_validates_tags_and_dead_letters_through_test_context() -> None:
    from contextlib import asynccontextmanager

    import faust

    from eventwatch.streams.agents import tag_articles
    from eventwatch.streams.topics import Topics

    settings = Settings(topic_prefix="unit-", batch_size=4, batch_seconds=0.05)
    app = faust.App("unit-tag", value_serializer="raw")  # test_context never connects
    outputs = MemoryOutputs()

    @asynccontextmanager
    async def logic():
        yield ArticleTagging(settings, outputs, tag_fake)

    agent = tag_articles.register(app, Topics.declare(app, settings), settings, logic=logic)

    async def scenario() -> None:
        async with agent.test_context() as ctx:
            await ctx.put(b"{kaputt")
            await ctx.put(json.dumps(ALERT).encode())
            for _ in range(100):
                if outputs.events:
                    break
                await asyncio.sleep(0.02)

    asyncio.run(scenario())
    assert [d["reason"][:8] for d in outputs.dead] == ["not JSON"]
    assert [e.article.id for e in outputs.events] == ["a1"]


def test_an_article_still_being_written_is_not_selected_again_by_the_next_batch() -> None:
    from eventwatch.streams.agents.tag_articles import Batch

    outputs = MemoryOutputs()
    logic = ArticleTagging(SETTINGS, outputs, tag_fake)
    value = json.dumps(ALERT).encode()

    async def scenario() -> tuple[list, list, list]:
        first = await logic.tag_fresh(await logic.select(Batch([received(value, 0)])))
        # The next batch is selected while the first is still on its way to the index.
        second = await logic.select(Batch([received(value, 1)]))
        await logic.mark_done(await logic.send(first))
        third = await logic.select(Batch([received(value, 2)]))  # done: the index has it
        return first.fresh, second.fresh, third.fresh

    first, second, third = asyncio.run(scenario())
    assert [a.id for a, _ in first] == ["a1"]
    assert second == [] and third == []
    assert len(outputs.events) == 1
