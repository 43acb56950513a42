"""Index setup, migration, bulk failure handling and retention against the real server."""

from __future__ import annotations

import asyncio
import dataclasses
import threading
import time
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from indexers_itest_support import generated

from eventwatch.indexers.bulk import BulkWriter
from eventwatch.indexers.search import make_query, search_events
from eventwatch.indexers.setup import apply_retention, ensure_indices
from eventwatch.indexers.templates import ALL_SPECS, EVENTS

pytestmark = pytest.mark.elasticsearch


def _count(es: Any, index: str) -> int:
    es.indices.refresh(index=index)
    return es.count(index=index)["count"]


def test_setup_is_idempotent_and_creates_versioned_indices(es: Any, test_settings: Any) -> None:
    names = test_settings.names
    first = dict(ensure_indices(es, names))
    again = dict(ensure_indices(es, names))
    assert set(first.values()) == {"created"}
    assert set(again.values()) == {"exists"}
    versions = {spec.alias(names): spec.version for spec in ALL_SPECS}
    for alias in first:
        behind = es.indices.get_alias(name=alias)
        assert list(behind) == [f"{alias}-v{versions[alias]}"]
        assert behind[f"{alias}-v{versions[alias]}"]["aliases"][alias]["is_write_index"] is True
    rules = es.indices.get_mapping(index=names.rules_index)
    props = next(iter(rules.values()))["mappings"]["properties"]
    assert props["query"]["type"] == "percolator"
    assert props["evidence"]["properties"]["text"]["fields"]["de"]["analyzer"] == "ew_de"


def test_mapping_change_migrates_without_losing_a_document(es: Any, test_settings: Any) -> None:
    names = test_settings.names
    ensure_indices(es, names, [EVENTS])
    events = generated(120)
    writer = BulkWriter(es, names)
    assert writer.write_events(events).written == 120

    changed = dataclasses.replace(
        EVENTS,
        version=EVENTS.version + 1,
        mappings={
            **EVENTS.mappings,
            "properties": {**EVENTS.mappings["properties"], "region": {"type": "keyword"}},
        },
    )
    # A writer keeps going during the migration; it meets the write block and retries.
    late = generated(140)[120:]
    written: list[int] = []

    def keep_writing() -> None:
        for event in late:
            result = writer.write_events([event])
            written.append(result.written - len(result.failed))
            time.sleep(0.05)

    thread = threading.Thread(target=keep_writing)
    thread.start()
    status = dict(ensure_indices(es, names, [changed]))
    thread.join(60)
    writer.close()

    old, new = EVENTS.version, EVENTS.version + 1
    assert status[names.events_index].startswith(f"migrated v{old} -> v{new}")
    assert sum(written) == 20
    assert list(es.indices.get_alias(name=names.events_index)) == [f"{names.events_index}-v{new}"]
    assert not es.indices.exists(index=f"{names.events_index}-v{old}")
    assert _count(es, names.events_index) == 140
    assert search_events(es, names, make_query(limit=0))["total"] == 140
    mapping = es.indices.get_mapping(index=names.events_index)
    assert "region" in next(iter(mapping.values()))["mappings"]["properties"]
    assert dict(ensure_indices(es, names, [changed]))[names.events_index] == "exists"


def test_an_index_created_before_setup_is_migrated(es: Any, test_settings: Any) -> None:
    names = test_settings.names
    for event in generated(5):  # someone wrote before setup ran: a plain index, dynamic
        es.index(index=names.events_index, id=event.id, body=event.model_dump(mode="json"))
    status = dict(ensure_indices(es, names, [EVENTS]))
    v = EVENTS.version
    assert status[names.events_index] == f"migrated v0 -> v{v} (5 documents)"
    assert list(es.indices.get_alias(name=names.events_index)) == [f"{names.events_index}-v{v}"]
    assert _count(es, names.events_index) == 5


def test_permanent_failures_come_back_with_the_error_the_rest_is_written(
    es: Any, test_settings: Any
) -> None:
    names = test_settings.names
    ensure_indices(es, names, [EVENTS])
    docs = [e.model_dump(mode="json") for e in generated(10)]
    docs[3]["severity"] = "very high"  # not an integer: a mapping error, retrying cannot help
    writer = BulkWriter(es, names)
    result = writer.write_events(docs)
    assert result.written == 9
    assert [(f.id, f.status) for f in result.failed] == [(docs[3]["id"], 400)]
    assert "mapper_parsing_exception" in result.failed[0].error
    refused = asyncio.run(writer.write(docs))  # the agent's async API: (doc, error) pairs
    writer.close()
    assert [doc["id"] for doc, _ in refused] == [docs[3]["id"]]
    assert _count(es, names.events_index) == 9


def test_blocked_writes_are_retried_until_they_succeed(es: Any, test_settings: Any) -> None:
    names = test_settings.names
    ensure_indices(es, names, [EVENTS])
    index = f"{names.events_index}-v{EVENTS.version}"
    es.indices.put_settings(index=index, body={"index.blocks.write": True})
    writer = BulkWriter(es, names, max_backoff=0.5)
    outcome: dict[str, Any] = {}
    thread = threading.Thread(target=lambda: outcome.update(r=writer.write_events(generated(30))))
    thread.start()
    time.sleep(1.5)
    assert thread.is_alive()  # still waiting: nothing dropped, nothing reported as failed
    es.indices.put_settings(index=index, body={"index.blocks.write": False})
    thread.join(30)
    writer.close()
    assert outcome["r"].written == 30 and not outcome["r"].failed and outcome["r"].retries > 0
    assert _count(es, names.events_index) == 30


def test_unreachable_server_is_retried_not_dropped() -> None:
    from elasticsearch import Elasticsearch

    from eventwatch.names import Names

    dead = Elasticsearch(["http://127.0.0.1:9"], timeout=1, max_retries=0)
    writer = BulkWriter(dead, Names(index_prefix="nowhere-"), max_backoff=0.2, give_up_after=1)
    started = time.monotonic()
    with pytest.raises(TimeoutError):
        writer.write_events(generated(3))
    assert time.monotonic() - started >= 1
    writer.close()


def test_retention_deletes_only_old_documents(es: Any, test_settings: Any) -> None:
    names = test_settings.names
    ensure_indices(es, names)
    now = datetime.now(UTC)
    events = generated(10)
    old = [e.model_copy(update={"tagged_at": now - timedelta(days=100)}) for e in events[:4]]
    writer = BulkWriter(es, names)
    writer.write_events(old + events[4:])
    writer.close()
    es.indices.refresh(index=names.events_index)
    deleted = apply_retention(es, names, 90)
    assert deleted["events"] == 4
    assert _count(es, names.events_index) == 6
