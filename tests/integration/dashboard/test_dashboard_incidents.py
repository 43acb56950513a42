"""Incidents through the API, the CLI and the incident page, on the real Elasticsearch:
incidents found by their events' filters, an incident with its reports side by side."""

from __future__ import annotations

import json
from typing import Any

import pytest
from dashboard_support import VIEWER, index_events, make_event
from fastapi.testclient import TestClient
from support.cli import run_cli

from eventwatch.settings import Settings

pytestmark = pytest.mark.elasticsearch


def incident(incident_id: str, events: list[dict[str, Any]], **overrides: Any) -> dict[str, Any]:
    doc = {
        "id": incident_id,
        "type": events[0]["type"],
        "title": events[0]["article"]["title"],
        "first_seen": events[-1]["tagged_at"],
        "last_update": events[0]["tagged_at"],
        "location": events[0]["location"],
        "actors": events[0]["actors"],
        "event_ids": [e["id"] for e in events],
        "articles": len(events),
        "outlets": len({e["article"]["source"] for e in events}),
        "languages": sorted({e["language"] for e in events}),
        "severity": max(e["severity"] for e in events),
        "confidence": max(e["confidence"] for e in events),
        "threat_level": None,
    }
    doc.update(overrides)
    return doc


@pytest.fixture
def seeded(es: Any, dashboard_settings: Settings) -> dict[str, Any]:
    alert = [
        make_event(
            n,
            incident_id="inc-alert",
            language=lang,
            article={"id": f"a{n}", "title": f"Report {n}", "source": f"wire{n}"},
        )
        for n, lang in [(1, "en"), (2, "fr"), (3, "de")]
    ]
    protest = [
        make_event(
            9,
            type="protest",
            threat_level=None,
            incident_id="inc-protest",
            location={"name": "Berlin", "country": "DE", "lat": 52.5, "lon": 13.4},
            evidence={"text": "Thousands marched through Berlin.", "start": 0, "end": 33},
            article={"id": "a9", "title": "March in Berlin", "source": "wire9"},
        )
    ]
    index_events(es, dashboard_settings, alert + protest)
    index = dashboard_settings.names.incidents_index
    docs = {
        "inc-alert": incident("inc-alert", alert),
        "inc-protest": incident("inc-protest", protest),
    }
    for incident_id, doc in docs.items():
        es.index(index=index, id=incident_id, body=doc)
    es.indices.refresh(index=index)
    return docs


def test_incidents_are_found_with_the_event_filters(client: TestClient, seeded: dict) -> None:
    assert client.get("/api/incidents").status_code == 401
    everything = client.get("/api/incidents", headers=VIEWER).json()
    assert everything["total"] == 2
    assert {i["id"] for i in everything["incidents"]} == {"inc-alert", "inc-protest"}
    alert = next(i for i in everything["incidents"] if i["id"] == "inc-alert")
    assert (alert["outlets"], alert["languages"]) == (3, ["de", "en", "fr"])
    protests = client.get("/api/incidents?type=protest", headers=VIEWER).json()
    assert [i["id"] for i in protests["incidents"]] == ["inc-protest"]
    french = client.get("/api/incidents?lang=fr", headers=VIEWER).json()
    assert [i["id"] for i in french["incidents"]] == ["inc-alert"]
    bad = client.get("/api/incidents?type=picnic", headers=VIEWER)
    assert bad.status_code == 422 and "type" in bad.text


def test_an_incident_comes_with_its_reports(client: TestClient, seeded: dict) -> None:
    found = client.get("/api/incidents/inc-alert", headers=VIEWER)
    assert found.status_code == 200
    reports = found.json()["reports"]
    assert sorted(r["language"] for r in reports) == ["de", "en", "fr"]
    assert all(r["evidence"]["text"] for r in reports)
    missing = client.get("/api/incidents/nope", headers=VIEWER)
    assert missing.status_code == 404 and "nope" in missing.text


def test_the_incident_page_shows_the_reports_side_by_side(client: TestClient, seeded: dict) -> None:
    page = client.get("/incidents/inc-alert", headers=VIEWER)
    assert page.status_code == 200
    assert page.text.count('class="report"') == 3
    assert "wire2" in page.text and "3</b> outlets" in page.text
    overview = client.get("/", headers=VIEWER)
    assert 'id="latest-incidents"' in overview.text and "inc-protest" in overview.text
    assert 'id="latest-events"' not in overview.text  # incidents instead of raw reports


def test_search_incidents_prints_total_and_incidents(seeded: dict) -> None:
    result = run_cli("search", "--incidents", "--country", "DE", "--format", "json", check=True)
    printed = json.loads(result.stdout)
    assert set(printed) == {"total", "incidents"}
    assert printed["total"] == 1 and printed["incidents"][0]["id"] == "inc-protest"
