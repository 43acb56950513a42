"""Incidents in a real browser: the overview lists them, the incident page shows its reports
side by side, and the live stream updates an incident's row in place (no second row)."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import pytest
from browser_support import login, screenshot

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "integration" / "dashboard"))
from dashboard_support import index_events, make_event  # noqa: E402

from eventwatch.settings import Settings  # noqa: E402

pytestmark = [pytest.mark.browser, pytest.mark.kafka, pytest.mark.elasticsearch]

REPORTS = [  # (language, outlet, title, evidence)
    (
        "en",
        "Harbour Gazette",
        "Bus station bombing kills 19",
        "A bomb killed 19 people at the bus station.",
    ),
    (
        "fr",
        "Le Courrier du Matin",
        "Attentat meurtrier",
        "Un attentat a fait 19 morts à la gare routière.",
    ),
    ("ar", "صحيفة الأفق", "تفجير محطة حافلات", "قتل 19 شخصا في تفجير استهدف محطة للحافلات."),
]


def report(n: int, incident_id: str) -> dict[str, Any]:
    lang, source, title, text = REPORTS[n]
    return make_event(
        n,
        id=f"rep{n}",
        type="terror_attack",
        threat_level=None,
        language=lang,
        incident_id=incident_id,
        evidence={"text": text, "start": 0, "end": len(text)},
        article={"id": f"art{n}", "title": title, "source": source},
    )


def incident(incident_id: str, reports: list[dict[str, Any]]) -> dict[str, Any]:
    return {
        "id": incident_id,
        "type": "terror_attack",
        "title": reports[0]["article"]["title"],
        "first_seen": reports[-1]["tagged_at"],
        "last_update": reports[0]["tagged_at"],
        "location": reports[0]["location"],
        "actors": reports[0]["actors"],
        "event_ids": [r["id"] for r in reports],
        "articles": len(reports),
        "outlets": len(reports),
        "languages": sorted(r["language"] for r in reports),
        "severity": 4,
        "confidence": 0.9,
    }


def test_the_incident_page_shows_its_reports_side_by_side(
    page: Any, es: Any, browser_settings: Settings
) -> None:
    reports = [report(n, "inc-karachi") for n in range(3)]
    index_events(es, browser_settings, reports)
    index = browser_settings.names.incidents_index
    es.index(index=index, id="inc-karachi", body=incident("inc-karachi", reports), refresh=True)
    login(page)
    row = '#latest-incidents [data-id="inc-karachi"]'
    page.wait_for_selector(row)
    assert "3 sources" in page.inner_text(row) and "3 languages" in page.inner_text(row)
    page.click(f"{row} a.incident-title")
    page.wait_for_selector("#incident-reports .report")
    cards = page.locator("#incident-reports .report")
    assert cards.count() == 3
    boxes = [cards.nth(i).bounding_box() for i in range(3)]
    assert len({round(b["y"]) for b in boxes}) == 1  # one row: side by side
    assert page.locator('#incident-reports .report[lang="ar"]').get_attribute("dir") == "rtl"
    assert "19 morts" in page.inner_text('#incident-reports .report[lang="fr"] .evidence')
    screenshot(page, "incident-page")


def test_a_live_incident_grows_in_place(page: Any, browser_settings: Settings) -> None:
    from kafka import KafkaProducer

    login(page)
    page.wait_for_function("document.getElementById('live-status').textContent === 'live'")
    page.evaluate("window.__sameDocument = true")
    page.wait_for_timeout(2500)  # the consumer picks up topics created from now on
    producer = KafkaProducer(bootstrap_servers=browser_settings.kafka_bootstrap)
    topic = browser_settings.names.assigned_events_topic
    reports = [report(n, "inc-live") for n in range(3)]
    for n in range(1, 4):
        update = {"event": reports[n - 1], "incident": incident("inc-live", reports[:n])}
        producer.send(topic, json.dumps(update).encode())
        producer.flush(10)
        if n == 1:
            page.wait_for_selector('#latest-incidents [data-id="inc-live"]', timeout=5000)
    producer.close()
    row = '#latest-incidents [data-id="inc-live"]'
    page.wait_for_function(
        f"document.querySelector('{row} .n-outlets').textContent === '3'", timeout=5000
    )
    assert page.locator(row).count() == 1  # updated in place, not added again
    assert page.inner_text(f"{row} .langs") == "ar, en, fr"
    assert page.evaluate("window.__sameDocument") is True
    screenshot(page, "incident-live")
