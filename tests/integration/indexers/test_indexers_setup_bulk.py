"""Index setup, migration, retention and the BulkWriter against the real Elasticsearch."""

from __future__ import annotations

import dataclasses
import threading
import time
from datetime import UTC, datetime, timedelta
from typing import Any
from urllib.parse import urlparse

import pytest
from elasticsearch import Elasticsearch
from indexers_itest_support import LateProxy, generated, make_event

from indexers.bulk import BulkWriter
from indexers.search import make_query, search_events
from indexers.setup import apply_retention, ensure_index, ensure_indices
from indexers.templates import EVENTS

pytestmark = pytest.mark.elasticsearch


def _count(es: Any, index: str) -> int:
    es.indices.refresh(index=index)
    return int(es.count(index=index)["count"])


def _write(es: Any, names: Any, events: list[Any]) -> Any:
    writer = BulkWriter(es, names, batch_docs=50)
    try:
        return writer.write_events(events)
    finally:
        writer.close()


def test_setup_is_idempotent_and_aliases_write_to_versioned_indices(
    es: Any, test_settings: Any
) -> None:
    names = test_settings.names
    first = dict(ensure_indices(es, names))
    assert set(first.values()) == {"created"}
    assert dict(ensure_indices(es, names)) == {alias: "exists" for alias in first}
    behind = es.indices.get_alias(name=names.events_index)
    assert list(behind) == [f"{names.events_index}-v{EVENTS.version}"]
    settings = es.indices.get_settings(index=names.events_index)
    assert next(iter(settings.values()))["settings"]["index"]["refresh_interval"] == "1s"


def test_mapping_change_migrates_every_document(es: Any, test_settings: Any) -> None:
    names = test_settings.names
    ensure_indices(es, names)
    events = generated(230)
    assert _write(es, names, events).written == 230
    assert _count(es, names.events_index) == 230
    before = search_events(es, names, make_query(limit=0))

    properties = EVENTS.mappings["properties"] | {"reviewer": {"type": "keyword"}}
    next_version = dataclasses.replace(
        EVENTS, version=EVENTS.version + 1, mappings=EVENTS.mappings | {"properties": properties}
    )
    status = ensure_index(es, names, next_version)

    assert status == "migrated v1 -> v2 (230 documents)"
    assert list(es.indices.get_alias(name=names.events_index)) == [f"{names.events_index}-v2"]
    assert not es.indices.exists(index=f"{names.events_index}-v1")
    assert _count(es, names.events_index) == 230
    after = search_events(es, names, make_query(limit=0))
    assert after["facets"] == before["facets"]
    mapping = es.indices.get_mapping(index=names.events_index)
    assert "reviewer" in next(iter(mapping.values()))["mappings"]["properties"]
    # the alias still takes writes, and running setup again changes nothing
    assert _write(es, names, [make_event(999, now=datetime.now(UTC))]).written == 1
    assert _count(es, names.events_index) == 231
    assert ensure_index(es, names, next_version) == "exists"


def test_writes_during_a_migration_are_not_lost(es: Any, test_settings: Any) -> None:
    names = test_settings.names
    ensure_indices(es, names)
    events = generated(400)
    _write(es, names, events[:100])
    writer = BulkWriter(es, names, batch_docs=20, max_backoff=0.3)
    results = []

    def keep_writing() -> None:
        for start in range(100, 400, 20):
            results.append(writer.write_events(events[start : start + 20]))
            time.sleep(0.05)

    thread = threading.Thread(target=keep_writing)
    thread.start()
    time.sleep(0.3)
    status = ensure_index(es, names, dataclasses.replace(EVENTS, version=EVENTS.version + 1))
    thread.join(timeout=120)
    writer.close()

    assert status.startswith("migrated v1 -> v2")
    assert sum(r.written for r in results) == 300
    assert not [f for r in results for f in r.failed]
    assert _count(es, names.events_index) == 400


def test_index_created_before_setup_is_migrated_under_the_alias(
    es: Any, test_settings: Any
) -> None:
    names = test_settings.names
    events = generated(12)
    _write(es, names, events)  # no setup yet: a concrete index takes the alias's name
    assert es.indices.exists(index=names.events_index)
    assert not es.indices.exists_alias(name=names.events_index)

    statuses = dict(ensure_indices(es, names))

    assert statuses[names.events_index] == "migrated v0 -> v1 (12 documents)"
    assert es.indices.exists_alias(name=names.events_index)
    assert _count(es, names.events_index) == 12


def test_permanent_failures_come_back_with_the_error_and_the_rest_is_written(
    es: Any, test_settings: Any
) -> None:
    names = test_settings.names
    ensure_indices(es, names)
    events = [e.model_dump(mode="json") for e in generated(20)]
    events[3]["severity"] = "very high"  # not an integer: a mapping error
    events[11]["tagged_at"] = "last tuesday"

    result = _write(es, names, events)

    assert result.written == 18
    assert sorted(f.id for f in result.failed) == [events[3]["id"], events[11]["id"]]
    for failure in result.failed:
        assert failure.status == 400
        assert "mapper_parsing_exception" in failure.error
    assert _count(es, names.events_index) == 18


def test_writer_keeps_retrying_while_elasticsearch_is_down(
    es: Any, test_settings: Any, stack_servers: Any
) -> None:
    names = test_settings.names
    ensure_indices(es, names)
    target = urlparse(stack_servers.elasticsearch_url)
    proxy = LateProxy(target.hostname or "127.0.0.1", target.port or 9200)
    client = Elasticsearch([proxy.url], timeout=10, max_retries=0)
    writer = BulkWriter(client, names, batch_docs=40, max_backoff=0.5)
    outcome: dict[str, Any] = {}
    events = generated(100)

    def write() -> None:
        outcome["result"] = writer.write_events(events)

    thread = threading.Thread(target=write)
    try:
        thread.start()
        time.sleep(2.0)
        assert thread.is_alive(), "the writer gave up while Elasticsearch was down"
        proxy.open()
        thread.join(timeout=60)
        assert not thread.is_alive()
    finally:
        proxy.close()
        writer.close()
        client.close()
    result = outcome["result"]
    assert result.written == 100 and not result.failed and result.retries > 0
    assert _count(es, names.events_index) == 100


def test_writer_gives_up_only_when_told_to(es: Any, test_settings: Any) -> None:
    client = Elasticsearch(["http://127.0.0.1:9"], timeout=2, max_retries=0)
    writer = BulkWriter(client, test_settings.names, max_backoff=0.2, give_up_after=1.0)
    try:
        with pytest.raises(TimeoutError, match="still not written"):
            writer.write_events(generated(3))
    finally:
        writer.close()
        client.close()


def test_retention_deletes_only_old_documents(es: Any, test_settings: Any) -> None:
    names = test_settings.names
    ensure_indices(es, names)
    now = datetime.now(UTC)
    recent = generated(10, now=now)
    old = [
        e.model_copy(update={"id": f"old{i}", "tagged_at": now - timedelta(days=100 + i)})
        for i, e in enumerate(generated(5, now=now))
    ]
    _write(es, names, recent + old)

    deleted = apply_retention(es, names, days=90)

    assert deleted["events"] == 5
    es.indices.refresh(index=names.events_index)
    left = search_events(es, names, make_query(limit=100))
    assert {e["id"] for e in left["events"]} == {e.id for e in recent}
    with pytest.raises(ValueError):
        apply_retention(es, names, days=0)


def test_rules_index_percolates_event_documents(es: Any, test_settings: Any) -> None:
    names = test_settings.names
    ensure_indices(es, names)
    rules = names.index("eventwatch-rules")
    rule = {"bool": {"filter": [{"term": {"type": "terror_alert"}}]}}
    es.index(index=rules, id="r1", body={"query": rule, "rule_id": "r1"}, refresh=True)
    event = make_event(1, now=datetime.now(UTC), type_="terror_alert").model_dump(mode="json")
    other = make_event(2, now=datetime.now(UTC), type_="protest").model_dump(mode="json")

    def matches(doc: dict[str, Any]) -> list[str]:
        body = {"query": {"percolate": {"field": "query", "document": doc}}}
        return [h["_id"] for h in es.search(index=rules, body=body)["hits"]["hits"]]

    assert matches(event) == ["r1"]
    assert matches(other) == []
