"""Incidents in a real browser: the overview lists them, the incident page shows its reports
side by side, and the live stream updates an incident's row in place (no second row)."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import pytest
from browser_support import login, screenshot, wait_until

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
    """The worker's incident table, batch by batch, as the dashboard reads it from the table's
    changelog: three reports in three languages join one incident, whose row grows in place."""
    from kafka import KafkaProducer

    from eventwatch.models import Event
    from eventwatch.streams.incident_batches import STATE_TABLE, IncidentDecider, dict_apply
    from eventwatch.streams.naming import changelog_topic

    store: dict[str, Any] = {}
    states: list[tuple[str, Any]] = []

    def apply(key: str, value: Any, partition: int | None) -> None:
        dict_apply(store)(key, value, partition)
        states.append((key, value))

    decider = IncidentDecider(store, apply)
    login(page)
    wait_until(page, "document.getElementById('live-status').textContent === 'live'")
    page.evaluate("window.__sameDocument = true")
    page.wait_for_timeout(2500)  # the consumer picks up topics created from now on
    producer = KafkaProducer(bootstrap_servers=browser_settings.kafka_bootstrap)
    topic = changelog_topic(browser_settings, STATE_TABLE)
    for n in range(3):
        decider.decide([(Event.model_validate(report(n, "")), 0)])  # one batch per report
        key, state = states[-1]
        producer.send(topic, key=json.dumps(key).encode(), value=json.dumps(state).encode())
        producer.flush(10)
        if n == 0:
            row = f'#latest-incidents [data-id="{key}"]'
            page.wait_for_selector(row, timeout=5000)
    producer.close()
    assert len({key for key, _ in states}) == 1  # one incident
    wait_until(page, f"document.querySelector('{row} .n-outlets').textContent === '3'")
    assert page.locator(row).count() == 1  # updated in place, not added again
    assert page.inner_text(f"{row} .langs") == "ar, en, fr"
    assert page.evaluate("window.__sameDocument") is True
    screenshot(page, "incident-live")
