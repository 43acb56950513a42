"""The worker's tagger pool tags in its child process what the tagger finds in process, also
for a language its warm-up left out (EVENTWATCH_WARM_LANGUAGES): built on the first article."""

from __future__ import annotations

import asyncio

from eventwatch.models import Article, Event
from eventwatch.settings import Settings
from eventwatch.streams.tagger_pool import TaggerPool, tag_inline
from eventwatch.tagging import Tagger

TEXT = (
    "France raised its terror alert to the highest level on Tuesday after threats against "
    "schools in Lyon, the interior ministry said."
)


def _found(events: list[Event]) -> list[tuple[str, str, str]]:
    return [(e.id, e.type, e.evidence.text) for e in events]


def test_a_language_not_warmed_at_start_is_tagged_on_its_first_article_as_in_process() -> None:
    settings = Settings(warm_languages="")  # the child builds no pipeline before it is ready
    pool = TaggerPool(settings)

    async def ready_then_tag() -> list[tuple[Article, list[Event]]]:
        await pool.warm_up()
        return await pool.tag([Article(id="pool-1", text=TEXT, language="en")])

    try:
        [(_, events)] = asyncio.run(ready_then_tag())
    finally:
        pool.close()
    [(_, expected)] = tag_inline(Tagger(settings), [Article(id="pool-1", text=TEXT, language="en")])
    assert "terror_alert" in {e.type for e in events}
    assert _found(events) == _found(expected)
