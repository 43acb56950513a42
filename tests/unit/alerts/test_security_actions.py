"""Probe rows about deliveries: what a webhook body carries, environment references, and the
email action's private-address guard and error wording."""

from __future__ import annotations

import asyncio
import json
import socket
import threading
from collections.abc import Iterator

import httpx
import pytest
from alerts_support import make_event

from eventwatch.alerts.actions import DeliveryContext
from eventwatch.alerts.delivery import deliver
from eventwatch.alerts.engine import Engine
from eventwatch.alerts.rules import parse_rule

HOOK = "https://hooks.example.org/ew"


def fired(actions: list[dict]) -> tuple:
    rule = parse_rule({"id": "fr", "name": "FR alerts", "actions": actions})
    [(alert, rule)] = Engine({}, [rule]).process(make_event(1))
    return alert, rule


def recording_context(seen: list[httpx.Request], *, allow_private: bool = True) -> DeliveryContext:
    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(204)

    client = httpx.AsyncClient(transport=httpx.MockTransport(handler))
    return DeliveryContext(allow_private=allow_private, http=client, backoff_seconds=0.001)


def test_a_webhook_body_names_the_rule_but_carries_no_action() -> None:
    seen: list[httpx.Request] = []
    actions = [
        {"type": "webhook", "url": HOOK, "headers": {"Authorization": "Bearer first-secret"}},
        {"type": "slack", "url": "https://hooks.slack.example/services/T/B/slack-secret"},
    ]
    alert, rule = fired(actions)
    asyncio.run(deliver(alert, rule, recording_context(seen)))
    body = json.loads(seen[0].content)
    assert body["rule"] == {"id": "fr", "name": "FR alerts"}
    assert body["alert"]["id"] == alert.id
    assert "first-secret" not in seen[0].content.decode()
    assert "slack-secret" not in seen[0].content.decode()


def test_environment_references_are_resolved_when_sending(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("EW_TEST_HOOK_TOKEN", "Bearer from-env")
    seen: list[httpx.Request] = []
    alert, rule = fired(
        [
            {
                "type": "webhook",
                "url": HOOK,
                "headers": {"Authorization": "${ENV:EW_TEST_HOOK_TOKEN}"},
            }
        ]
    )
    done = asyncio.run(deliver(alert, rule, recording_context(seen)))
    assert done.deliveries[0].status == "sent"
    assert seen[0].headers["authorization"] == "Bearer from-env"


def test_a_missing_environment_variable_fails_the_delivery_by_name() -> None:
    seen: list[httpx.Request] = []
    alert, rule = fired(
        [{"type": "webhook", "url": HOOK, "headers": {"Authorization": "${ENV:EW_TEST_UNSET_VAR}"}}]
    )
    done = asyncio.run(deliver(alert, rule, recording_context(seen)))
    assert not seen
    assert done.deliveries[0].status == "failed"
    assert "EW_TEST_UNSET_VAR" in (done.deliveries[0].error or "")


@pytest.mark.parametrize("host", ["127.0.0.1", "localhost", "10.1.2.3", "169.254.169.254"])
def test_the_email_action_refuses_private_smtp_hosts(host: str) -> None:
    action = {"type": "email", "to": ["duty@example.org"], "host": host, "port": 6379}
    alert, rule = fired([action])
    done = asyncio.run(deliver(alert, rule, DeliveryContext(allow_private=False)))
    [delivery] = done.deliveries
    assert delivery.status == "failed"
    assert "private" in (delivery.error or "") and "6379" not in (delivery.error or "")


@pytest.fixture
def not_smtp_port() -> Iterator[int]:
    """A listening port that answers like some other service, then hangs up."""
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen()
    stop = threading.Event()

    def serve() -> None:
        server.settimeout(0.2)
        while not stop.is_set():
            try:
                connection, _ = server.accept()
            except OSError:
                continue
            connection.sendall(b"-ERR unknown command\r\n")
            connection.close()

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    yield server.getsockname()[1]
    stop.set()
    thread.join()
    server.close()


def closed_port() -> int:
    probe = socket.socket()
    probe.bind(("127.0.0.1", 0))
    port = probe.getsockname()[1]
    probe.close()
    return port


def test_email_errors_do_not_tell_an_open_port_from_a_closed_one(not_smtp_port: int) -> None:
    errors = []
    for port in (not_smtp_port, closed_port()):
        action = {"type": "email", "to": ["duty@example.org"], "host": "127.0.0.1", "port": port}
        alert, rule = fired([action])
        done = asyncio.run(deliver(alert, rule, DeliveryContext(allow_private=True)))
        errors.append(done.deliveries[0].error)
    assert errors[0] == errors[1]
    assert errors[0] and "SMTP" in errors[0]


def test_webhook_errors_do_not_tell_an_open_port_from_a_closed_one(not_smtp_port: int) -> None:
    errors = []
    for port in (not_smtp_port, closed_port()):
        action = {"type": "webhook", "url": f"http://127.0.0.1:{port}/hook", "retries": 0}
        alert, rule = fired([action])
        done = asyncio.run(deliver(alert, rule, DeliveryContext(allow_private=True)))
        errors.append(done.deliveries[0].error)
    assert errors[0] == errors[1]
    assert errors[0] and "Errno" not in errors[0] and str(not_smtp_port) not in errors[0]
