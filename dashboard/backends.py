"""The one place where the dashboard calls the other packages (indexers, alerts).

Routes and pages call these functions only, so the web layer does not care how the
search, the rules store or the alerts store are built.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from eventwatch.names import Names

if TYPE_CHECKING:
    from dashboard.routes.events import EventFilters

RULE_EXAMPLE: dict[str, Any] = {
    "id": "fr-terror-alert",
    "name": "Terror alert in France",
    "enabled": False,
    "kind": "any",
    "match": {"types": ["terror_alert"], "countries": ["FR"], "min_confidence": 0.5},
    "throttle": "1h",
    "actions": [{"type": "log"}],
}


# --- events -----------------------------------------------------------------------------


def search_events(es: Any, names: Names, filters: EventFilters) -> dict[str, Any]:
    from indexers.search import search_events as search

    return search(es, names, event_query(filters))


def event_query(filters: EventFilters) -> Any:
    from indexers.search import EventQuery

    return EventQuery(
        q=filters.q,
        types=filters.types,
        country=filters.country,
        actor=filters.actor,
        source=filters.source,
        language=filters.lang,
        since=filters.since_at,
        limit=filters.limit,
        search_after=filters.search_after,
    )


def get_event(es: Any, names: Names, event_id: str) -> dict[str, Any] | None:
    from indexers.search import get_event as fetch

    return fetch(es, names, event_id)


def threat_board(es: Any, names: Names) -> list[dict[str, Any]]:
    from indexers.search import threat_board as board

    return board(es, names)


def get_article(es: Any, names: Names, article_id: str) -> dict[str, Any] | None:
    doc = es.get(index=names.articles_index, id=article_id, ignore=[404])
    if not doc.get("found"):
        return None
    return {"id": doc["_id"], **doc["_source"]}


# --- rules ------------------------------------------------------------------------------


def list_rules(es: Any, names: Names) -> list[dict[str, Any]]:
    raise NotImplementedError


def get_rule(es: Any, names: Names, rule_id: str) -> dict[str, Any] | None:
    raise NotImplementedError


# --- alerts -----------------------------------------------------------------------------


def list_alerts(es: Any, names: Names, *, since: Any, limit: int) -> list[dict[str, Any]]:
    raise NotImplementedError
