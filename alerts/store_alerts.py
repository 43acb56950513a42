"""Fired alerts in the alerts index: written once per deterministic id, listed newest first."""

from __future__ import annotations

import json
from datetime import timedelta
from typing import Any

from eventwatch.models import Alert, utcnow
from eventwatch.names import Names
from eventwatch.retry import RetryLater

_NO_INDEX = "index_not_found_exception"


def write_alert(es: Any, names: Names, alert: Alert) -> None:
    es.index(index=names.alerts_index, id=alert.id, body=alert.model_dump(mode="json"))


class AlertRefused(Exception):
    """The alerts index refused the document for good (a mapping conflict, not an outage)."""


def alerts_exist(es: Any, names: Names, ids: list[str]) -> dict[str, bool]:
    """Which of `ids` the alerts index holds, in one request."""
    answer = es.mget(index=names.alerts_index, body={"ids": ids}, _source=False)
    found = {doc["_id"] for doc in answer["docs"] if doc.get("found")}
    for doc in answer["docs"]:
        error = doc.get("error")
        if error and not (isinstance(error, dict) and error.get("type") == _NO_INDEX):
            raise RetryLater(f"alerts index lookup: {error}")  # unknown is not "not sent"
    return {alert_id: alert_id in found for alert_id in ids}


def write_alerts(es: Any, names: Names, alerts: list[Alert]) -> dict[str, None | Exception]:
    """Index `alerts` in one bulk request; per alert None, RetryLater or AlertRefused."""
    lines = []
    for alert in alerts:
        lines.append(json.dumps({"index": {"_index": names.alerts_index, "_id": alert.id}}))
        lines.append(alert.model_dump_json())
    answer = es.bulk(body="\n".join(lines) + "\n")
    outcome: dict[str, None | Exception] = {}
    for item in answer["items"]:
        result = item["index"]
        status, error = result.get("status", 500), result.get("error")
        if error is None and status < 300:
            outcome[result["_id"]] = None
        elif status == 429 or status >= 500:
            outcome[result["_id"]] = RetryLater(f"alerts index answered {status}: {error}")
        else:
            outcome[result["_id"]] = AlertRefused(f"{status}: {error}")
    return outcome


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
