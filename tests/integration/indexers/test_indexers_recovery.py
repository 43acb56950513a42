"""The writer outlasting an Elasticsearch outage; rules percolating event documents."""

from __future__ import annotations

import threading
import time
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urlparse

import pytest
from elasticsearch import Elasticsearch
from indexers_itest_support import LateProxy, generated, make_event

from eventwatch.indexers.bulk import BulkWriter
from eventwatch.indexers.setup import ensure_indices

pytestmark = pytest.mark.elasticsearch


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
    es.indices.refresh(index=names.events_index)
    assert es.count(index=names.events_index)["count"] == 100


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
