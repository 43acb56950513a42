"""Against the real Kafka: POST /api/articles, the live stream, and /metrics."""

from __future__ import annotations

import json
import time
import uuid
from typing import Any

import httpx
import pytest
from dashboard_support import EDITOR, VIEWER, make_event

from eventwatch.settings import Settings

pytestmark = [pytest.mark.kafka, pytest.mark.elasticsearch]


def _consume(settings: Settings, topic: str, *, want: int = 1, timeout_s: float = 15) -> list:
    from kafka import KafkaConsumer

    consumer = KafkaConsumer(
        topic,
        bootstrap_servers=settings.kafka_bootstrap,
        group_id=None,
        auto_offset_reset="earliest",
        consumer_timeout_ms=int(timeout_s * 1000),
    )
    records = []
    try:
        for record in consumer:
            records.append(record)
            if len(records) >= want:
                break
    finally:
        consumer.close()
    return records


def _produce(settings: Settings, topic: str, document: dict[str, Any]) -> None:
    from kafka import KafkaProducer

    producer = KafkaProducer(bootstrap_servers=settings.kafka_bootstrap)
    producer.send(topic, key=document["id"].encode(), value=json.dumps(document).encode())
    producer.flush(10)
    producer.close()


def test_post_article_lands_on_the_articles_topic(
    client: Any, dashboard_settings: Settings
) -> None:
    article = {"title": "Test", "text": "A fixture sentence.", "url": f"https://x/{uuid.uuid4()}"}
    response = client.post("/api/articles", json=article, headers=EDITOR)
    assert response.status_code == 202
    article_id = response.json()["id"]
    [record] = _consume(dashboard_settings, dashboard_settings.names.articles_topic)
    assert record.key == article_id.encode()
    assert json.loads(record.value)["text"] == "A fixture sentence."


def test_invalid_article_is_422_naming_the_field_and_dead_lettered(
    client: Any, dashboard_settings: Settings
) -> None:
    raw = b'{"text": "fine", "published_at": "last tuesday"}'
    response = client.post(
        "/api/articles", content=raw, headers=EDITOR | {"Content-Type": "application/json"}
    )
    assert response.status_code == 422
    assert response.json()["field"] == "published_at"
    [record] = _consume(dashboard_settings, dashboard_settings.names.dlq_topic)
    letter = json.loads(record.value)
    assert letter["original"] == raw.decode() and "published_at" in letter["reason"]


def _read_sse(response: httpx.Response, want: int, deadline: float) -> list[tuple[str, dict]]:
    got: list[tuple[str, dict]] = []
    kind = None
    for line in response.iter_lines():
        if line.startswith("event: "):
            kind = line[7:]
        elif line.startswith("data: ") and kind:
            got.append((kind, json.loads(line[6:])))
            if len(got) >= want:
                break
        if time.monotonic() > deadline:
            break
    return got


def test_stream_pushes_new_events_and_alerts_within_two_seconds(
    live_dashboard: str, dashboard_settings: Settings
) -> None:
    names = dashboard_settings.names
    with httpx.Client(base_url=live_dashboard, timeout=10) as http:
        assert http.get("/api/stream").status_code == 401
        with http.stream("GET", "/api/stream", headers=VIEWER) as response:
            assert response.headers["content-type"].startswith("text/event-stream")
            time.sleep(2.5)  # topics created now appear to the consumer as new partitions
            started = time.monotonic()
            _produce(dashboard_settings, names.events_topic, make_event(1))
            alert = {
                "id": "al-live",
                "rule_id": "r",
                "summary": "s",
                "deliveries": [{"action": "webhook", "status": "failed", "error": "boom"}],
            }
            _produce(dashboard_settings, names.alerts_topic, alert)
            got = _read_sse(response, want=2, deadline=started + 10)
            elapsed = time.monotonic() - started
        assert sorted(kind for kind, _ in got) == ["alert", "event"]
        assert elapsed < 2.0 + 1.0  # 2 s budget, plus produce/flush time of this test
        metrics = http.get("/metrics").text
    assert 'eventwatch_events_seen_total{type="terror_alert"} 1.0' in metrics
    assert 'eventwatch_alert_deliveries_total{action="webhook",status="failed"} 1.0' in metrics
