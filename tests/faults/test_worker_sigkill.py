"""SIGKILL the Faust worker mid-stream; the supervisor restarts it and nothing is lost or
doubled: articles, events and alerts each exactly once."""

from __future__ import annotations

import os
import signal

import pytest
from accounting import assert_exactly_once, wait_until_complete
from faults_support import Producer, Worker, articles, expected_ids, indexed_ids, wait_for

from eventwatch.settings import Settings

pytestmark = [pytest.mark.faults, pytest.mark.kafka, pytest.mark.elasticsearch, pytest.mark.slow]


def test_sigkill_mid_stream(test_settings: Settings, es, worker: Worker, tmp_path) -> None:
    items = articles(600, tmp_path.name)
    article_ids, event_ids = expected_ids(items)
    with Producer(test_settings, items, rate=100) as producer:
        wait_for(
            lambda: indexed_ids(es, test_settings.names.articles_index)[0] >= 60,
            timeout=60,
            what="the stream to be under way",
            every=0.1,
        )
        killed = worker.faust_pid()
        os.kill(killed, signal.SIGKILL)
        done_at_kill = indexed_ids(es, test_settings.names.articles_index)[0]
        wait_for(
            lambda: worker.faust_pid() not in (None, killed),
            timeout=30,
            what="the supervisor to restart the worker",
        )
        wait_for(lambda: producer.done or producer.errors, timeout=120, what="all sent")
    assert not producer.errors, producer.errors[:3]

    wait_until_complete(es, test_settings, article_ids, event_ids, timeout=120)
    assert done_at_kill < len(items), "the kill came after the stream ended"
    assert_exactly_once(es, test_settings, worker, article_ids, event_ids)
