"""Actions: webhook body, retries with backoff, private targets, deliveries recorded."""

from __future__ import annotations

import asyncio
import json
import logging

import httpx
import pytest
from alerts_support import make_event

from eventwatch.alerts.actions import DeliveryContext
from eventwatch.alerts.delivery import deliver
from eventwatch.alerts.engine import Engine
from eventwatch.alerts.rules import parse_rule

URL = "https://hooks.example.org/ew"


def fired(actions: list[dict]) -> tuple:
    rule = parse_rule({"id": "fr", "name": "FR alerts", "actions": actions})
    [(alert, rule)] = Engine({}, [rule]).process(make_event(1))
    return alert, rule


def context(handler, *, allow_private: bool = True) -> DeliveryContext:
    client = httpx.AsyncClient(transport=httpx.MockTransport(handler))
    return DeliveryContext(allow_private=allow_private, http=client, backoff_seconds=0.001)


def test_webhook_sends_alert_events_evidence_and_rule_with_headers() -> None:
    seen = []

    def handler(request: httpx.Request) -> httpx.Response:
        keys = request.headers["authorization"], request.headers["idempotency-key"]
        seen.append((*keys, json.loads(request.content)))
        return httpx.Response(204)

    alert, rule = fired([{"type": "webhook", "url": URL, "headers": {"Authorization": "B t"}}])
    done = asyncio.run(deliver(alert, rule, context(handler)))
    assert [(d.action, d.status, d.attempts) for d in done.deliveries] == [("webhook", "sent", 1)]
    [(auth, key, body)] = seen
    assert (auth, key) == ("B t", alert.id)  # a receiver can drop a repeat by this key
    assert body["rule"]["id"] == "fr"
    assert body["alert"]["events"][0]["evidence"]["text"].startswith("The ministry raised")


def test_webhook_retries_transient_errors_and_records_failure() -> None:
    statuses = iter([503, 502, 200])
    ok = asyncio.run(
        deliver(
            *fired([{"type": "webhook", "url": URL, "retries": 3}]),
            context(lambda r: httpx.Response(next(statuses))),
        )
    )
    assert (ok.deliveries[0].status, ok.deliveries[0].attempts) == ("sent", 3)
    failed = asyncio.run(
        deliver(
            *fired([{"type": "webhook", "url": URL, "retries": 1}, {"type": "log"}]),
            context(lambda r: httpx.Response(500)),
        )
    )
    hook, log = failed.deliveries
    assert (hook.status, hook.attempts, log.status) == ("failed", 2, "sent")
    assert "HTTP 500 after 2 attempts" in hook.error


def test_client_errors_are_not_retried() -> None:
    calls = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(1)
        return httpx.Response(404)

    done = asyncio.run(deliver(*fired([{"type": "webhook", "url": URL}]), context(handler)))
    assert (done.deliveries[0].error, len(calls)) == ("HTTP 404", 1)


@pytest.mark.parametrize("url", ["http://127.0.0.1:9/x", "http://10.1.2.3/x", "http://[::1]/x"])
def test_private_targets_refused_unless_allowed(url: str) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        raise AssertionError("a private target must not be called")

    ctx = context(handler, allow_private=False)
    done = asyncio.run(deliver(*fired([{"type": "webhook", "url": url}]), ctx))
    assert done.deliveries[0].status == "failed"
    assert "EVENTWATCH_WEBHOOK_ALLOW_PRIVATE" in done.deliveries[0].error


def test_slack_and_log(caplog: pytest.LogCaptureFixture) -> None:
    bodies = []

    def handler(request: httpx.Request) -> httpx.Response:
        bodies.append(json.loads(request.content))
        return httpx.Response(200)

    caplog.set_level(logging.WARNING, logger="eventwatch.alerts")
    actions = [{"type": "slack", "url": URL, "channel": "#ops"}, {"type": "log"}]
    done = asyncio.run(deliver(*fired(actions), context(handler)))
    assert [d.status for d in done.deliveries] == ["sent", "sent"]
    assert bodies[0]["channel"] == "#ops" and "terror alert" in bodies[0]["text"]
    assert done.id in caplog.text


def test_an_alert_mail_has_the_same_message_id_every_time_it_is_built() -> None:
    from eventwatch.alerts.actions.email import email_message

    alert, rule = fired([{"type": "email", "to": ["duty@example.org"]}])
    [config] = rule.actions
    ids = {email_message(alert, {}, config, "ew@example.org")["Message-ID"] for _ in range(2)}
    other = config.model_copy(update={"to": ["desk@example.org"]})
    assert len(ids) == 1 and alert.id in next(iter(ids))
    assert email_message(alert, {}, other, "ew@example.org")["Message-ID"] not in ids
