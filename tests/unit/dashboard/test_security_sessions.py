"""Probe rows about sessions and keys: revocable logout, what the cookie holds, the session
secret, throttled failures and the shortest key accepted."""

from __future__ import annotations

import base64
import hashlib
import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from eventwatch.dashboard.app import create_app
from eventwatch.dashboard.auth import SESSION_COOKIE, parse_api_keys
from eventwatch.errors import UsageError
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


def log_in(client: TestClient, key: str = EDITOR_KEY) -> str:
    response = client.post("/login", data={"key": key}, follow_redirects=False)
    assert response.status_code == 303, response.text
    return response.cookies[SESSION_COOKIE]


def test_logout_ends_the_session_on_the_server(client: TestClient) -> None:
    cookie = log_in(client)
    assert client.get("/rules/new", follow_redirects=False).status_code == 200
    page = client.get("/rules/new")
    token = page.text.split('name="csrf-token" content="')[1].split('"')[0]
    assert client.post("/logout", headers={"X-CSRF-Token": token}).status_code in (200, 303)
    client.cookies.clear()
    client.cookies.set(SESSION_COOKIE, cookie)  # the stolen or kept copy of the cookie
    response = client.get("/api/rules", follow_redirects=False)
    assert response.status_code == 401
    assert client.get("/rules/new", follow_redirects=False).headers["location"].startswith("/login")


def test_the_cookie_holds_no_unsalted_hash_of_the_key(client: TestClient) -> None:
    cookie = log_in(client)
    body = cookie.split(".")[0]
    decoded = base64.urlsafe_b64decode(body + "=" * (-len(body) % 4)).decode()
    plain_hash = hashlib.sha256(EDITOR_KEY.encode()).hexdigest()
    for length in (16, 24, 32, 64):
        assert plain_hash[:length] not in decoded
    assert EDITOR_KEY not in json.dumps(decoded)


def test_a_session_secret_keeps_sessions_across_restarts() -> None:
    secret = "s" * 40
    with app_client(session_secret=secret) as first:
        cookie = log_in(first)
    with app_client(session_secret=secret) as second:
        second.cookies.set(SESSION_COOKIE, cookie)
        assert second.get("/api/rules", follow_redirects=False).status_code != 401
    with app_client(session_secret="t" * 40) as other:
        other.cookies.set(SESSION_COOKIE, cookie)
        assert other.get("/api/rules", follow_redirects=False).status_code == 401


def test_a_short_session_secret_is_refused() -> None:
    with pytest.raises(UsageError, match="EVENTWATCH_SESSION_SECRET"):
        create_app(Settings(**OFFLINE, api_keys=KEYS, session_secret="short"), live=False)


def test_failed_logins_are_throttled_even_for_the_right_key(client: TestClient) -> None:
    statuses = [
        client.post("/login", data={"key": f"wrong-{n}"}, follow_redirects=False).status_code
        for n in range(6)
    ]
    assert statuses[:5] == [401] * 5 and statuses[5] == 429
    response = client.post("/login", data={"key": EDITOR_KEY}, follow_redirects=False)
    assert response.status_code == 429
    assert int(response.headers["Retry-After"]) > 0


def test_failed_api_keys_are_throttled(client: TestClient) -> None:
    statuses = [
        client.get("/api/rules", headers={"X-API-Key": f"guess-{n}"}).status_code for n in range(6)
    ]
    assert statuses[:5] == [401] * 5 and statuses[5] == 429
    response = client.get("/api/rules", headers={"X-API-Key": VIEWER_KEY})
    assert response.status_code == 429


def test_a_short_key_is_refused_without_showing_it() -> None:
    with pytest.raises(UsageError) as refused:
        parse_api_keys("pw123:viewer")
    message = str(refused.value)
    assert "pw123" not in message
    assert "EVENTWATCH_API_KEYS" in message and "16" in message and "viewer" in message


def test_with_a_session_secret_a_logout_outlives_a_restart(tmp_path: Path) -> None:
    secret = "r" * 40
    with app_client(session_secret=secret, home=tmp_path) as first:
        cookie = log_in(first)
        first.post("/logout")
    with app_client(session_secret=secret, home=tmp_path) as second:
        second.cookies.set(SESSION_COOKIE, cookie)
        assert second.get("/api/rules", follow_redirects=False).status_code == 401
