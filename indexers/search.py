"""Searching the event index: one query builder for the CLI, the API and rule backtests.

`search_events(es, names, query)` -> {"total", "events", "facets", "next"}; each event
carries `highlight` ({field: [fragments]}); facets are lists of {"key", "count"}; `next`
is an opaque search_after token (or None on the last page).
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from elasticsearch import ConnectionError as EsConnectionError
from elasticsearch import TransportError

from eventwatch.errors import ServiceUnavailable, UsageError
from eventwatch.indexers.analysis import text_query_fields
from eventwatch.indexers.query import EventQuery, InvalidQuery, decode_after, encode_after
from eventwatch.names import Names

__all__ = [
    "EventQuery",
    "InvalidQuery",
    "build_query",
    "get_event",
    "search_events",
    "threat_board",
]

TEXT_FIELDS = [
    *text_query_fields("summary"),
    *text_query_fields("evidence.text", 2.0),
    *text_query_fields("article.title"),
    "actors.source.name^2",
    "actors.target.name^2",
    "location.name",
]
HIGHLIGHTED = ("evidence.text", "summary", "article.title")
TIME_FIELD = "tagged_at"
# Facet names as the dashboard and its filters call them (singular: one per field).
FACETS = {
    "type": ("type", 20),
    "country": ("location.country", 250),
    "actor": ("actor_names", 25),
    "source": ("article.source", 25),
    "language": ("language", 30),
}
# Private-use characters: they survive Elasticsearch and never occur in news text, so
# the dashboard can escape fragments first and then turn them into <mark>.
HIGHLIGHT_TAGS = ("\ue000", "\ue001")


def make_query(**fields: Any) -> EventQuery:
    """EventQuery from user input; bad input raises InvalidQuery (a UsageError)."""
    return EventQuery(**fields)


def build_query(query: EventQuery) -> dict[str, Any]:
    """The bool query (text + filters) alone: backtests and counts reuse it."""
    must: list[dict[str, Any]] = []
    if query.q:
        must.append(
            {
                "simple_query_string": {
                    "query": query.q,
                    "fields": TEXT_FIELDS,
                    "default_operator": "and",
                    # No fuzzy/regex-like operators: nothing expensive from user input.
                    "flags": "AND|OR|NOT|PHRASE|PRECEDENCE|WHITESPACE|ESCAPE|PREFIX",
                    "lenient": True,
                }
            }
        )
    return {"bool": {"must": must or [{"match_all": {}}], "filter": _filters(query)}}


def _filters(query: EventQuery) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    terms = {
        "type": query.types,
        "location.country": query.countries,
        "article.source": query.sources,
        "language": query.languages,
        "modality": list(query.modality),
        "actor_names.lower": [a.lower() for a in query.actors],
    }
    out += [{"terms": {field: values}} for field, values in terms.items() if values]
    if query.min_severity is not None:
        out.append({"range": {"severity": {"gte": query.min_severity}}})
    if query.min_confidence is not None:
        out.append({"range": {"confidence": {"gte": query.min_confidence}}})
    window = {}
    if query.since:
        window["gte"] = query.since.isoformat()
    if query.until:
        window["lte"] = query.until.isoformat()
    if window:
        out.append({"range": {TIME_FIELD: window}})
    return out


def _sort(query: EventQuery) -> list[dict[str, Any]]:
    by_time = [
        {TIME_FIELD: {"order": "desc", "unmapped_type": "date"}},
        {"id": {"order": "asc", "unmapped_type": "keyword"}},
    ]
    return [{"_score": {"order": "desc"}}, *by_time] if query.sort == "relevance" else by_time


def _histogram(query: EventQuery) -> dict[str, Any]:
    span = None
    if query.since:
        end = query.until or query.since.now(query.since.tzinfo)
        span = end - query.since
    if span is not None and span <= timedelta(days=2):
        interval = {"fixed_interval": "1h"}
    elif span is not None and span <= timedelta(days=90):
        interval = {"calendar_interval": "day"}
    else:
        interval = {"calendar_interval": "week"}
    return {"date_histogram": {"field": TIME_FIELD, **interval, "min_doc_count": 1}}


def search_body(query: EventQuery, highlight_tags: tuple[str, str] = HIGHLIGHT_TAGS) -> dict:
    aggs: dict[str, Any] = {
        name: {"terms": {"field": field, "size": size}} for name, (field, size) in FACETS.items()
    }
    aggs["time"] = _histogram(query)
    body: dict[str, Any] = {
        "size": query.limit,
        "track_total_hits": True,
        "query": build_query(query),
        "sort": _sort(query),
        "aggs": aggs,
        "highlight": {
            "pre_tags": [highlight_tags[0]],
            "post_tags": [highlight_tags[1]],
            "fields": {f"{f}*": {"number_of_fragments": 0} for f in HIGHLIGHTED},
        },
    }
    if query.search_after:
        after = decode_after(query.search_after)
        if len(after) != len(body["sort"]):
            raise UsageError("search_after: the token belongs to a different sort order")
        body["search_after"] = after
    return body


def search_events(
    es: Any,
    names: Names,
    query: EventQuery,
    *,
    highlight_tags: tuple[str, str] = HIGHLIGHT_TAGS,
) -> dict[str, Any]:
    body = search_body(query, highlight_tags)
    result = _search(es, names.events_index, body)
    hits = result["hits"]["hits"]
    aggs = result.get("aggregations") or {}
    facets = {
        name: [
            {"key": _key(b), "count": b["doc_count"]} for b in aggs.get(name, {}).get("buckets", [])
        ]
        for name in [*FACETS, "time"]
    }
    full_page = bool(hits) and len(hits) == query.limit
    return {
        "total": result["hits"]["total"]["value"],
        "events": [_event(hit) for hit in hits],
        "facets": facets,
        "next": encode_after(hits[-1]["sort"]) if full_page else None,
    }


def _key(bucket: dict[str, Any]) -> Any:
    return bucket.get("key_as_string", bucket["key"])


def _event(hit: dict[str, Any]) -> dict[str, Any]:
    event = dict(hit["_source"])
    event.setdefault("id", hit["_id"])
    location = event.get("location")
    if isinstance(location, dict) and "point" in location:
        event["location"] = {k: v for k, v in location.items() if k != "point"}
    highlight: dict[str, list[str]] = {}
    for field, fragments in (hit.get("highlight") or {}).items():
        base = next((f for f in HIGHLIGHTED if field == f or field.startswith(f + ".")), field)
        highlight.setdefault(base, fragments)
    event["highlight"] = highlight
    if "_score" in hit and hit["_score"] is not None:
        event["_score"] = hit["_score"]
    return event


def _search(es: Any, index: str, body: dict[str, Any]) -> dict[str, Any]:
    try:
        return es.search(index=index, body=body, ignore_unavailable=True)
    except EsConnectionError as exc:
        raise ServiceUnavailable(f"Elasticsearch does not answer ({exc.info or exc})") from None
    except TransportError as exc:
        if exc.status_code == 400:
            raise UsageError(f"query: Elasticsearch refused it ({_reason(exc)})") from None
        raise ServiceUnavailable(f"Elasticsearch search failed: {_reason(exc)}") from None


def _reason(exc: TransportError) -> str:
    info: dict[str, Any] = exc.info if isinstance(exc.info, dict) else {}
    error: dict[str, Any] = info["error"] if isinstance(info.get("error"), dict) else {}
    causes = error.get("root_cause") or [error]
    reason = (causes[0] or {}).get("reason") or str(exc.error)
    return " ".join(str(reason).split())[:300]


def get_event(es: Any, names: Names, event_id: str) -> dict[str, Any] | None:
    body = {"size": 1, "query": {"ids": {"values": [event_id]}}}
    hits = _search(es, names.events_index, body)["hits"]["hits"]
    if not hits:
        return None
    event = _event(hits[0])
    event.pop("highlight", None)
    event.pop("_score", None)
    return event


def threat_board(es: Any, names: Names, country: str | None = None) -> list[dict[str, Any]]:
    """Per country the current threat level and its history of changes (indexers.board)."""
    from eventwatch.indexers.board import threat_board as board

    return board(es, names, country)
