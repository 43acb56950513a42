"""GET /api/events (search with the filters of `eventwatch search`) and GET /api/events/{id}."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query

from eventwatch.dashboard import backends
from eventwatch.dashboard.deps import ESDep, NamesDep, Viewer
from eventwatch.dashboard.errors import InvalidField

router = APIRouter(prefix="/api/events", tags=["events"])
MAX_LIMIT = 200


class EventFilters:
    """The query parameters shared by the API and the search page."""

    def __init__(
        self,
        q: Annotated[str | None, Query(max_length=1000, description="text query")] = None,
        type: Annotated[list[str] | None, Query(description="event types (repeatable)")] = None,
        country: Annotated[str | None, Query(max_length=2, description="ISO alpha-2")] = None,
        actor: Annotated[str | None, Query(max_length=200)] = None,
        source: Annotated[str | None, Query(max_length=200, description="outlet")] = None,
        lang: Annotated[str | None, Query(max_length=2, description="ISO 639-1")] = None,
        since: Annotated[str | None, Query(description="24h, 7d or an ISO 8601 date")] = None,
        limit: Annotated[int, Query(ge=1, le=MAX_LIMIT)] = 20,
        search_after: Annotated[str | None, Query(max_length=500)] = None,
    ) -> None:
        self.q = (q or "").strip() or None
        self.types = [t for t in (type or []) if t]
        self.country = country.upper() if country else None
        self.actor = actor or None
        self.source = source or None
        self.lang = lang.lower() if lang else None
        self.since = since or None
        self.since_at = parse_since(since) if since else None
        self.limit = limit
        self.search_after = search_after or None
        from eventwatch.models import EVENT_TYPES

        for value in self.types:
            if value not in EVENT_TYPES:
                raise InvalidField(
                    f"field 'type': unknown event type {value!r}; one of {', '.join(EVENT_TYPES)}",
                    field="type",
                )

    def as_params(self) -> dict[str, Any]:
        params: dict[str, Any] = {
            "q": self.q,
            "type": self.types or None,
            "country": self.country,
            "actor": self.actor,
            "source": self.source,
            "lang": self.lang,
            "since": self.since,
            "search_after": self.search_after,
        }
        if self.limit != 20:
            params["limit"] = self.limit
        return {k: v for k, v in params.items() if v}


def parse_since(value: str) -> datetime:
    """'24h' -> now minus 24 hours; an ISO 8601 date as itself."""
    from eventwatch.alerts.durations import parse_duration

    try:
        return datetime.now(UTC) - parse_duration(value)
    except ValueError:
        pass
    try:
        moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError as exc:
        raise InvalidField(
            f"field 'since': {value[:40]!r} is neither a duration like 24h nor an ISO 8601 date",
            field="since",
        ) from exc
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


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
