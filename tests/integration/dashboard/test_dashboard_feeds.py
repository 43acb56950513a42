"""/api/feeds and the feeds page against a real Elasticsearch."""

from __future__ import annotations

import pytest
from dashboard_support import EDITOR, VIEWER
from fastapi.testclient import TestClient

pytestmark = pytest.mark.elasticsearch

FEED = {"id": "herald", "url": "https://news.example.org/rss", "name": "Herald", "interval": "2m"}


def test_editors_change_feeds_viewers_read_them(client: TestClient) -> None:
    assert client.get("/api/feeds").status_code == 401
    assert client.post("/api/feeds", json=FEED, headers=VIEWER).status_code == 403
    created = client.post("/api/feeds", json=FEED, headers=EDITOR)
    assert created.status_code == 201, created.text
    assert client.post("/api/feeds", json=FEED, headers=EDITOR).status_code == 409
    listed = client.get("/api/feeds", headers=VIEWER).json()
    assert listed == {"total": 1, "feeds": [FEED]}
    changed = client.put("/api/feeds/herald", json={**FEED, "interval": "10m"}, headers=EDITOR)
    assert changed.json()["interval"] == "10m"
    status = client.get("/api/feeds/status", headers=VIEWER).json()["feeds"]
    assert [(s["id"], s["last_poll"], s["items_per_hour"]) for s in status] == [
        ("herald", None, 0.0)
    ]
    page = client.get("/feeds", headers=VIEWER)
    assert page.status_code == 200 and "Herald" in page.text
    assert client.delete("/api/feeds/herald", headers=EDITOR).status_code == 204
    assert client.get("/api/feeds/herald", headers=VIEWER).status_code == 404


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({**FEED, "interval": "5s"}, "interval"),
        ({**FEED, "url": "file:///etc/passwd"}, "url"),
        ({"url": "https://news.example.org/rss"}, "id"),
    ],
)
def test_an_invalid_feed_is_a_422_naming_the_field(
    client: TestClient, body: dict, field: str
) -> None:
    answer = client.post("/api/feeds", json=body, headers=EDITOR)
    assert answer.status_code == 422
    assert answer.json()["field"] == field and field in answer.json()["detail"]
