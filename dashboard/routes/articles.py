"""POST /api/articles (ingest one article) and GET /api/articles/{id} (article detail)."""

from __future__ import annotations

import asyncio
from typing import Any

from fastapi import APIRouter, Request

from eventwatch.articles import receive_article_bytes
from eventwatch.dashboard.deps import Editor, ESDep, NamesDep, StateDep, Viewer
from eventwatch.dashboard.errors import InvalidField
from eventwatch.dashboard.security import BodyTooLarge
from eventwatch.errors import InvalidArticle, ServiceUnavailable
from eventwatch.ingest.dlq import dead_letter
from eventwatch.models import Article

router = APIRouter(prefix="/api/articles", tags=["articles"])
SEND_TIMEOUT_S = 10.0


@router.post(
    "",
    status_code=202,
    openapi_extra={
        "requestBody": {
            "required": True,
            "content": {"application/json": {"schema": Article.model_json_schema()}},
        }
    },
)
async def post_article(request: Request, state: StateDep, _: Editor) -> dict[str, Any]:
    """Validate one article (SPEC section 4) and put it on the articles topic.

    Refused input answers 422 naming the field, and its raw body goes to articles.dlq; a body
    over EVENTWATCH_MAX_REQUEST_BYTES answers 413 and its start goes there.
    """
    received: list[bytes] = []
    try:
        async for chunk in request.stream():
            received.append(chunk)
    except BodyTooLarge as exc:
        await asyncio.to_thread(_dead_letter, state, str(exc.detail), b"".join(received), request)
        raise
    raw = b"".join(received)
    limit = state.settings.max_article_chars
    try:
        article = receive_article_bytes(raw, max_chars=limit)
    except InvalidArticle as exc:
        await asyncio.to_thread(_dead_letter, state, exc.reason, raw, request)
        raise InvalidField(exc.reason, field=exc.field or "body") from exc
    await asyncio.to_thread(_send, state, article)
    return {"id": article.id, "status": "accepted", "topic": state.settings.names.articles_topic}


@router.get("/{article_id}")
async def get_article(article_id: str, es: ESDep, names: NamesDep, _: Viewer) -> dict[str, Any]:
    """One stored article with its text (404 when it is not indexed)."""
    doc = await asyncio.to_thread(es.get, index=names.articles_index, id=article_id, ignore=[404])
    if not doc.get("found"):
        raise InvalidField(f"no article with id {article_id!r}", field="id", status=404)
    return {"id": doc["_id"], **doc["_source"]}


def _send(state: Any, article: Any) -> None:
    producer = state.producer()
    before = len(producer.failures)
    producer.send_article(article)
    producer.flush(timeout=SEND_TIMEOUT_S)
    if len(producer.failures) > before:
        raise ServiceUnavailable(f"Kafka refused the article: {producer.failures[-1]}")


def _dead_letter(state: Any, reason: str, raw: bytes, request: Request) -> None:

    producer = state.producer()
    client = request.client.host if request.client else None
    producer.send_dead_letter(dead_letter(reason, raw, source="api", client=client))
    producer.flush(timeout=SEND_TIMEOUT_S)
