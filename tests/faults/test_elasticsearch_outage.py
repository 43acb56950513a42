"""Elasticsearch stopped for 30 s mid-stream, then started again: nothing lost, nothing
doubled. Needs a stack of its own (skipped on the shared dev servers)."""

from __future__ import annotations

import time

import pytest
from accounting import assert_exactly_once, wait_until_complete
from faults_support import Producer, Worker, articles, expected_ids, indexed_ids, wait_for

from eventwatch.settings import Settings

pytestmark = [pytest.mark.faults, pytest.mark.kafka, pytest.mark.elasticsearch, pytest.mark.slow]
OUTAGE_S = 30


def test_elasticsearch_down_for_30_s(
    own_stack, test_settings: Settings, es, worker: Worker, tmp_path
) -> None:
    items = articles(800, tmp_path.name)
    article_ids, event_ids = expected_ids(items)
    with Producer(test_settings, items, rate=20) as producer:
        wait_for(
            lambda: indexed_ids(es, test_settings.names.articles_index)[0] >= 40,
            timeout=60,
            what="the stream to be under way",
        )
        own_stack.down(only=("elasticsearch",))
        try:
            time.sleep(OUTAGE_S)
            assert worker.proc.poll() is None, worker.tail()
        finally:
            own_stack.up()
        wait_for(lambda: producer.done or producer.errors, timeout=120, what="all sent")
    assert not producer.errors, producer.errors[:3]

    wait_until_complete(es, test_settings, article_ids, event_ids, timeout=120)
    assert_exactly_once(es, test_settings, worker, article_ids, event_ids)
