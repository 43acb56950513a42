"""/api/feeds and the feeds page against a real Elasticsearch."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest
from dashboard_support import EDITOR, VIEWER
from fastapi.testclient import TestClient

from eventwatch.settings import Settings

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


def test_feed_health_is_on_the_page_and_in_metrics(
    client: TestClient, es: Any, test_settings: Settings
) -> None:
    from eventwatch.indexers.feeds import save_feed, write_statuses

    names = test_settings.names
    save_feed(es, names, FEED)
    status = {
        "last_poll": "2026-12-01T10:00:00+00:00",
        "last_new_item": "2026-12-01T08:00:00+00:00",
        "last_error": None,
        "items_per_hour": 1.5,
        "warning": "no new item for 2h 0m (usually one every 20m): the feed may have moved",
    }
    assert write_statuses(es, names, {"herald": status, "gone": status}) == 1  # no resurrection
    es.indices.refresh(index=names.feeds_index)
    page = client.get("/feeds", headers=VIEWER).text
    assert "silent" in page and "usually one every 20m" in page
    scrape = client.get("/metrics").text
    assert 'eventwatch_feed{feed="herald",measure="items_per_hour"} 1.5' in scrape
    assert 'eventwatch_feed{feed="herald",measure="silent"} 1.0' in scrape
    [line] = [
        x
        for x in scrape.splitlines()
        if x.startswith('eventwatch_feed{feed="herald",measure="last_poll"}')
    ]
    assert float(line.split()[-1]) == datetime(2026, 12, 1, 10, tzinfo=UTC).timestamp()
