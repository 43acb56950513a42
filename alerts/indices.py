"""The rules and alerts indices: indexers.setup's when installed, else the fallback below.

The rules index holds each rule (as an unindexed object, so any rule shape fits) and its
percolator copy in `query`; percolation needs the event fields it queries mapped alike.
"""

from __future__ import annotations

from typing import Any

from eventwatch.names import Names

_EVENT_FIELDS: dict[str, Any] = {
    "type": {"type": "keyword"},
    "language": {"type": "keyword"},
    "modality": {"type": "keyword"},
    "severity": {"type": "integer"},
    "confidence": {"type": "float"},
    "summary": {"type": "text"},
    "evidence": {"properties": {"text": {"type": "text"}}},
    "location": {"properties": {"country": {"type": "keyword"}, "name": {"type": "keyword"}}},
    "actors": {
        "properties": {
            side: {
                "properties": {
                    "name": {
                        "type": "text",
                        "fields": {"lower": {"type": "keyword", "normalizer": "lowercase"}},
                    },
                    "country": {"type": "keyword"},
                }
            }
            for side in ("source", "target")
        }
    },
}

RULES_INDEX_BODY: dict[str, Any] = {
    "settings": {
        "number_of_shards": 1,
        "number_of_replicas": 0,
        "analysis": {"normalizer": {"lowercase": {"type": "custom", "filter": ["lowercase"]}}},
    },
    "mappings": {
        "dynamic": False,
        "properties": {
            "query": {"type": "percolator"},
            "rule": {"type": "object", "enabled": False},
            "rule_id": {"type": "keyword"},
            "kind": {"type": "keyword"},
            "enabled": {"type": "boolean"},
            "updated_at": {"type": "date"},
            **_EVENT_FIELDS,
        },
    },
}

ALERTS_INDEX_BODY: dict[str, Any] = {
    "settings": {"number_of_shards": 1, "number_of_replicas": 0},
    "mappings": {
        "dynamic": False,
        "properties": {
            "id": {"type": "keyword"},
            "rule_id": {"type": "keyword"},
            "rule_name": {"type": "text"},
            "fired_at": {"type": "date"},
            "group": {"type": "keyword"},
            "count": {"type": "integer"},
            "summary": {"type": "text"},
            "acknowledged": {"type": "boolean"},
            "events": {"type": "object", "enabled": False},
            "deliveries": {
                "properties": {
                    "action": {"type": "keyword"},
                    "status": {"type": "keyword"},
                    "error": {"type": "text"},
                    "attempts": {"type": "integer"},
                }
            },
        },
    },
}


def ensure_alert_indices(es: Any, names: Names) -> None:
    """The rules and alerts indices: indexers' versioned ones when installed, else our own.

    Idempotent; creating an index that another process just created is harmless.
    """
    try:
        from eventwatch.indexers.setup import ensure_index
        from eventwatch.indexers.templates import ALERTS, RULES
    except ImportError:
        for index, body in (
            (names.rules_index, RULES_INDEX_BODY),
            (names.alerts_index, ALERTS_INDEX_BODY),
        ):
            if not es.indices.exists(index=index):
                es.indices.create(index=index, body=body, ignore=[400])
        return
    for spec in (RULES, ALERTS):
        ensure_index(es, names, spec)
