"""The one place where the dashboard calls the other packages (indexers, alerts).

Routes and pages call these functions only, so the web layer does not care how the
search, the rules store or the alerts store are built.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from pydantic import ValidationError

from eventwatch.alerts import store
from eventwatch.alerts.secrets import keep_secrets, mask_rule
from eventwatch.dashboard.errors import InvalidField
from eventwatch.dashboard.filters import EventFilters
from eventwatch.dashboard.highlight import POST_TAG, PRE_TAG
from eventwatch.errors import UsageError
from eventwatch.indexers import incidents_search, search
from eventwatch.indexers.setup import ensure_alert_indices
from eventwatch.names import Names

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


# EventQuery's list fields -> the query parameter a dashboard user typed.
_PARAMS = {
    "types": "type",
    "countries": "country",
    "actors": "actor",
    "sources": "source",
    "languages": "lang",
}


def search_events(es: Any, names: Names, filters: EventFilters) -> dict[str, Any]:
    query = event_query(filters)
    with _as_invalid_field():
        return search.search_events(es, names, query, highlight_tags=(PRE_TAG, POST_TAG))


def search_incidents(es: Any, names: Names, filters: EventFilters) -> dict[str, Any]:
    query = event_query(filters)
    with _as_invalid_field():
        return incidents_search.search_incidents(es, names, query)


def get_incident(es: Any, names: Names, incident_id: str) -> dict[str, Any] | None:
    return incidents_search.get_incident(es, names, incident_id)


def event_query(filters: EventFilters) -> search.EventQuery:
    """indexers' EventQuery from the filters; bad input is a 422 naming the parameter."""
    with _as_invalid_field():
        return search.EventQuery(
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


@contextmanager
def _as_invalid_field() -> Iterator[None]:
    try:
        yield
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first.get("loc", ())) or "query"
        message = str(first.get("msg")).removeprefix("Value error, ")
        raise _invalid(where, message) from None
    except InvalidField:
        raise
    except UsageError as exc:
        # indexers words its errors "<field>: <what is wrong>".
        where, _, message = str(exc).partition(": ")
        where = getattr(exc, "field", None) or where
        if not message or " " in where:
            where, message = "query", str(exc)
        raise _invalid(where, message) from None


def _invalid(where: str, message: str) -> InvalidField:
    param = _PARAMS.get(where.split(".")[0], where)
    message = message.removeprefix(f"{where}: ")
    return InvalidField(f"field '{param}': {message}", field=param)


def get_event(es: Any, names: Names, event_id: str) -> dict[str, Any] | None:
    return search.get_event(es, names, event_id)


def threat_board(es: Any, names: Names, country: str | None = None) -> list[dict[str, Any]]:
    return search.threat_board(es, names, country)


def get_article(es: Any, names: Names, article_id: str) -> dict[str, Any] | None:
    doc = es.get(index=names.articles_index, id=article_id, ignore=[404])
    if not doc.get("found"):
        return None
    return {"id": doc["_id"], **doc["_source"]}


# --- rules ------------------------------------------------------------------------------


# Rule secrets are write-only: every rule leaves here masked, and masks sent back by the
# form or an API client are replaced by what is stored (alerts.secrets).


def list_rules(es: Any, names: Names) -> list[dict[str, Any]]:
    return [mask_rule(r) for r in store.list_rules(es, names)]


def get_rule(es: Any, names: Names, rule_id: str) -> dict[str, Any] | None:
    rule = store.get_rule(es, names, rule_id)
    return None if rule is None else mask_rule(rule)


def create_rule(es: Any, names: Names, rule: dict[str, Any]) -> dict[str, Any]:
    ensure_alert_indices(es, names)
    return mask_rule(store.create_rule(es, names, keep_secrets(rule, None)))


def replace_rule(es: Any, names: Names, rule_id: str, rule: dict[str, Any]) -> dict[str, Any]:
    ensure_alert_indices(es, names)
    merged = keep_secrets(rule, store.get_rule(es, names, rule_id))
    return mask_rule(store.replace_rule(es, names, rule_id, merged))


def delete_rule(es: Any, names: Names, rule_id: str) -> bool:
    return store.delete_rule(es, names, rule_id)


def set_enabled(es: Any, names: Names, rule_id: str, enabled: bool) -> dict[str, Any] | None:
    rule = store.set_enabled(es, names, rule_id, enabled)
    return None if rule is None else mask_rule(rule)


def backtest(es: Any, names: Names, rule: dict[str, Any], since: str) -> dict[str, Any]:
    return store.backtest(es, names, rule, since)


# --- alerts -----------------------------------------------------------------------------


def list_alerts(es: Any, names: Names, *, since: Any, limit: int) -> list[dict[str, Any]]:
    query: dict[str, Any] = {"match_all": {}}
    if since is not None:
        query = {"range": {"fired_at": {"gte": since.isoformat()}}}
    body = {
        "size": limit,
        "query": query,
        "sort": [{"fired_at": {"order": "desc", "unmapped_type": "date"}}],
    }
    result = es.search(index=names.alerts_index, body=body, ignore_unavailable=True)
    return [hit["_source"] | {"id": hit["_id"]} for hit in result["hits"]["hits"]]


def acknowledge(es: Any, names: Names, alert_id: str) -> dict[str, Any] | None:
    """Marks the alert acknowledged wherever it is stored (the alias may span indices)."""
    result = es.search(
        index=names.alerts_index,
        body={"size": 1, "query": {"ids": {"values": [alert_id]}}},
        ignore_unavailable=True,
    )
    hits = result["hits"]["hits"]
    if not hits:
        return None
    hit = hits[0]
    es.update(
        index=hit["_index"], id=hit["_id"], body={"doc": {"acknowledged": True}}, refresh="wait_for"
    )
    return hit["_source"] | {"id": hit["_id"], "acknowledged": True}
