"""The worker keeps the received_at an article entered with and adds picked_at."""

from __future__ import annotations

import asyncio
import json
from datetime import UTC, datetime

from streams_fakes import MemoryOutputs, received

from eventwatch.models import Article, Event
from eventwatch.settings import Settings
from eventwatch.streams.agents.tag_articles import ArticleTagging

ENTERED = "2026-03-01T08:00:00+00:00"


async def tag_nothing(articles: list[Article]) -> list[tuple[Article, list[Event]]]:
    return [(a, []) for a in articles]


def test_received_at_is_kept_and_picked_at_added() -> None:
    message = json.dumps({"id": "a1", "text": "Talks in Geneva.", "received_at": ENTERED})
    logic = ArticleTagging(Settings(), MemoryOutputs(), tag_nothing)
    before = datetime.now(UTC)
    [(article, _)] = asyncio.run(logic.handle([received(message.encode(), offset=0)]))
    assert article.received_at == datetime.fromisoformat(ENTERED)
    assert article.picked_at is not None and article.picked_at >= before


def test_an_article_without_received_at_is_stamped_when_picked() -> None:
    message = json.dumps({"id": "a2", "text": "Talks in Geneva."})
    logic = ArticleTagging(Settings(), MemoryOutputs(), tag_nothing)
    [(article, _)] = asyncio.run(logic.handle([received(message.encode(), offset=0)]))
    assert article.picked_at is not None and article.received_at <= article.picked_at
