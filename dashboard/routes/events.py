"""GET /api/events (search with the filters of `eventwatch search`) and GET /api/events/{id}."""

from __future__ import annotations

import asyncio
from typing import Annotated, Any

from fastapi import APIRouter, Depends

from eventwatch.dashboard import backends
from eventwatch.dashboard.deps import ESDep, NamesDep, Viewer
from eventwatch.dashboard.errors import InvalidField
from eventwatch.dashboard.filters import EventFilters

router = APIRouter(prefix="/api/events", tags=["events"])

Filters = Annotated[EventFilters, Depends()]


@router.get("")
async def list_events(filters: Filters, es: ESDep, names: NamesDep, _: Viewer) -> dict[str, Any]:
    """`{"total", "events", "facets", "next"}`; pass `next` back as `search_after`."""
    return await asyncio.to_thread(backends.search_events, es, names, filters)


@router.get("/{event_id}")
async def get_event(event_id: str, es: ESDep, names: NamesDep, _: Viewer) -> dict[str, Any]:
    event = await asyncio.to_thread(backends.get_event, es, names, event_id)
    if event is None:
        raise InvalidField(f"no event with id {event_id!r}", field="id", status=404)
    return event
