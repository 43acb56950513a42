"""The accounting of the fault tests, without a fault: if this fails, the faults are not
to blame."""

from __future__ import annotations

import pytest
from accounting import assert_exactly_once, wait_until_complete
from faults_support import Worker, articles, expected_ids, stream_under_way

from eventwatch.settings import Settings

pytestmark = [pytest.mark.faults, pytest.mark.kafka, pytest.mark.elasticsearch, pytest.mark.slow]


def test_no_fault_baseline(test_settings: Settings, es, worker: Worker, tmp_path) -> None:
    items = articles(120, tmp_path.name)
    article_ids, event_ids = expected_ids(items)
    with stream_under_way(es, test_settings, items, rate=100, indexed=0):
        pass

    wait_until_complete(es, test_settings, article_ids, event_ids, timeout=60)
    assert_exactly_once(es, test_settings, worker, article_ids, event_ids)
