"""Article in on Kafka -> tagged -> events searchable in Elasticsearch, through the real CLI."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest
from kafka import KafkaProducer
from streams_support import Deployment, wait_for

pytestmark = [pytest.mark.kafka, pytest.mark.elasticsearch, pytest.mark.slow]

# Our own fixture text: France raises its terror alert to the highest level and proposes
# cooperation.
GERMAN_ALERT = {
    "url": "https://test.example.org/de/frankreich-warnstufe",
    "title": "Frankreich ruft höchste Terrorwarnstufe aus",
    "language": "de",
    "source": "Testzeitung",
    "published_at": "2025-03-24T09:15:00+01:00",
    "text": (
        "Paris. Nach dem Anschlag in einem Konzertsaal hat Frankreich seine Terrorwarnstufe "
        "auf die höchste Stufe angehoben. Premierminister Attal sagte, der Plan Vigipirate "
        "gelte ab sofort in der Stufe Notfall Anschlag. Frankreich bot Belgien eine engere "
        "Zusammenarbeit bei der Terrorabwehr an."
    ),
}
GOOD_AFTER = {
    "url": "https://test.example.org/en/after-the-bad-ones",
    "language": "en",
    "text": "Britain raised its national terrorism threat level to critical on Monday.",
}


def events_of(deployment: Deployment, article_url_fragment: str, event_type: str) -> list:
    found = deployment.search("--type", event_type, "--limit", "50")
    return [
        e
        for e in found["events"]
        if article_url_fragment in ((e.get("article") or {}).get("url") or "")
    ]


def test_german_article_is_searchable_as_a_terror_alert_within_10_seconds(
    deployment: Deployment, worker, tmp_path: Path
) -> None:
    path = tmp_path / "frankreich.json"
    path.write_text(json.dumps(GERMAN_ALERT, ensure_ascii=False), encoding="utf-8")
    started = time.monotonic()
    result = deployment.cli("ingest", str(path), "--format", "json")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["sent"] == 1

    [event] = wait_for(
        lambda: events_of(deployment, "frankreich-warnstufe", "terror_alert"),
        timeout=10,
        what="the terror_alert event in search",
        every=0.5,
    )
    assert time.monotonic() - started < 10
    assert event["type"] == "terror_alert"
    assert event["language"] == "de"
    assert "Terrorwarnstufe" in event["evidence"]["text"]
    assert event["received_at"] and event["tagged_at"] and event["indexed_at"]


def test_malformed_input_ends_in_the_dlq_and_the_worker_keeps_going(
    deployment: Deployment, worker, tmp_path: Path
) -> None:
    settings = deployment.settings
    bad = tmp_path / "bad.jsonl"
    bad.write_bytes(b'{"text": "unterbrochen\n{"title": "ohne Text"}\n{"text": "caf\xe9"}\n')
    result = deployment.cli("ingest", str(bad))
    assert result.returncode == 2
    stderr = result.stderr.decode()
    assert f"{bad}:1: not JSON" in stderr
    assert f"{bad}:2: field 'text' is required" in stderr
    assert f"{bad}:3: broken encoding" in stderr
    assert "rejected 3" in result.stdout.decode()

    # The same kinds of garbage straight onto the topic, bypassing the CLI's validation.
    producer = KafkaProducer(bootstrap_servers=settings.kafka_bootstrap)
    topic = settings.names.articles_topic
    for raw in (b"{no json", json.dumps({"title": "ohne Text"}).encode(), b'{"text": "\xff"}'):
        producer.send(topic, key=b"raw", value=raw)
    producer.send(topic, key=b"good", value=json.dumps(GOOD_AFTER).encode())
    producer.flush()
    producer.close()

    records = deployment.dead_letters(6)
    from_cli = [r for r in records if "source" in r]
    from_topic = [r for r in records if r.get("topic") == topic]
    assert sorted(r["source"] for r in from_cli) == [f"{bad}:{n}" for n in (1, 2, 3)]
    reasons = sorted(r["reason"] for r in from_topic)
    assert reasons[0].startswith("broken encoding")
    assert reasons[1] == "field 'text' is required"
    assert reasons[2].startswith("not JSON")
    assert all(r["reason"] and r["received_at"] for r in records)
    assert {r["encoding"] for r in from_topic} == {"utf-8", "base64"}

    wait_for(
        lambda: events_of(deployment, "after-the-bad-ones", "terror_alert"),
        timeout=15,
        what="the good article after the malformed ones",
        every=0.5,
    )


def test_ingesting_the_same_articles_twice_leaves_the_same_events(
    deployment: Deployment, worker, tmp_path: Path
) -> None:
    feed = tmp_path / "feed.jsonl"
    articles = [
        dict(GERMAN_ALERT, url=f"https://test.example.org/twice/{n}", title=f"Meldung {n}")
        for n in range(3)
    ]
    feed.write_text("\n".join(json.dumps(a, ensure_ascii=False) for a in articles) + "\n")

    def count() -> int:
        found = deployment.search("--limit", "200")
        return sum(
            "/twice/" in ((e.get("article") or {}).get("url") or "") for e in found["events"]
        )

    assert deployment.cli("ingest", str(feed)).returncode == 0
    first = wait_for(lambda: count() >= 6 and count(), timeout=20, what="first ingest indexed")
    assert deployment.cli("ingest", str(feed)).returncode == 0
    # Give the replay time to be processed (a sentinel article proves the worker got past it).
    sentinel = dict(GOOD_AFTER, url="https://test.example.org/twice-sentinel")
    assert deployment.cli("ingest", "-", stdin=json.dumps(sentinel).encode()).returncode == 0
    wait_for(
        lambda: events_of(deployment, "twice-sentinel", "terror_alert"),
        timeout=15,
        what="the sentinel after the replay",
    )
    assert count() == first
