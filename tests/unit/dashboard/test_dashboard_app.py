"""The web layer's own rules, without servers: who may call what, CSRF, login, 422s.

Nothing here reaches Elasticsearch or Kafka: every request is refused (or answered)
before a backend is touched. Behaviour against the real servers is in
tests/integration/dashboard.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from eventwatch.dashboard.app import create_app
from eventwatch.dashboard.auth import SESSION_COOKIE
from eventwatch.settings import Settings

KEYS = "viewer-key-0123456789:viewer,editor-key-0123456789:editor,admin-key-01234567890:admin"
RULE = {"id": "r1", "name": "r", "kind": "any", "match": {}, "actions": [{"type": "log"}]}


@pytest.fixture
def client() -> Iterator[TestClient]:
    settings = Settings(api_keys=KEYS, elasticsearch_url="http://127.0.0.1:9", index_prefix="x-")
    with TestClient(create_app(settings, live=False)) as test_client:
        yield test_client


def test_api_without_key_is_401(client: TestClient) -> None:
    for method, url in [("GET", "/api/events"), ("GET", "/api/rules"), ("POST", "/api/rules")]:
        response = client.request(method, url, json=RULE)
        assert response.status_code == 401, url
        assert "X-API-Key" in response.json()["detail"]


def test_wrong_key_is_401(client: TestClient) -> None:
    response = client.get("/api/alerts", headers={"X-API-Key": "nope"})
    assert response.status_code == 401


def test_viewer_may_not_change_rules(client: TestClient) -> None:
    headers = {"X-API-Key": "viewer-key-0123456789"}
    assert client.post("/api/rules", json=RULE, headers=headers).status_code == 403
    assert client.put("/api/rules/r1", json=RULE, headers=headers).status_code == 403
    assert client.delete("/api/rules/r1", headers=headers).status_code == 403
    assert client.post("/api/rules/r1/enable", headers=headers).status_code == 403
    assert client.post("/api/alerts/x/ack", headers=headers).status_code == 403
    assert client.post("/api/articles", json={"text": "x"}, headers=headers).status_code == 403


@pytest.mark.parametrize(
    ("url", "field"),
    [
        ("/api/events?limit=abc", "limit"),
        ("/api/events?limit=0", "limit"),
        ("/api/events?limit=100000", "limit"),
        ("/api/events?since=yesterday-ish", "since"),
        ("/api/events?type=picnic", "type"),
        ("/api/events?country=FRANCE", "country"),
        ("/api/alerts?since=soon", "since"),
    ],
)
def test_bad_query_parameters_are_422_naming_the_field(
    client: TestClient, url: str, field: str
) -> None:
    response = client.get(url, headers={"X-API-Key": "viewer-key-0123456789"})
    assert response.status_code == 422
    assert response.json()["field"] == field
    assert field in response.json()["detail"]


def test_rule_body_that_is_not_an_object_is_422(client: TestClient) -> None:
    response = client.post(
        "/api/rules",
        content=b"[1, 2",
        headers={"X-API-Key": "editor-key-0123456789", "Content-Type": "application/json"},
    )
    assert response.status_code == 422
    assert response.json()["field"]


def test_pages_redirect_to_login_and_keep_the_target(client: TestClient) -> None:
    response = client.get("/search?q=bomb", follow_redirects=False)
    assert response.status_code == 303
    assert response.headers["location"] == "/login?next=%2Fsearch%3Fq%3Dbomb"


def test_login_sets_a_hardened_cookie_and_refuses_bad_keys(client: TestClient) -> None:
    bad = client.post("/login", data={"key": "nope"}, follow_redirects=False)
    assert bad.status_code == 401 and "not valid" in bad.text
    good = client.post(
        "/login?next=/rules", data={"key": "editor-key-0123456789"}, follow_redirects=False
    )
    assert good.status_code == 303 and good.headers["location"] == "/rules"
    cookie = good.headers["set-cookie"].lower()
    assert "httponly" in cookie and "samesite=lax" in cookie
    assert "editor-key-0123456789" not in good.headers["set-cookie"]


def test_login_never_redirects_off_site(client: TestClient) -> None:
    for target in ["//evil.example/", "https://evil.example/", "/\\evil.example"]:
        response = client.post(
            "/login",
            params={"next": target},
            data={"key": "editor-key-0123456789"},
            follow_redirects=False,
        )
        assert response.headers["location"] == "/"


def test_session_changes_need_the_csrf_token(client: TestClient) -> None:
    client.post("/login", data={"key": "editor-key-0123456789"}, follow_redirects=False)
    assert SESSION_COOKIE in client.cookies
    # the session cookie alone authenticates reads but not changes
    no_token = client.post("/api/rules/r1/enable")
    assert no_token.status_code == 403 and "CSRF" in no_token.json()["detail"]
    wrong = client.post("/api/rules/r1/enable", headers={"X-CSRF-Token": "guess"})
    assert wrong.status_code == 403


def test_dev_mode_accepts_the_dev_key_and_says_so() -> None:
    settings = Settings(api_keys="", elasticsearch_url="http://127.0.0.1:9")
    app = create_app(settings, live=False)
    with TestClient(app, base_url="http://localhost:8000") as client:
        login = client.get("/login")
        assert "Development mode" in login.text  # the key itself is never on the page
        response = client.post("/login", data={"key": "dev-admin"}, follow_redirects=False)
        assert response.status_code == 303


def test_openapi_documents_the_api(client: TestClient) -> None:
    paths = client.get("/openapi.json").json()["paths"]
    for path in [
        "/api/articles",
        "/api/events",
        "/api/events/{event_id}",
        "/api/rules",
        "/api/rules/{rule_id}",
        "/api/rules/{rule_id}/backtest",
        "/api/alerts",
        "/api/alerts/{alert_id}/ack",
        "/api/stream",
        "/health",
        "/metrics",
    ]:
        assert path in paths, path
    assert client.get("/docs").status_code == 200
