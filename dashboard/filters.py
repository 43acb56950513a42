"""The event filters shared by GET /api/events, the search page and the alerts list."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from typing import Annotated, Any

from fastapi import Query

from eventwatch.dashboard.errors import InvalidField
from eventwatch.durations import DURATION_PATTERN, parse_duration
from eventwatch.models import EVENT_TYPES

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

    try:
        return datetime.now(UTC) - parse_duration(value)
    except ValueError as exc:
        if re.match(DURATION_PATTERN, value):  # a duration, but too long
            raise InvalidField(f"field 'since': {exc}", field="since") from None
    try:
        moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError as exc:
        raise InvalidField(
            f"field 'since': {value[:40]!r} is neither a duration like 24h nor an ISO 8601 date",
            field="since",
        ) from exc
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)
