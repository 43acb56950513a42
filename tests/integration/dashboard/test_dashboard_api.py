"""The REST API against the real Elasticsearch: auth, search, 4xx on bad input, never 500."""

from __future__ import annotations

from typing import Any

import pytest
from dashboard_support import EDITOR, VIEWER, ensure_indices, index_events, make_event
from fastapi.testclient import TestClient

from eventwatch.settings import Settings

pytestmark = pytest.mark.elasticsearch


def test_reads_need_a_key_and_viewer_can_read(client: TestClient) -> None:
    assert client.get("/api/events").status_code == 401
    assert client.get("/api/events", headers={"X-API-Key": "wrong"}).status_code == 401
    response = client.get("/api/events", headers=VIEWER)
    assert response.status_code == 200
    assert response.json()["total"] == 0


def test_search_filters_facets_and_pages(
    client: TestClient, es: Any, dashboard_settings: Settings
) -> None:
    events = [make_event(n) for n in range(5)]
    events.append(
        make_event(
            9,
            type="protest",
            threat_level=None,
            language="de",
            location={"name": "Berlin", "country": "DE", "lat": 52.5, "lon": 13.4},
            evidence={"text": "Thousands marched through Berlin.", "start": 0, "end": 33},
        )
    )
    index_events(es, dashboard_settings, events)

    everything = client.get("/api/events", headers=VIEWER).json()
    assert everything["total"] == 6
    types = {b["key"]: b["count"] for b in everything["facets"]["type"]}
    assert types == {"terror_alert": 5, "protest": 1}

    protests = client.get("/api/events?type=protest&country=DE", headers=VIEWER).json()
    assert [e["id"] for e in protests["events"]] == ["ev0009"]
    assert client.get("/api/events?q=marched", headers=VIEWER).json()["total"] == 1

    first = client.get("/api/events?type=terror_alert&limit=3", headers=VIEWER).json()
    assert len(first["events"]) == 3 and first["next"]
    second = client.get(
        "/api/events",
        params={"type": "terror_alert", "limit": 3, "search_after": first["next"]},
        headers=VIEWER,
    ).json()
    ids = [e["id"] for e in first["events"] + second["events"]]
    assert sorted(ids) == [f"ev{n:04d}" for n in range(5)]

    one = client.get("/api/events/ev0002", headers=VIEWER)
    assert one.status_code == 200 and one.json()["summary"].endswith("(item 2)")
    assert client.get("/api/events/nope", headers=VIEWER).status_code == 404


@pytest.mark.parametrize(
    "url",
    [
        "/api/events?q=%22unclosed",
        "/api/events?q=((((",
        "/api/events?q=a%20AND%20OR%20NOT",
        "/api/events?search_after=not-a-token",
        "/api/events?search_after=WzFd",
        "/api/events?since=2024-13-45",
        "/api/events?lang=%00%01",
        "/api/events/%2e%2e%2f_cluster",
        "/api/events/" + "x" * 600,
        "/api/articles/..%2F..%2F",
        "/api/alerts?limit=-1",
        "/api/rules/%00",
    ],
)
def test_bad_input_is_never_a_500(client: TestClient, url: str) -> None:
    response = client.get(url, headers=VIEWER)
    assert 200 <= response.status_code < 500, (url, response.status_code, response.text)
    assert response.headers["content-type"].startswith("application/json")


@pytest.mark.parametrize(
    ("query", "field"),
    [
        ("search_after=not-a-token", "search_after"),
        ("search_after=WzFd", "search_after"),
        ("lang=%00%01", "lang"),
        ("country=1X", "country"),
        ("actor=%00", "actor"),
        ("type=coup", "type"),
        ("since=2024-13-45", "since"),
    ],
)
def test_bad_search_parameters_are_422_naming_the_parameter(
    client: TestClient, query: str, field: str
) -> None:
    response = client.get(f"/api/events?{query}", headers=VIEWER)
    assert response.status_code == 422, response.text
    assert response.json()["field"] == field
    assert f"'{field}'" in response.json()["detail"]


def test_search_page_shows_a_bad_filter_on_the_page(client: TestClient) -> None:
    client.post("/login", data={"key": "viewer-key-0123456789"})
    page = client.get("/search?q=alert&country=1X")
    assert page.status_code == 422
    assert page.headers["content-type"].startswith("text/html")
    assert "field &#39;country&#39;" in page.text and 'value="alert"' in page.text


def test_unexpected_bodies_are_4xx(client: TestClient) -> None:
    for body in [b"", b"\xff\xfe", b"null", b"[]", b'{"text": 5}', b"{" * 5000]:
        response = client.post(
            "/api/rules",
            content=body,
            headers=EDITOR | {"Content-Type": "application/json"},
        )
        assert 400 <= response.status_code < 500, (body[:20], response.status_code)


def test_threat_board_and_overview_page(
    client: TestClient, es: Any, dashboard_settings: Settings
) -> None:
    index_events(es, dashboard_settings, [make_event(1)])
    client.post("/login", data={"key": "viewer-key-0123456789"})
    page = client.get("/")
    assert page.status_code == 200
    assert "urgence attentat" in page.text  # the board shows the level named
    # Incidents, not raw reports: the reports are one click away (search, incident page).
    assert 'id="latest-incidents"' in page.text and 'id="latest-events"' not in page.text


def test_alerts_list_and_acknowledge(
    client: TestClient, es: Any, dashboard_settings: Settings
) -> None:
    ensure_indices(es, dashboard_settings)
    index = dashboard_settings.names.alerts_index
    alert = {
        "id": "al1",
        "rule_id": "r1",
        "summary": "one alert",
        "count": 1,
        "fired_at": "2030-01-01T00:00:00+00:00",
        "acknowledged": False,
    }
    es.index(index=index, id="al1", body=alert, refresh="wait_for")
    listed = client.get("/api/alerts", headers=VIEWER).json()
    assert [a["id"] for a in listed["alerts"]] == ["al1"]
    assert client.post("/api/alerts/al1/ack", headers=VIEWER).status_code == 403
    acked = client.post("/api/alerts/al1/ack", headers=EDITOR)
    assert acked.status_code == 200 and acked.json()["acknowledged"] is True
    again = client.get("/api/alerts", headers=VIEWER).json()["alerts"][0]
    assert again["acknowledged"] is True
    assert client.post("/api/alerts/missing/ack", headers=EDITOR).status_code == 404


def _report(n: int, source: str, rank: int, level: str, minutes: int) -> dict[str, Any]:
    from datetime import UTC, datetime, timedelta

    at = (datetime(2026, 3, 1, 12, tzinfo=UTC) + timedelta(minutes=minutes)).isoformat()
    return make_event(
        n,
        threat_level={
            "level": level,
            "normalized": "critical" if rank == 3 else "elevated",
            "system": "Vigipirate",
            "rank": rank,
            "of": 3,
            "direction": "raised" if rank == 3 else "lowered",
        },
        article={"id": f"art{n}", "source": source, "published_at": at},
    )


def test_threat_levels_api_gives_current_level_and_history(
    client: TestClient, es: Any, dashboard_settings: Settings
) -> None:
    reports = [
        _report(1, "afp", 3, "urgence attentat", 0),
        _report(2, "le-monde", 3, "urgence attentat", 5),
        _report(3, "dpa", 3, "urgence attentat", 9),
        _report(4, "afp", 2, "sécurité renforcée – risque attentat", 600),
    ]
    index_events(es, dashboard_settings, reports)
    assert client.get("/api/threat-levels").status_code == 401
    board = client.get("/api/threat-levels", headers=VIEWER).json()
    [france] = board["countries"]
    assert (france["country"], france["system"], france["rank"], france["of"]) == (
        "FR",
        "Vigipirate",
        2,
        3,
    )
    assert [c["direction"] for c in france["history"]] == ["lowered", "raised"]
    assert [c["sources"] for c in france["history"]] == [1, 3]  # three outlets: one change
    one = client.get("/api/threat-levels/fr", headers=VIEWER)
    assert one.status_code == 200 and one.json()["history"] == france["history"]
    unknown = client.get("/api/threat-levels/DE", headers=VIEWER)
    assert unknown.status_code == 404 and "DE" in unknown.text
    bad = client.get("/api/threat-levels/France", headers=VIEWER)
    assert bad.status_code == 422 and "country" in bad.text
    client.post("/login", data={"key": "viewer-key-0123456789"})
    page = client.get("/threat-levels")
    assert page.status_code == 200
    assert "sécurité renforcée – risque attentat" in page.text and "2 of 3" in page.text
