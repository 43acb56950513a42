"""A server stopped mid-stream (by its pid, on the fault stack of tests/conftest.py) and
started again: the worker rides it out, and nothing is lost or doubled. Elasticsearch stays
down 30 s (SPEC: "Elasticsearch down for 30 s loses nothing"); Kafka 10 s, its restart on top."""

from __future__ import annotations

import time

import pytest
from accounting import assert_exactly_once, wait_until_complete
from faults_support import Worker, articles, expected_ids, stream_under_way

from eventwatch.settings import Settings
from eventwatch.stack import LocalStack

pytestmark = [pytest.mark.faults, pytest.mark.kafka, pytest.mark.elasticsearch, pytest.mark.slow]


def stopped_for(stack: LocalStack, server: str, seconds: float) -> float:
    """Stop `server`, start it again after `seconds`; how long it did not answer."""
    stack.down(only=(server,))
    stopped = time.monotonic()
    try:
        time.sleep(seconds)
        assert not stack.status()[server]["up"], f"{server} answered while stopped"
    finally:
        stack.up()  # returns once the server answers again
    return time.monotonic() - stopped


# The stream starts before the outage and lasts past its end (the restart takes seconds too).
@pytest.mark.parametrize(
    ("server", "down_s", "count", "rate"),
    [("elasticsearch", 30, 600, 15), ("kafka", 10, 500, 20)],
    ids=["elasticsearch-30s", "kafka-10s"],
)
def test_server_down_mid_stream(
    server: str,
    down_s: float,
    count: int,
    rate: float,
    own_stack: LocalStack,
    test_settings: Settings,
    es,
    worker: Worker,
    tmp_path,
) -> None:
    items = articles(count, tmp_path.name)
    article_ids, event_ids = expected_ids(items)
    with stream_under_way(es, test_settings, items, rate=rate, indexed=40):
        assert stopped_for(own_stack, server, down_s) >= down_s

    wait_until_complete(es, test_settings, article_ids, event_ids, timeout=120)
    assert worker.poll() is None, worker.tail()
    assert_exactly_once(es, test_settings, worker, article_ids, event_ids)
