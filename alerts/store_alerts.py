"""Fired alerts in the alerts index: written once per deterministic id, listed newest first."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from eventwatch.models import Alert, utcnow
from eventwatch.names import Names


def alert_exists(es: Any, names: Names, alert_id: str) -> bool:
    return bool(es.exists(index=names.alerts_index, id=alert_id))


def write_alert(es: Any, names: Names, alert: Alert) -> None:
    es.index(index=names.alerts_index, id=alert.id, body=alert.model_dump(mode="json"))


def list_alerts(
    es: Any, names: Names, *, since: timedelta, limit: int, rule_id: str | None = None
) -> list[dict[str, Any]]:
    filters: list[dict[str, Any]] = [
        {"range": {"fired_at": {"gte": (utcnow() - since).isoformat()}}}
    ]
    if rule_id:
        filters.append({"term": {"rule_id": rule_id}})
    body = {
        "size": limit,
        "query": {"bool": {"filter": filters}},
        "sort": [{"fired_at": {"order": "desc", "unmapped_type": "date"}}],
    }
    result = es.search(index=names.alerts_index, body=body, ignore_unavailable=True)
    return [hit["_source"] | {"id": hit["_id"]} for hit in result["hits"]["hits"]]
