"""Elasticsearch down while articles arrive: nothing is lost, everything is indexed after."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest
from streams_support import Deployment, wait_for
from test_streams_worker_kill import SENTENCES, expected_event_ids, indexed_ids

pytestmark = [pytest.mark.kafka, pytest.mark.elasticsearch, pytest.mark.faults, pytest.mark.slow]


def test_events_written_after_elasticsearch_comes_back(
    deployment: Deployment, worker, own_stack, tmp_path: Path
) -> None:
    articles = [
        {"url": f"https://test.example.org/outage/{n}", "language": lang, "text": f"{text} ({n})"}
        for n in range(40)
        for lang, text in [SENTENCES[n % len(SENTENCES)]]
    ]
    feed = tmp_path / "outage.jsonl"
    feed.write_text("\n".join(json.dumps(a, ensure_ascii=False) for a in articles) + "\n")
    expected = expected_event_ids(articles)
    names = deployment.settings.names

    own_stack.down(only=("elasticsearch",))
    try:
        assert deployment.cli("ingest", str(feed), "--no-progress").returncode == 0
        time.sleep(15)  # the worker keeps retrying; nothing may be acked meanwhile
    finally:
        own_stack.up()
    wait_for(
        lambda: indexed_ids(deployment, names.events_index) >= expected,
        timeout=60,
        what="every event after Elasticsearch came back",
        every=1,
    )
    assert indexed_ids(deployment, names.events_index) == expected
