"""The dashboard's rules API on the alerts store: 422 naming the field, 409, live edits."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from eventwatch.dashboard.app import create_app

pytestmark = pytest.mark.elasticsearch
EDITOR = {"X-API-Key": "editor-key-0123456789"}
VIEWER = {"X-API-Key": "viewer-key-0123456789"}
RULE = {"id": "fr", "match": {"types": ["terror_alert"]}, "actions": [{"type": "log"}]}


@pytest.fixture
def client(test_settings) -> Iterator[TestClient]:
    settings = test_settings.model_copy(
        update={"api_keys": "viewer-key-0123456789:viewer,editor-key-0123456789:editor"}
    )
    with TestClient(create_app(settings, live=False)) as test_client:
        yield test_client


def test_rules_crud_through_the_api(client: TestClient) -> None:
    assert client.post("/api/rules", json=RULE, headers=EDITOR).status_code == 201
    assert client.post("/api/rules", json=RULE, headers=EDITOR).status_code == 409
    bad = client.post("/api/rules", json={**RULE, "id": "x", "window": "1h"}, headers=EDITOR)
    assert (bad.status_code, bad.json()["field"]) == (422, "window")
    bad = client.put("/api/rules/fr", json={**RULE, "kind": "sometimes"}, headers=EDITOR)
    assert (bad.status_code, bad.json()["field"]) == (422, "kind")
    assert client.post("/api/rules/fr/disable", headers=EDITOR).json()["enabled"] is False
    listed = client.get("/api/rules", headers=VIEWER).json()
    assert (listed["total"], listed["rules"][0]["enabled"]) == (1, False)
    backtest = client.post("/api/rules/fr/backtest?since=1d", headers=VIEWER).json()
    assert (backtest["rule_id"], backtest["alerts"]) == ("fr", 0)
    assert client.delete("/api/rules/fr", headers=EDITOR).status_code == 204
    assert client.get("/api/rules/fr", headers=VIEWER).status_code == 404
