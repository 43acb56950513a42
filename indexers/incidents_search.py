"""Searching incidents with the event filters: an incident is found when one of its
events matches (text, type, country, actor, source, language, modality, severity, time).

`search_incidents(es, names, query)` -> {"total", "incidents"}: the incident documents,
most recently updated first. `get_incident` adds its reports (the member events) with
their evidence, for the incident page.
"""

from __future__ import annotations

from typing import Any

from eventwatch.indexers.query import EventQuery
from eventwatch.indexers.search import _search, build_query
from eventwatch.names import Names

MAX_REPORTS = 200


def search_incidents(es: Any, names: Names, query: EventQuery) -> dict[str, Any]:
    events_query = build_query(query)
    events_query["bool"]["filter"].append({"exists": {"field": "incident_id"}})
    body = {
        "size": 0,
        "query": events_query,
        "aggs": {
            "count": {"cardinality": {"field": "incident_id"}},
            "incidents": {
                "terms": {
                    "field": "incident_id",
                    "size": query.limit,
                    "order": {"latest": "desc"},
                },
                "aggs": {"latest": {"max": {"field": "tagged_at"}}},
            },
        },
    }
    aggs = _search(es, names.events_index, body).get("aggregations") or {}
    ids = [bucket["key"] for bucket in aggs.get("incidents", {}).get("buckets", [])]
    found = _incidents_by_id(es, names, ids)
    incidents = [found[i] for i in ids if i in found]
    incidents.sort(key=lambda i: (i.get("last_update") or "", i["id"]), reverse=True)
    return {"total": int(aggs.get("count", {}).get("value", 0)), "incidents": incidents}


def _incidents_by_id(es: Any, names: Names, ids: list[str]) -> dict[str, dict[str, Any]]:
    if not ids:
        return {}
    body = {"size": len(ids), "query": {"ids": {"values": ids}}}
    hits = _search(es, names.incidents_index, body)["hits"]["hits"]
    return {hit["_id"]: {**hit["_source"], "id": hit["_id"]} for hit in hits}


def get_incident(es: Any, names: Names, incident_id: str) -> dict[str, Any] | None:
    """The incident document and its reports (member events, oldest first)."""
    found = _incidents_by_id(es, names, [incident_id])
    if incident_id not in found:
        return None
    incident = found[incident_id]
    ids = list(incident.get("event_ids") or [])[:MAX_REPORTS]
    body = {"size": len(ids), "query": {"ids": {"values": ids}}} if ids else None
    hits = _search(es, names.events_index, body)["hits"]["hits"] if body else []
    reports = [get_event_from_hit(hit) for hit in hits]
    reports.sort(key=lambda e: ((e.get("article") or {}).get("published_at") or "", e["id"]))
    return {**incident, "reports": reports}


def get_event_from_hit(hit: dict[str, Any]) -> dict[str, Any]:
    event = dict(hit["_source"])
    event.setdefault("id", hit["_id"])
    location = event.get("location")
    if isinstance(location, dict) and "point" in location:
        event["location"] = {k: v for k, v in location.items() if k != "point"}
    return event


__all__ = ["EventQuery", "get_incident", "search_incidents"]
