"""Event search for the dashboard until indexers.search provides it (same result shape).

`{"total", "events", "facets", "next"}`: events carry a `highlight` of their evidence,
facets are lists of {"key", "count"}, `next` is an opaque search_after token.
"""

from __future__ import annotations

import base64
import json
from typing import TYPE_CHECKING, Any

from dashboard.errors import InvalidField
from dashboard.highlight import POST_TAG, PRE_TAG
from eventwatch.names import Names

if TYPE_CHECKING:
    from dashboard.routes.events import EventFilters

TEXT_FIELDS = [
    "summary",
    "evidence.text",
    "article.title",
    "actors.source.name",
    "actors.target.name",
    "location.name",
]
FACETS = {
    "type": "type",
    "country": "location.country",
    "language": "language",
    "source": "article.source",
}
SORT = [
    {"tagged_at": {"order": "desc", "unmapped_type": "date"}},
    {"id": {"order": "asc", "unmapped_type": "keyword"}},
]


def search(es: Any, names: Names, filters: EventFilters) -> dict[str, Any]:
    body: dict[str, Any] = {
        "size": filters.limit,
        "track_total_hits": True,
        "query": {"bool": {"must": _must(filters), "filter": _filters(filters)}},
        "sort": SORT,
        "aggs": {name: {"terms": {"field": field, "size": 12}} for name, field in FACETS.items()},
        "highlight": {
            "pre_tags": [PRE_TAG],
            "post_tags": [POST_TAG],
            "fields": {"evidence.text": {"number_of_fragments": 0}},
        },
    }
    if filters.search_after:
        body["search_after"] = _decode_after(filters.search_after)
    result = es.search(index=names.events_index, body=body, ignore_unavailable=True)
    hits = result["hits"]["hits"]
    events = [
        hit["_source"] | {"id": hit["_id"], "highlight": hit.get("highlight", {})} for hit in hits
    ]
    facets = {
        name: [{"key": b["key"], "count": b["doc_count"]} for b in agg["buckets"]]
        for name, agg in (result.get("aggregations") or {}).items()
    }
    more = len(hits) == filters.limit and hits
    return {
        "total": result["hits"]["total"]["value"],
        "events": events,
        "facets": facets,
        "next": _encode_after(hits[-1]["sort"]) if more else None,
    }


def get(es: Any, names: Names, event_id: str) -> dict[str, Any] | None:
    result = es.search(
        index=names.events_index,
        body={"size": 1, "query": {"ids": {"values": [event_id]}}},
        ignore_unavailable=True,
    )
    hits = result["hits"]["hits"]
    return hits[0]["_source"] | {"id": hits[0]["_id"]} if hits else None


def threat_board(es: Any, names: Names) -> list[dict[str, Any]]:
    """The newest asserted terror alert level per country."""
    body = {
        "size": 0,
        "query": {
            "bool": {
                "filter": [
                    {"term": {"type": "terror_alert"}},
                    {"exists": {"field": "threat_level.normalized"}},
                ],
                "must_not": [{"terms": {"modality": ["negated", "hypothetical"]}}],
            }
        },
        "aggs": {
            "country": {
                "terms": {"field": "location.country", "size": 60},
                "aggs": {"latest": {"top_hits": {"size": 1, "sort": SORT[:1]}}},
            }
        },
    }
    result = es.search(index=names.events_index, body=body, ignore_unavailable=True)
    rows = []
    for bucket in (result.get("aggregations") or {}).get("country", {}).get("buckets", []):
        hit = bucket["latest"]["hits"]["hits"][0]
        event = hit["_source"]
        rows.append(
            {
                "country": bucket["key"],
                "level": event["threat_level"].get("level"),
                "normalized": event["threat_level"].get("normalized"),
                "since": event.get("tagged_at"),
                "evidence": event.get("evidence"),
                "event_id": hit["_id"],
            }
        )
    order = {"critical": 0, "high": 1, "elevated": 2, "low": 3}
    return sorted(rows, key=lambda r: (order.get(r["normalized"], 9), r["country"]))


def _must(filters: EventFilters) -> list[dict[str, Any]]:
    if not filters.q:
        return [{"match_all": {}}]
    return [
        {
            "simple_query_string": {
                "query": filters.q,
                "fields": TEXT_FIELDS,
                "default_operator": "and",
            }
        }
    ]


def _filters(filters: EventFilters) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    if filters.types:
        out.append({"terms": {"type": filters.types}})
    if filters.country:
        out.append({"term": {"location.country": filters.country}})
    if filters.lang:
        out.append({"term": {"language": filters.lang}})
    if filters.source:
        out.append({"term": {"article.source": filters.source}})
    if filters.actor:
        out.append(
            {
                "multi_match": {
                    "query": filters.actor,
                    "operator": "and",
                    "fields": ["actors.source.name", "actors.target.name"],
                }
            }
        )
    if filters.since_at:
        out.append({"range": {"tagged_at": {"gte": filters.since_at.isoformat()}}})
    return out


def _encode_after(values: list[Any]) -> str:
    return base64.urlsafe_b64encode(json.dumps(values).encode()).decode()


def _decode_after(token: str) -> list[Any]:
    try:
        values = json.loads(base64.urlsafe_b64decode(token.encode()))
    except (ValueError, UnicodeDecodeError) as exc:
        raise InvalidField(
            "field 'search_after': not a token this API gave out", field="search_after"
        ) from exc
    if not isinstance(values, list) or len(values) != len(SORT):
        raise InvalidField(
            "field 'search_after': not a token this API gave out", field="search_after"
        )
    return values
