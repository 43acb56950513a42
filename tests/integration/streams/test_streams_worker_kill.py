"""A worker killed with SIGKILL mid-stream and restarted loses and duplicates nothing."""

from __future__ import annotations

import json
import os
import signal
from pathlib import Path

import psutil
import pytest
from streams_support import Deployment, wait_for

pytestmark = [pytest.mark.kafka, pytest.mark.elasticsearch, pytest.mark.slow]

SENTENCES = [
    ("de", "Die Regierung in Berlin hat die Terrorwarnstufe auf die höchste Stufe angehoben."),
    ("en", "Police arrested three terror suspects in a raid in Leeds on Tuesday."),
    ("de", "Tausende Menschen demonstrierten in Hamburg gegen die Schließung der Werft."),
    ("en", "The city library extended its opening hours for the summer."),
]


def expected_event_ids(articles: list[dict]) -> set[str]:
    from eventwatch.articles import parse_article_dict
    from eventwatch.tagging import Tagger

    tagged = Tagger().tag_batch([parse_article_dict(a) for a in articles])
    return {event.id for events in tagged for event in events}


def indexed_ids(deployment: Deployment, index: str) -> set[str]:
    from elasticsearch import Elasticsearch, NotFoundError

    es = Elasticsearch([deployment.settings.elasticsearch_url])
    try:
        es.indices.refresh(index=index)
        hits = es.search(index=index, body={"size": 2000, "_source": False})["hits"]["hits"]
    except NotFoundError:
        return set()
    finally:
        es.close()
    return {h["_id"] for h in hits}


def test_sigkill_mid_stream_then_restart_loses_and_duplicates_nothing(
    deployment: Deployment, worker, tmp_path: Path
) -> None:
    articles = [
        {"url": f"https://test.example.org/kill/{n}", "language": lang, "text": f"{text} ({n})"}
        for n in range(600)
        for lang, text in [SENTENCES[n % len(SENTENCES)]]
    ]
    feed = tmp_path / "many.jsonl"
    feed.write_text("\n".join(json.dumps(a, ensure_ascii=False) for a in articles) + "\n")
    expected = expected_event_ids(articles)
    names = deployment.settings.names

    child = wait_for(
        lambda: [
            p
            for p in psutil.Process(worker.pid).children()
            if "eventwatch.streams.worker" in " ".join(p.cmdline())
        ],
        timeout=10,
        what="the Faust worker process",
    )[0]
    assert deployment.cli("ingest", str(feed), "--no-progress").returncode == 0
    # Kill it as soon as it is part-way through (some articles done, not all).
    wait_for(
        lambda: len(indexed_ids(deployment, names.articles_index)) > 0,
        timeout=30,
        what="first articles indexed",
        every=0.05,
    )
    os.kill(child.pid, signal.SIGKILL)
    done_at_kill = len(indexed_ids(deployment, names.articles_index))

    # The supervisor (`eventwatch worker`) restarts it; the rest is replayed from Kafka.
    wait_for(
        lambda: len(indexed_ids(deployment, names.articles_index)) == len(articles),
        timeout=90,
        what="every article after the restart",
        every=0.5,
    )
    wait_for(
        lambda: indexed_ids(deployment, names.events_index) >= expected,
        timeout=30,
        what="every event after the restart",
        every=0.5,
    )
    assert done_at_kill < len(articles), "the kill came too late to test anything"
    assert indexed_ids(deployment, names.events_index) == expected
