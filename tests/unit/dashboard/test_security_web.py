"""Probe rows about what any response says: headers, Host checking, /health, /metrics, 4xx.

Each test here re-runs one row of issue 17's probe table against the app (no servers:
every request is answered before Elasticsearch or Kafka would be reached).
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from eventwatch.dashboard.app import create_app
from eventwatch.settings import Settings

VIEWER_KEY = "viewer-key-0123456789"
EDITOR_KEY = "editor-key-0123456789"
KEYS = f"{VIEWER_KEY}:viewer,{EDITOR_KEY}:editor"
OFFLINE = {"elasticsearch_url": "http://127.0.0.1:9", "kafka_bootstrap": "127.0.0.1:9"}


def app_client(**settings: object) -> TestClient:
    values = {**OFFLINE, "api_keys": KEYS, **settings}
    return TestClient(create_app(Settings(**values), live=False), base_url="http://127.0.0.1")


@pytest.fixture
def client() -> Iterator[TestClient]:
    with app_client() as test_client:
        yield test_client


@pytest.mark.parametrize(
    "path", ["/login", "/health", "/api/events", "/static/app.js", "/docs", "/no-such-page", "/"]
)
def test_every_response_carries_the_security_headers(client: TestClient, path: str) -> None:
    response = client.get(path, follow_redirects=False)
    assert response.headers["X-Frame-Options"] == "DENY"
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert response.headers["Referrer-Policy"] == "same-origin"
    policy = directives(response.headers["Content-Security-Policy"])
    assert policy["frame-ancestors"] == ["'none'"]
    assert policy["script-src"] == ["'self'"]
    assert policy["object-src"] == ["'none'"]


def directives(policy: str) -> dict[str, list[str]]:
    parsed = {}
    for part in policy.split(";"):
        name, *values = part.split()
        parsed[name] = values
    return parsed


def test_health_never_shows_the_elasticsearch_credentials() -> None:
    url = "http://elastic:hunter2-secret@127.0.0.1:9/?api_key=abc123"
    with app_client(elasticsearch_url=url) as client:
        response = client.get("/health")
    assert response.status_code == 200
    assert "hunter2" not in response.text and "elastic:" not in response.text
    assert "abc123" not in response.text
    assert response.json()["elasticsearch"]["url"] == "http://127.0.0.1:9"


def test_metrics_without_a_key_name_no_rule() -> None:
    with app_client() as client:
        client.app.state.dashboard.metrics.saw_alert("secret-rule-id", [])  # type: ignore[attr-defined]
        anonymous = client.get("/metrics")
        with_key = client.get("/metrics", headers={"X-API-Key": VIEWER_KEY})
    assert anonymous.status_code == 200 and "eventwatch_alerts" in anonymous.text
    assert "secret-rule-id" not in anonymous.text
    assert 'rule_id="secret-rule-id"' in with_key.text


@pytest.mark.parametrize(
    "url", ["/api/events?since=9999999w", "/api/alerts?since=9999999w", "/search?since=9999999w"]
)
def test_a_since_beyond_the_calendar_is_a_4xx(client: TestClient, url: str) -> None:
    response = client.get(url, headers={"X-API-Key": VIEWER_KEY})
    assert 400 <= response.status_code < 500, response.text
    assert "since" in response.text


def test_a_backtest_since_beyond_the_calendar_is_a_4xx(client: TestClient) -> None:
    rule = {"id": "r1", "kind": "any", "match": {}, "actions": [{"type": "log"}]}
    response = client.post(
        "/api/rules/backtest?since=9999999w", json=rule, headers={"X-API-Key": VIEWER_KEY}
    )
    assert response.status_code == 422, response.text
    assert response.json()["field"] == "since"


def test_a_request_body_over_the_limit_is_refused_while_it_is_read(client: TestClient) -> None:
    headers = {"X-API-Key": EDITOR_KEY, "Content-Type": "application/json"}
    rule = b'{"id": "r1", "actions": [{"type": "log"}], "name": "' + b"a" * (9 << 20) + b'"}'
    response = client.post("/api/rules", content=rule, headers=headers)
    assert response.status_code == 413
    assert "body" in response.json()["detail"]

    def chunks() -> Iterator[bytes]:  # no Content-Length: the limit counts what arrives
        yield b'{"id": "r1", "name": "'
        for _ in range(9):
            yield b"a" * (1024 * 1024)
        yield b'"}'

    response = client.post("/api/rules", content=chunks(), headers=headers)
    assert response.status_code == 413


# --- development mode (no keys) -----------------------------------------------------------


@pytest.fixture
def dev_client() -> Iterator[TestClient]:
    with app_client(api_keys="") as test_client:
        yield test_client


@pytest.mark.parametrize("host", ["evil.example", "rebind.attacker.test:8000", "10.0.0.5"])
def test_dev_mode_refuses_a_foreign_host_header(dev_client: TestClient, host: str) -> None:
    response = dev_client.get("/api/rules", headers={"Host": host, "X-API-Key": "dev-admin"})
    assert response.status_code == 400
    assert "Host" in response.text


@pytest.mark.parametrize("host", ["localhost:8000", "127.0.0.1:8000", "[::1]:8000", "localhost"])
def test_dev_mode_serves_loopback_names(dev_client: TestClient, host: str) -> None:
    assert dev_client.get("/login", headers={"Host": host}).status_code == 200


def test_dev_mode_login_page_never_prints_the_dev_key(dev_client: TestClient) -> None:
    page = dev_client.get("/login")
    assert page.status_code == 200 and "Development mode" in page.text
    assert "dev-admin" not in page.text


def test_with_keys_any_host_is_served(client: TestClient) -> None:
    assert client.get("/login", headers={"Host": "events.example.org"}).status_code == 200
