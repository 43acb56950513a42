"""SIGKILL the Faust worker mid-stream; the supervisor restarts it and nothing is lost or
doubled: articles, events and alerts each exactly once."""

from __future__ import annotations

import pytest
from accounting import assert_exactly_once, wait_until_complete
from faults_support import Worker, articles, expected_ids, indexed_ids, stream_under_way, wait_for

from eventwatch.settings import Settings

pytestmark = [pytest.mark.faults, pytest.mark.kafka, pytest.mark.elasticsearch, pytest.mark.slow]


def test_sigkill_mid_stream(test_settings: Settings, es, worker: Worker, tmp_path) -> None:
    items = articles(400, tmp_path.name)
    article_ids, event_ids = expected_ids(items)
    with stream_under_way(es, test_settings, items, rate=100, indexed=60):
        killed = worker.kill_faust()
        done_at_kill = indexed_ids(es, test_settings.names.articles_index)[0]
        wait_for(
            lambda: worker.faust_pid() not in (None, killed),
            timeout=30,
            what="the supervisor to restart the worker",
        )

    wait_until_complete(es, test_settings, article_ids, event_ids, timeout=120)
    assert done_at_kill < len(items), "the kill came after the stream ended"
    assert_exactly_once(es, test_settings, worker, article_ids, event_ids)
