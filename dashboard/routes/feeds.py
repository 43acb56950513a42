"""Watched feeds: list, create, read, replace, remove (editor to change), their health, and
the feeds page."""

from __future__ import annotations

import asyncio
from typing import Annotated, Any

from fastapi import APIRouter, Body, Request, Response
from fastapi.responses import HTMLResponse

from eventwatch.dashboard.deps import Editor, ESDep, NamesDep, Viewer
from eventwatch.dashboard.errors import InvalidField
from eventwatch.dashboard.routes.pages import PageUser
from eventwatch.dashboard.templating import render
from eventwatch.indexers import feeds as store
from eventwatch.ingest.feed_config import feed_to_dict, parse_feed
from eventwatch.names import Names

router = APIRouter(tags=["feeds"])
FEED_EXAMPLE = {
    "id": "tagesblatt",
    "url": "https://news.example.org/feeds/de.xml",
    "name": "Tagesblatt",
    "language": "de",
    "interval": "5m",
}
FeedBody = Annotated[
    dict[str, Any], Body(description="a feed (SPEC section 7)", examples=[FEED_EXAMPLE])
]


def _missing(feed_id: str) -> InvalidField:
    return InvalidField(f"no feed with id {feed_id!r}", field="id", status=404)


def _create(es: Any, names: Names, feed: dict[str, Any]) -> dict[str, Any]:
    valid = feed_to_dict(parse_feed(feed))
    if store.get_feed_document(es, names, valid["id"]) is not None:
        raise InvalidField(
            f"feed {valid['id']!r} already exists (replace it instead)", field="id", status=409
        )
    return store.save_feed(es, names, valid)


@router.get("/api/feeds")
async def list_feeds(es: ESDep, names: NamesDep, _: Viewer) -> dict[str, Any]:
    feeds = await asyncio.to_thread(store.list_feeds, es, names)
    return {"total": len(feeds), "feeds": feeds}


@router.post("/api/feeds", status_code=201)
async def create_feed(feed: FeedBody, es: ESDep, names: NamesDep, _: Editor) -> dict[str, Any]:
    """Refused with 422 naming the field when invalid; 409 when the id is taken."""
    return await asyncio.to_thread(_create, es, names, feed)


@router.get("/api/feeds/status")
async def feeds_status(es: ESDep, names: NamesDep, _: Viewer) -> dict[str, Any]:
    """Per feed: last poll, last new item, last error, items per hour, silence warning."""
    return {"feeds": await asyncio.to_thread(store.feed_status_rows, es, names)}


@router.get("/api/feeds/{feed_id}")
async def get_feed(feed_id: str, es: ESDep, names: NamesDep, _: Viewer) -> dict[str, Any]:
    doc = await asyncio.to_thread(store.get_feed_document, es, names, feed_id)
    if doc is None:
        raise _missing(feed_id)
    return {**doc["feed"], "status": doc.get("status")}


@router.put("/api/feeds/{feed_id}")
async def replace_feed(
    feed_id: str, feed: FeedBody, es: ESDep, names: NamesDep, _: Editor
) -> dict[str, Any]:
    if feed.setdefault("id", feed_id) != feed_id:
        raise InvalidField(
            f"field 'id': {feed['id']!r} differs from the URL's {feed_id!r}", field="id"
        )
    valid = feed_to_dict(parse_feed(feed))
    return await asyncio.to_thread(store.save_feed, es, names, valid)


@router.delete("/api/feeds/{feed_id}", status_code=204)
async def delete_feed(feed_id: str, es: ESDep, names: NamesDep, _: Editor) -> Response:
    if not await asyncio.to_thread(store.delete_feed, es, names, feed_id):
        raise _missing(feed_id)
    return Response(status_code=204)


@router.get("/feeds", response_class=HTMLResponse, include_in_schema=False)
async def feeds_page(request: Request, _: PageUser, es: ESDep, names: NamesDep) -> Response:
    rows = await asyncio.to_thread(store.feed_status_rows, es, names)
    return render(request, "feeds.html", active="feeds", feeds=rows)
