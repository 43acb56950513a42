"""End to end in a real browser against a real `eventwatch worker`: an article goes in through
the API, its event appears live, is searchable and opens; a rule made in the form fires an
alert that arrives live on the alerts page."""

from __future__ import annotations

import time
import uuid
from typing import Any

import pytest
from browser_support import login, screenshot, wait_until
from support.workers import Worker

from eventwatch.settings import Settings

pytestmark = [pytest.mark.browser, pytest.mark.kafka, pytest.mark.elasticsearch, pytest.mark.slow]

EDITOR = {"X-API-Key": "editor-key-0123456789"}


def _article(sentence: str) -> dict[str, Any]:
    return {
        "url": f"https://test.example.org/en/{uuid.uuid4().hex[:10]}",
        "title": "Threat level raised",
        "language": "en",
        "source": "Test Wire",
        "text": sentence,
    }


def _first_report(page: Any, incident_id: str) -> str:
    """The incident's first report, once Elasticsearch has it (live comes from Kafka first)."""
    deadline = time.monotonic() + 15
    while True:
        response = page.request.get(f"/api/incidents/{incident_id}", headers=EDITOR)
        if response.status == 200 and response.json()["reports"]:
            return str(response.json()["reports"][0]["id"])
        assert time.monotonic() < deadline, f"incident {incident_id}: {response.status}"
        page.wait_for_timeout(500)


def _ingest(page: Any, article: dict[str, Any]) -> str:
    response = page.request.post("/api/articles", data=article, headers=EDITOR)
    assert response.status == 202, response.text()
    return response.json()["id"]


def test_article_to_event_to_search_to_rule_to_alert(
    worker: Worker, page: Any, browser_settings: Settings
) -> None:
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    login(page)
    wait_until(page, "document.getElementById('live-status').textContent === 'live'")
    page.wait_for_timeout(2500)  # the stream consumer joins the (new) topics

    _ingest(page, _article("Britain raised its national terrorism threat level to critical."))
    # The overview lists incidents: the report arrives as a live incident of its own.
    item = page.locator("#latest-incidents .incident-item.fresh").first
    item.wait_for(timeout=20_000)
    assert "Threat level raised" in item.inner_text()
    event_id = _first_report(page, item.get_attribute("data-id"))
    assert page.locator('#worldmap path.hit[data-cc="GB"]').count() == 1  # no coordinates
    board_row = page.inner_text('#board-rows tr[data-cc="GB"]')
    assert "critical" in board_row and "United Kingdom" in board_row, board_row
    assert page.inner_text("#kpi-board") == "1"
    screenshot(page, "e2e-1-live-event")

    # Live comes from Kafka; search waits for the worker's write and the index refresh.
    found = f'.results .event-item[data-id="{event_id}"]'
    deadline = time.monotonic() + 15
    page.goto("/search?q=terrorism")
    while page.locator(found).count() == 0 and time.monotonic() < deadline:
        page.wait_for_timeout(500)
        page.reload()
    page.wait_for_selector(found, timeout=1000)
    assert page.inner_text(".results mark").lower().startswith("terrorism")
    assert "T00:00" not in page.inner_text(".facets")  # time buckets read as dates
    screenshot(page, "e2e-2-search")

    page.click(f'.results .event-item[data-id="{event_id}"] a[href^="/events/"]')
    page.wait_for_url(f"**/events/{event_id}")
    assert "terrorism threat level" in page.inner_text("#article-text mark.evidence")
    screenshot(page, "e2e-3-event")

    page.goto("/rules/new")
    page.fill("input[name=id]", "gb-alert-level")
    page.fill("input[name=name]", "Terror alert level in Britain")
    page.check("input[name=enabled]")
    page.check("input[name=types][value=terror_alert]")
    page.fill("input[name=countries]", "Britain")  # a name, not a code: refused in place
    page.click("#save-rule")
    slot = page.locator('[data-error-for="match.countries"]')
    slot.wait_for()
    wait_until(
        page, "document.querySelector('[data-error-for=\"match.countries\"]').textContent !== ''"
    )
    assert "two-letter ISO 3166 country code" in slot.inner_text(), slot.inner_text()
    assert page.locator("input[name=countries].invalid").count() == 1
    screenshot(page, "e2e-4-rule-refused")
    page.fill("input[name=countries]", "GB")
    page.click("#save-rule")
    page.wait_for_url("**/rules/gb-alert-level?saved=1")
    screenshot(page, "e2e-5-rule-saved")

    page.goto("/alerts")
    wait_until(page, "document.getElementById('live-status').textContent === 'live'")
    page.wait_for_timeout(4000)  # the worker reloads rules every 2 s
    _ingest(page, _article("Britain lowered its terrorism threat level to substantial."))
    alert = page.locator("#alert-list .alert-item").first
    alert.wait_for(timeout=20_000)
    assert "Terror alert level in Britain" in alert.inner_text()
    toast = page.inner_text("#toasts .toast")
    assert toast.count("Terror alert level in Britain") == 1, toast
    screenshot(page, "e2e-6-alert")
    assert errors == []
    assert worker.poll() is None
