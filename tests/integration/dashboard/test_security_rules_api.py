"""Probe row: rule secrets are write-only. Editors may set them; nobody reads them back, in the
API or on the rule page; a masked rule sent back keeps what is stored."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from fastapi.testclient import TestClient

from eventwatch.alerts import store
from eventwatch.dashboard.app import create_app
from eventwatch.settings import Settings

pytestmark = pytest.mark.elasticsearch
VIEWER_KEY = "viewer-key-0123456789"
EDITOR_KEY = "editor-key-0123456789"
SECRETS = ("tok-secret-123", "slack-secret-456", "smtp-secret-789")
RULE = {
    "id": "secret-rule",
    "name": "Has secrets",
    "enabled": False,
    "actions": [
        {
            "type": "webhook",
            "url": "https://hooks.example.org/a",
            "headers": {"Authorization": "Bearer tok-secret-123"},
        },
        {"type": "slack", "url": "https://hooks.slack.example/services/T/B/slack-secret-456"},
        {
            "type": "email",
            "to": ["duty@example.org"],
            "host": "mail.example.org",
            "username": "ew",
            "password": "smtp-secret-789",
        },
        {
            "type": "webhook",
            "url": "https://hooks.example.org/b",
            "headers": {"X-Token": "${ENV:EW_HOOK_TOKEN}"},
        },
    ],
}


@pytest.fixture
def settings(test_settings: Settings) -> Settings:
    return test_settings.model_copy(update={"api_keys": f"{VIEWER_KEY}:viewer,{EDITOR_KEY}:editor"})


@pytest.fixture
def client(settings: Settings) -> Iterator[TestClient]:
    with TestClient(create_app(settings, live=False), base_url="http://127.0.0.1") as test_client:
        yield test_client


def assert_no_secret(text: str) -> None:
    for secret in SECRETS:
        assert secret not in text


def test_rule_secrets_are_written_but_never_read_back(
    client: TestClient, settings: Settings, es: Any
) -> None:
    created = client.post("/api/rules", json=RULE, headers={"X-API-Key": EDITOR_KEY})
    assert created.status_code == 201, created.text
    assert_no_secret(created.text)
    for key in (VIEWER_KEY, EDITOR_KEY):
        one = client.get("/api/rules/secret-rule", headers={"X-API-Key": key})
        listed = client.get("/api/rules", headers={"X-API-Key": key})
        assert one.status_code == 200 and listed.status_code == 200
        assert_no_secret(one.text)
        assert_no_secret(listed.text)
    shown = client.get("/api/rules/secret-rule", headers={"X-API-Key": VIEWER_KEY}).json()
    assert shown["actions"][0]["headers"]["Authorization"] == "********"
    assert shown["actions"][3]["headers"]["X-Token"] == "${ENV:EW_HOOK_TOKEN}"

    client.post("/login", data={"key": VIEWER_KEY})
    page = client.get("/rules/secret-rule")
    assert page.status_code == 200 and "Has secrets" in page.text
    assert_no_secret(page.text)
    client.cookies.clear()

    edited = shown | {"name": "Renamed"}
    replaced = client.put("/api/rules/secret-rule", json=edited, headers={"X-API-Key": EDITOR_KEY})
    assert replaced.status_code == 200, replaced.text
    stored = store.get_rule(es, settings.names, "secret-rule")
    assert stored is not None and stored["name"] == "Renamed"
    assert stored["actions"][0]["headers"]["Authorization"] == "Bearer tok-secret-123"
    assert stored["actions"][1]["url"].endswith("/slack-secret-456")
    assert stored["actions"][2]["password"] == "smtp-secret-789"


def test_a_mask_on_a_new_rule_is_refused_naming_the_field(client: TestClient) -> None:
    rule = {
        "id": "masked-new",
        "actions": [
            {
                "type": "webhook",
                "url": "https://hooks.example.org/a",
                "headers": {"Authorization": "********"},
            }
        ],
    }
    response = client.post("/api/rules", json=rule, headers={"X-API-Key": EDITOR_KEY})
    assert response.status_code == 422
    assert response.json()["field"] == "actions[0].headers.Authorization"
