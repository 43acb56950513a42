"""A write block on the events index (as during a mapping migration) holds events back:
they are retried until the block lifts, never dead-lettered."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest
from streams_support import Deployment, wait_for
from test_streams_worker_kill import indexed_ids

pytestmark = [pytest.mark.kafka, pytest.mark.elasticsearch, pytest.mark.slow]

ARTICLE = {
    "url": "https://test.example.org/en/blocked-index",
    "language": "en",
    "text": "Belgium raised its terrorism threat level to the highest level on Friday.",
}


def _write_block(deployment: Deployment, index: str, on: bool) -> None:
    from elasticsearch import Elasticsearch

    es = Elasticsearch([deployment.settings.elasticsearch_url])
    try:
        es.indices.put_settings(index=index, body={"index.blocks.write": on})
    finally:
        es.close()


def test_events_wait_out_a_write_block_and_none_goes_to_the_dlq(
    deployment: Deployment, worker, tmp_path: Path
) -> None:
    names = deployment.settings.names
    events_index = names.events_index
    path = tmp_path / "blocked.json"
    path.write_text(json.dumps(ARTICLE))
    _write_block(deployment, events_index, True)
    try:
        assert deployment.cli("ingest", str(path)).returncode == 0
        # The article document is written after its events went to Kafka: tagging is done.
        wait_for(
            lambda: indexed_ids(deployment, names.articles_index),
            timeout=30,
            what="the article tagged",
            every=0.5,
        )
        time.sleep(3)  # several bulk attempts meet the block
        assert indexed_ids(deployment, events_index) == set()
    finally:
        _write_block(deployment, events_index, False)
    found = wait_for(
        lambda: indexed_ids(deployment, events_index),
        timeout=30,
        what="the event once the block lifted",
        every=0.5,
    )
    assert len(found) == 1
    assert deployment.dead_letters(1, timeout=3) == []
