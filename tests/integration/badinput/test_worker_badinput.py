"""Malformed messages straight onto the articles topic, past every validating client: the
worker dead-letters each with its reason, keeps its memory, keeps running, and a good
article that follows is indexed."""

from __future__ import annotations

import json
from pathlib import Path

import psutil
import pytest
from badinput_support import cli, dead_letters, original_bytes, running_worker, tail, wait_for
from data.badinput_corpus import GOOD_TEXT, accepted, cases, refused

from eventwatch.articles import article_id
from eventwatch.settings import Settings

pytestmark = [pytest.mark.kafka, pytest.mark.elasticsearch, pytest.mark.slow]

# Kafka caps messages at 8 MiB; 2 M characters is still twice the article limit.
HUGE_CHARS = 2_000_000
HUGE_REPEATS = 5
RSS_GROWTH_LIMIT_MB = 200


def produce(settings: Settings, values: list[bytes]) -> None:
    from kafka import KafkaProducer

    producer = KafkaProducer(
        bootstrap_servers=settings.kafka_bootstrap, max_request_size=8 * 2**20, acks="all"
    )
    try:
        for value in values:
            producer.send(settings.names.articles_topic, value=value)
        producer.flush(60)
    finally:
        producer.close(10)


def tree_rss_mb(pid: int) -> float:
    root = psutil.Process(pid)
    return sum(p.memory_info().rss for p in [root, *root.children(recursive=True)]) / 2**20


def article_text(es, settings: Settings, doc_id: str) -> str | None:
    answer = es.get(index=settings.names.articles_index, id=doc_id, ignore=[404])
    return answer["_source"]["text"] if answer.get("found") else None


def faust_worker_pid(supervisor_pid: int) -> int:
    children = psutil.Process(supervisor_pid).children()
    return next(p.pid for p in children if "eventwatch.streams.worker" in " ".join(p.cmdline()))


def test_every_malformed_message_ends_in_the_dlq_and_the_worker_keeps_going(
    test_settings: Settings, es, tmp_path: Path
) -> None:
    assert cli("setup").returncode == 0
    all_cases = cases(HUGE_CHARS, run=tmp_path.name)
    huge = next(c for c in all_cases if c.name == "huge_text")
    bad = refused(all_cases) + [huge] * (HUGE_REPEATS - 1)
    log = tmp_path / "worker.log"
    with running_worker(log) as worker:
        warm_url = f"https://badinput.example/{tmp_path.name}/warm"
        produce(test_settings, [f'{{"url": "{warm_url}", "text": "{GOOD_TEXT}"}}'.encode()])
        wait_for(
            lambda: article_text(es, test_settings, article_id(warm_url, None, "")),
            timeout=60,
            what="the warm-up article",
        )
        faust_pid = faust_worker_pid(worker.pid)
        rss_before = tree_rss_mb(worker.pid)

        produce(test_settings, [c.raw for c in bad] + [c.raw for c in accepted(all_cases)])
        records = dead_letters(test_settings, len(bad), timeout=90)

        after_url = f"https://badinput.example/{tmp_path.name}/after"
        produce(test_settings, [f'{{"url": "{after_url}", "text": "{GOOD_TEXT}"}}'.encode()])
        wait_for(
            lambda: article_text(es, test_settings, article_id(after_url, None, "")),
            timeout=60,
            what="a good article after the bad ones",
        )
        rss_after = tree_rss_mb(worker.pid)
        assert faust_worker_pid(worker.pid) == faust_pid, "the worker crashed and was restarted"
        assert worker.poll() is None, tail(log)

    assert len(records) == len(bad), [r["reason"][:60] for r in records]
    for case in refused(all_cases):
        matching = [r for r in records if original_bytes(r) == case.raw]
        if case.name == "huge_text":
            matching = [r for r in records if r.get("truncated")]
            assert len(matching) == HUGE_REPEATS
        assert len(matching) >= 1, case.name
        assert all(case.reason in r["reason"] for r in matching), (case.name, matching[0])
        assert all(r["topic"] == test_settings.names.articles_topic for r in matching)
    for case in accepted(all_cases):  # hostile but valid: stored verbatim, never altered
        data = json.loads(case.raw)
        assert article_text(es, test_settings, article_id(data["url"], None, "")) == data["text"]
    assert rss_after - rss_before < RSS_GROWTH_LIMIT_MB, (rss_before, rss_after)
    assert "Traceback" not in log.read_text(errors="replace"), tail(log)
