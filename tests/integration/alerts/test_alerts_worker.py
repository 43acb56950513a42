"""Alerts through a real Faust worker on the real Kafka and Elasticsearch.

A real webhook receiver and a real SMTP server (aiosmtpd) get the deliveries; the
threshold rule's counts survive a worker restart through the changelog-backed table.
"""

from __future__ import annotations

import json
import os
import socket
import time
from collections.abc import Iterator
from datetime import timedelta
from email import message_from_bytes
from pathlib import Path

import pytest
from aiosmtpd.controller import Controller
from alerts_itest_support import WebhookReceiver, make_event, wait_for
from support.workers import Worker

from eventwatch.alerts.store import create_rule
from eventwatch.alerts.store_alerts import list_alerts
from eventwatch.indexers.setup import ensure_alert_indices
from eventwatch.models import Event
from eventwatch.streams.setup import ensure_topics

pytestmark = [pytest.mark.kafka, pytest.mark.elasticsearch, pytest.mark.slow]


class Mailbox:
    def __init__(self) -> None:
        self.messages: list = []

    async def handle_DATA(self, server, session, envelope) -> str:  # noqa: N802 (aiosmtpd API)
        self.messages.append(message_from_bytes(envelope.content))
        return "250 OK"


@pytest.fixture
def mailbox() -> Iterator[tuple[Mailbox, int]]:
    box = Mailbox()
    with socket.socket() as probe:  # aiosmtpd's start() checks its port, so it cannot be 0
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    controller = Controller(box, hostname="127.0.0.1", port=port)
    controller.start()
    try:
        yield box, port
    finally:
        controller.stop()


@pytest.fixture
def worker(test_settings, es, tmp_path: Path, mailbox) -> Iterator[Worker]:
    _, smtp_port = mailbox
    ensure_alert_indices(es, test_settings.names)  # what `eventwatch setup` does
    env = dict(os.environ)
    env.update(
        EVENTWATCH_WEBHOOK_ALLOW_PRIVATE="true",
        EVENTWATCH_SMTP_HOST="127.0.0.1",
        EVENTWATCH_SMTP_PORT=str(smtp_port),
        EVENTWATCH_ARTICLES_PARTITIONS="2",
    )
    ensure_topics(test_settings.model_copy(update={"articles_partitions": 2}))
    # One Faust process without the supervisor; ready once match_alerts has loaded its rules.
    proc = Worker(
        tmp_path / "worker.log",
        env=env,
        command=("eventwatch.streams.worker",),
        ready=("Worker ready", "match_alerts: "),
        start_timeout=180,
    )
    try:
        yield proc
    finally:
        proc.stop()


def send_events(settings, events: list[Event]) -> None:
    from kafka import KafkaProducer

    producer = KafkaProducer(bootstrap_servers=settings.kafka_bootstrap)
    for event in events:
        producer.send(
            settings.names.events_topic,
            key=event.id.encode(),
            value=event.model_dump_json().encode(),
        )
    producer.flush()
    producer.close()


def changelog_value(settings, key: str):
    """The latest value of `key` in the alert_state table's changelog topic."""
    from kafka import KafkaConsumer

    topic = f"{settings.consumer_group}-alert_state-changelog"
    consumer = KafkaConsumer(
        bootstrap_servers=settings.kafka_bootstrap,
        auto_offset_reset="earliest",
        consumer_timeout_ms=1500,
        enable_auto_commit=False,
    )
    try:
        if topic not in consumer.topics():
            return None
        consumer.subscribe([topic])
        value = None
        for message in consumer:
            if message.key is not None and json.loads(message.key) == key:
                value = json.loads(message.value) if message.value else None
        return value
    finally:
        consumer.close()


def alerts_of(es, names, rule_id: str) -> list[dict]:
    es.indices.refresh(index=names.alerts_index)
    return list_alerts(es, names, since=timedelta(days=1), limit=100, rule_id=rule_id)


def test_any_rule_webhook_email_once_and_live_rule_changes(es, test_settings, worker, mailbox):
    names = test_settings.names
    box, _ = mailbox
    receiver = WebhookReceiver()
    try:
        create_rule(
            es,
            names,
            {
                "id": "fr-terror-alert",
                "per": "event",
                "name": "Terror alert in France",
                "match": {"types": ["terror_alert"], "countries": ["FR"], "modality": ["asserted"]},
                "actions": [
                    {"type": "webhook", "url": receiver.url, "headers": {"X-Token": "s3cret"}},
                    {"type": "email", "to": ["duty@example.org"]},
                ],
            },
        )
        worker.start()
        send_events(test_settings, [make_event(1), make_event(2, type="protest")])
        wait_for(lambda: receiver.requests, timeout=30, what="the webhook")
        headers, body = receiver.requests[0]
        assert headers["X-Token"] == "s3cret"
        assert body["rule"]["id"] == "fr-terror-alert"
        [event] = body["alert"]["events"]
        assert event["id"] == "it-ev-1"
        assert event["evidence"]["text"] == "The prefecture declared the top alert level."
        wait_for(lambda: box.messages, timeout=15, what="the email")
        assert "Marseille" in box.messages[0]["Subject"]
        [stored] = wait_for(
            lambda: alerts_of(es, names, "fr-terror-alert"), timeout=10, what="alert"
        )
        assert {d["action"]: d["status"] for d in stored["deliveries"]} == {
            "webhook": "sent",
            "email": "sent",
        }

        # The same event again sends nothing; a rule added while running is picked up.
        create_rule(
            es,
            names,
            {
                "id": "live",
                "per": "event",
                "match": {"query": "marseille"},
                "actions": [{"type": "webhook", "url": receiver.url}],
            },
        )
        time.sleep(3)
        send_events(test_settings, [make_event(1), make_event(3)])
        wait_for(lambda: len(receiver.requests) >= 4, timeout=30, what="live rule alerts")
        time.sleep(2)
        rules = sorted(b["rule"]["id"] for _, b in receiver.requests)
        assert rules == ["fr-terror-alert", "fr-terror-alert", "live", "live"]
        assert len(box.messages) == 2
    finally:
        receiver.close()


def test_threshold_rule_survives_a_worker_restart(es, test_settings, worker):
    names = test_settings.names
    create_rule(
        es,
        names,
        {
            "id": "attacks",
            "per": "event",
            "kind": "threshold",
            "match": {"types": ["terror_attack"]},
            "window": "10m",
            "threshold": 3,
            "group_by": ["location.country"],
            "actions": [{"type": "log"}],
        },
    )
    worker.start()
    attack = {"type": "terror_attack"}
    send_events(test_settings, [make_event(1, **attack), make_event(2, **attack)])
    key = "w|attacks|FR"
    counted = wait_for(
        lambda: len(changelog_value(test_settings, key) or []) == 2,
        timeout=30,
        what="two events counted in the changelog",
    )
    assert counted
    assert alerts_of(es, names, "attacks") == []
    worker.stop()
    worker.start()
    send_events(test_settings, [make_event(3, **attack)])
    [alert] = wait_for(lambda: alerts_of(es, names, "attacks"), timeout=30, what="threshold alert")
    assert (alert["group"], alert["count"]) == ("FR", 3)
    time.sleep(3)
    assert len(alerts_of(es, names, "attacks")) == 1


def test_article_to_alert_end_to_end(es, test_settings, worker):
    from eventwatch.ingest.producer import ArticleProducer
    from eventwatch.models import Article

    receiver = WebhookReceiver()
    try:
        create_rule(
            es,
            test_settings.names,
            {
                "id": "fr-terror-alert",
                "per": "event",
                "match": {"types": ["terror_alert"], "countries": ["FR"], "min_confidence": 0.5},
                "actions": [{"type": "webhook", "url": receiver.url}],
            },
        )
        worker.start()
        text = (
            "France raised its terror alert to the highest level on Tuesday after threats "
            "against schools in Lyon, the interior ministry said."
        )
        with ArticleProducer(test_settings) as producer:
            producer.send_article(Article(id="e2e-1", text=text, language="en"))
        wait_for(lambda: receiver.requests, timeout=30, what="the webhook")
        [event] = receiver.requests[0][1]["alert"]["events"]
        assert (event["type"], event["article"]["id"]) == ("terror_alert", "e2e-1")
        assert event["evidence"]["text"] in text
    finally:
        receiver.close()


def test_pending_alerts_go_out_at_start_up_without_waiting_for_an_event(es, test_settings, worker):
    """An alert left pending by a crash (marker in the changelog, never delivered) is sent
    once the restarted worker has its table back, with no new event, and only once."""
    from kafka import KafkaProducer

    from eventwatch.models import Alert

    receiver = WebhookReceiver()
    try:
        rule = {
            "id": "attacks",
            "per": "event",
            "kind": "threshold",
            "window": "10m",
            "threshold": 2,
            "match": {"types": ["terror_attack"]},
            "actions": [{"type": "webhook", "url": receiver.url}],
        }
        create_rule(es, test_settings.names, rule)
        worker.start()  # creates the table's changelog topic
        worker.stop()
        events = [make_event(n, type="terror_attack") for n in (1, 2)]
        pending = Alert(
            id="left-pending-1",
            rule_id="attacks",
            fired_at=events[1].received_at,
            count=2,
            events=events,
            summary="attacks: 2 events within 10m",
        )
        producer = KafkaProducer(bootstrap_servers=test_settings.kafka_bootstrap)
        producer.send(
            f"{test_settings.consumer_group}-alert_state-changelog",
            key=json.dumps("sent|left-pending-1").encode(),
            value=json.dumps({"pending": pending.model_dump(mode="json")}).encode(),
            partition=0,
        )
        producer.flush()
        producer.close()

        worker.start()
        wait_for(lambda: receiver.requests, timeout=30, what="the pending alert at start-up")
        assert [body["alert"]["id"] for _, body in receiver.requests] == ["left-pending-1"]
        wait_for(lambda: alerts_of(es, test_settings.names, "attacks"), timeout=30, what="stored")
        worker.stop()
        worker.start()  # still pending in the changelog, but the alerts index knows it
        time.sleep(5)
        assert len(receiver.requests) == 1
    finally:
        receiver.close()
