"""Instant rules against the real alerts index: a replayed event never delivers twice."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from datetime import timedelta
from typing import Any

import pytest
from alerts_itest_support import WebhookReceiver, make_event

from eventwatch.alerts.actions import DeliveryContext
from eventwatch.alerts.instant import InstantAlerts
from eventwatch.alerts.journal import DeliveryJournal
from eventwatch.alerts.rules import parse_rule
from eventwatch.alerts.sender import AlertSender
from eventwatch.alerts.store_alerts import list_alerts
from eventwatch.indexers.setup import ensure_alert_indices

pytestmark = pytest.mark.elasticsearch


def _worker(es, names, journal, rules, published) -> InstantAlerts:
    """What one worker process holds (a restart builds a new one)."""

    async def publish(alert) -> None:
        published.append(alert.id)

    ctx = DeliveryContext(allow_private=True)
    return InstantAlerts(AlertSender(es, names, ctx, publish, journal), rules)


@pytest.fixture
def receiver(es, test_settings) -> Iterator[WebhookReceiver]:
    ensure_alert_indices(es, test_settings.names)
    running = WebhookReceiver()
    try:
        yield running
    finally:
        running.close()


def _rule(receiver: WebhookReceiver) -> Any:
    return parse_rule(
        {"id": "any-fr", "per": "event", "actions": [{"type": "webhook", "url": receiver.url}]}
    )


def test_replayed_events_are_checked_and_new_ones_go_straight_out(
    es, test_settings, tmp_path, receiver
):
    names = test_settings.names
    published: list[str] = []
    rule = _rule(receiver)

    async def run() -> list:
        journal = DeliveryJournal(tmp_path / "first")
        first = _worker(es, names, journal, [rule], published)
        [(alert, _)] = first.accept(make_event(1))
        sent = await first.send(alert, rule, seen_before=False)
        # Restarted (state and journal gone) and the event read again: the index knows.
        second = DeliveryJournal(tmp_path / "second")
        restarted = _worker(es, names, second, [rule], published)
        [(again, _)] = restarted.accept(make_event(1))
        return [sent, await restarted.send(again, rule, seen_before=True)]

    sent, resent = asyncio.run(run())
    assert sent is not None and resent is None
    assert len(receiver.requests) == 1
    assert published == [sent.id]
    es.indices.refresh(index=names.alerts_index)
    [stored] = list_alerts(es, names, since=timedelta(hours=1), limit=10)
    assert (stored["id"], stored["deliveries"][0]["status"]) == (sent.id, "sent")


def test_an_alert_journaled_before_a_crash_is_stored_not_delivered(
    es, test_settings, tmp_path, receiver
):
    names = test_settings.names
    published: list[str] = []
    rule = _rule(receiver)
    path = tmp_path / "journal"

    async def run():
        crashed = _worker(es, names, DeliveryJournal(path), [rule], published)
        [(alert, _)] = crashed.accept(make_event(2))
        # Delivered and journaled, then killed before the alerts index heard of it.
        from eventwatch.alerts.delivery import deliver

        crashed.sender.journal.record(await deliver(alert, rule, crashed.sender.ctx))
        journal = DeliveryJournal(path)
        restarted = _worker(es, names, journal, [rule], published)
        [(again, _)] = restarted.accept(make_event(2))
        return await restarted.send(again, rule, seen_before=True), journal

    resent, journal = asyncio.run(run())
    assert resent is not None and len(receiver.requests) == 1  # the one before the crash
    assert published == [resent.id]
    assert journal.delivered == {}
    es.indices.refresh(index=names.alerts_index)
    [stored] = list_alerts(es, names, since=timedelta(hours=1), limit=10)
    assert stored["id"] == resent.id and stored["deliveries"][0]["status"] == "sent"
