"""Feeds in Elasticsearch: the configuration the CLI and the API write and the workers read,
and the health snapshot the workers write after their polls.

Documents are `{feed_id, feed: {...}, updated_at, status: {...}}`; callers validate the feed
(eventwatch.ingest.feed_config) before saving. Saving a feed keeps its status; the workers'
status writes never bring back a feed that was removed.
"""

from __future__ import annotations

from typing import Any

from eventwatch.indexers.setup import ensure_index
from eventwatch.indexers.templates import FEEDS
from eventwatch.models import utcnow
from eventwatch.names import Names

MAX_FEEDS = 10_000


def ensure_feeds_index(es: Any, names: Names) -> None:
    ensure_index(es, names, FEEDS)


def save_feed(es: Any, names: Names, feed: dict[str, Any]) -> dict[str, Any]:
    """Create or replace a feed's configuration (its status stays)."""
    ensure_feeds_index(es, names)
    doc = {"feed_id": feed["id"], "feed": feed, "updated_at": utcnow().isoformat()}
    es.update(
        index=names.feeds_index,
        id=feed["id"],
        body={"doc": doc, "doc_as_upsert": True},
        refresh="wait_for",
        retry_on_conflict=3,
    )
    return feed


def list_feed_documents(es: Any, names: Names) -> list[dict[str, Any]]:
    """Every feed document (configuration and status), by id."""
    body = {"size": MAX_FEEDS, "query": {"match_all": {}}, "sort": [{"feed_id": "asc"}]}
    result = es.search(index=names.feeds_index, body=body, ignore_unavailable=True)
    return [hit["_source"] for hit in result["hits"]["hits"] if "feed" in hit["_source"]]


def list_feeds(es: Any, names: Names) -> list[dict[str, Any]]:
    return [doc["feed"] for doc in list_feed_documents(es, names)]


def get_feed_document(es: Any, names: Names, feed_id: str) -> dict[str, Any] | None:
    doc = es.get(index=names.feeds_index, id=feed_id, ignore=[404])
    if not doc.get("found") or "feed" not in doc.get("_source", {}):
        return None
    return dict(doc["_source"])


def delete_feed(es: Any, names: Names, feed_id: str) -> bool:
    result = es.delete(index=names.feeds_index, id=feed_id, refresh="wait_for", ignore=[404])
    return result.get("result") == "deleted"


def write_statuses(es: Any, names: Names, statuses: dict[str, dict[str, Any]]) -> int:
    """Health snapshots by feed id, in one bulk request; returns how many were stored.
    A feed removed meanwhile is not recreated (update, not upsert)."""
    if not statuses:
        return 0
    from elasticsearch.helpers import bulk

    actions = (
        {"_op_type": "update", "_index": names.feeds_index, "_id": feed_id, "doc": {"status": s}}
        for feed_id, s in statuses.items()
    )
    stored, _errors = bulk(es, actions, raise_on_error=False, raise_on_exception=False)
    return int(stored)


STATUS_FIELDS = ("last_poll", "last_new_item", "last_error", "items_per_hour")


def feed_status_rows(es: Any, names: Names) -> list[dict[str, Any]]:
    """`feeds status` (SPEC section 7): every feed with its last stored health snapshot.
    A feed no worker has polled yet has nulls and 0 items per hour."""
    rows = []
    for doc in list_feed_documents(es, names):
        feed, status = doc["feed"], doc.get("status") or {}
        row = {"id": feed["id"], "url": feed["url"], **{k: status.get(k) for k in STATUS_FIELDS}}
        row["items_per_hour"] = row["items_per_hour"] or 0.0
        row |= {
            "name": feed.get("name"),
            "interval": feed.get("interval"),
            "polls": status.get("polls", 0),
            "failures": status.get("failures", 0),
            "next_poll": status.get("next_poll"),
            "warning": status.get("warning"),
        }
        rows.append(row)
    return rows
