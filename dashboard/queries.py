"""Read-only Elasticsearch queries that only the overview page needs.

Searching and filtering events belongs to indexers.search; these are the aggregations a
live overview draws (events per type over time, marker positions, the newest items).
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from eventwatch.names import Names

TIME_FIELD = "tagged_at"


def timeline(es: Any, names: Names, *, hours: int = 24) -> dict[str, Any]:
    """Events per type per hour over the last `hours`, zero-filled."""
    now = datetime.now(UTC).replace(minute=0, second=0, microsecond=0)
    start = now - timedelta(hours=hours - 1)
    body = {
        "size": 0,
        "query": {"range": {TIME_FIELD: {"gte": start.isoformat()}}},
        "aggs": {
            "per_hour": {
                "date_histogram": {
                    "field": TIME_FIELD,
                    "fixed_interval": "1h",
                    "min_doc_count": 0,
                    "extended_bounds": {"min": start.isoformat(), "max": now.isoformat()},
                },
                "aggs": {"types": {"terms": {"field": "type", "size": 20}}},
            }
        },
    }
    result = es.search(index=names.events_index, body=body, ignore_unavailable=True)
    hours_iso = [(start + timedelta(hours=i)).isoformat() for i in range(hours)]
    series: dict[str, list[int]] = {}
    buckets = (result.get("aggregations") or {}).get("per_hour", {}).get("buckets", [])
    for bucket in buckets:
        moment = datetime.fromtimestamp(bucket["key"] / 1000, UTC)
        slot = int((moment - start).total_seconds() // 3600)
        if not 0 <= slot < hours:
            continue
        for term in bucket["types"]["buckets"]:
            series.setdefault(term["key"], [0] * hours)[slot] += term["doc_count"]
    return {"start": start.isoformat(), "hours": hours_iso, "series": series}


def map_points(es: Any, names: Names, *, size: int = 300) -> list[dict[str, Any]]:
    """The newest events that have coordinates."""
    body = {
        "size": size,
        "sort": [{TIME_FIELD: {"order": "desc", "unmapped_type": "date"}}],
        "query": {"exists": {"field": "location.lat"}},
        "_source": ["id", "type", "summary", "location", "severity"],
    }
    result = es.search(index=names.events_index, body=body, ignore_unavailable=True)
    return [hit["_source"] | {"id": hit["_id"]} for hit in result["hits"]["hits"]]


def latest(es: Any, index: str, *, size: int, time_field: str) -> list[dict[str, Any]]:
    body = {"size": size, "sort": [{time_field: {"order": "desc", "unmapped_type": "date"}}]}
    result = es.search(index=index, body=body, ignore_unavailable=True)
    return [hit["_source"] | {"id": hit["_id"]} for hit in result["hits"]["hits"]]


def count_since(es: Any, index: str, time_field: str, *, hours: int = 24) -> int:
    since = (datetime.now(UTC) - timedelta(hours=hours)).isoformat()
    body = {"query": {"range": {time_field: {"gte": since}}}}
    return int(es.count(index=index, body=body, ignore_unavailable=True).get("count", 0))
