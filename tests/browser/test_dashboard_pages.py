"""The pages in a real browser: they render, update live, and never run article markup."""

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

SCRIPT = "<script>window.__pwned = 'script'</script>"
IMG = "<img src=x onerror=\"window.__pwned = 'img'\">"
HOSTILE_SENTENCE = f"Officials raised the alert {SCRIPT} after {IMG} a warning."


def _seed_hostile(es: Any, settings: Settings) -> dict[str, Any]:
    article_text = f"First paragraph {IMG}.\n\n{HOSTILE_SENTENCE}\n\nLast line {SCRIPT}."
    start = article_text.index(HOSTILE_SENTENCE)
    event = make_event(
        0,
        id="evil0001",
        summary=f"Alert raised {SCRIPT}",
        evidence={"text": HOSTILE_SENTENCE, "start": start, "end": start + len(HOSTILE_SENTENCE)},
        article={"id": "evil-article", "title": f"Title {IMG}", "source": "<b>wire</b>"},
    )
    others = [
        make_event(n, type=t, location=loc)
        for n, (t, loc) in enumerate(
            [
                (
                    "diplomatic_proposal",
                    {"name": "Paris", "country": "FR", "lat": 48.86, "lon": 2.35},
                ),
                ("terror_attack", {"name": "Moscow", "country": "RU", "lat": 55.75, "lon": 37.6}),
                ("protest", {"name": "Berlin", "country": "DE", "lat": 52.5, "lon": 13.4}),
                (
                    "military_action",
                    {"name": "Kharkiv", "country": "UA", "lat": 49.99, "lon": 36.23},
                ),
            ],
            start=1,
        )
    ]
    index_events(es, settings, [event, *others])
    es.index(
        index=settings.names.articles_index,
        id="evil-article",
        body={"id": "evil-article", "text": article_text, "title": f"Title {IMG}"},
        refresh="wait_for",
    )
    return event


def _watch(page: Any) -> list[str]:
    side_effects: list[str] = []
    page.on("dialog", lambda d: (side_effects.append(f"dialog {d.message}"), d.dismiss()))
    page.on("pageerror", lambda e: side_effects.append(f"pageerror {e}"))
    return side_effects


def test_article_markup_is_shown_as_text_and_never_runs(
    page: Any, es: Any, browser_settings: Settings
) -> None:
    _seed_hostile(es, browser_settings)
    side_effects = _watch(page)
    login(page)
    page.wait_for_selector("#map-points circle")  # app.js drew the hostile event's point
    screenshot(page, "overview")

    page.goto("/search?q=officials")
    page.wait_for_selector(".results .event-item")
    assert "Officials raised the alert <script>" in page.inner_text(".results")
    assert page.inner_text(".results blockquote.hl mark") == "Officials"
    screenshot(page, "search")

    page.goto("/events/evil0001")
    text = page.inner_text("#article-text")
    assert SCRIPT in text and IMG in text
    assert page.inner_text("#article-text mark.evidence") == HOSTILE_SENTENCE
    assert page.get_by_text("Title <img", exact=False).first.is_visible()
    screenshot(page, "event")

    assert page.evaluate("window.__pwned") is None
    assert page.locator("img[src=x]").count() == 0
    assert side_effects == []


def test_live_event_appears_without_reload_and_stays_text(
    page: Any, browser_settings: Settings
) -> None:
    from kafka import KafkaProducer

    side_effects = _watch(page)
    login(page)
    wait_until(page, "document.getElementById('live-status').textContent === 'live'")
    page.evaluate("window.__sameDocument = true")
    page.wait_for_timeout(2500)  # the consumer picks up topics created from now on
    event = make_event(0, id="live0001", summary=f"Live {IMG} event")
    producer = KafkaProducer(bootstrap_servers=browser_settings.kafka_bootstrap)
    producer.send(browser_settings.names.events_topic, json.dumps(event).encode())
    producer.flush(10)
    producer.close()
    # The overview lists incidents, not reports: a live report moves the counts and the map.
    wait_until(page, "document.getElementById('kpi-live').textContent === '1'")
    assert page.evaluate("window.__sameDocument") is True  # no reload happened
    assert page.locator("#worldmap circle").count() >= 1
    assert page.evaluate("window.__pwned") is None and side_effects == []


def test_live_threat_levels_keep_the_board_sorted_by_severity(
    page: Any, es: Any, browser_settings: Settings
) -> None:
    from kafka import KafkaProducer

    def alert(n: int, cc: str, normalized: str, level: str) -> dict[str, Any]:
        location = {"name": cc, "country": cc, "lat": 50.0, "lon": 5.0}
        rank = {"elevated": 2, "high": 3, "critical": 4}[normalized]
        threat = {"level": level, "normalized": normalized, "system": f"{cc}-scale"}
        return make_event(
            n,
            id=f"board{n}",
            location=location,
            threat_level={**threat, "rank": rank, "of": 4, "direction": "raised"},
        )

    index_events(
        es,
        browser_settings,
        [alert(5, "FR", "elevated", "vigilance"), alert(6, "GB", "high", "severe")],
    )
    login(page)
    board = "#board-rows tr"
    page.wait_for_selector(board)
    assert page.eval_on_selector_all(board, "rows => rows.map(r => r.dataset.cc)") == ["GB", "FR"]
    wait_until(page, "document.getElementById('live-status').textContent === 'live'")
    page.wait_for_timeout(2500)  # the consumer picks up topics created from now on

    producer = KafkaProducer(bootstrap_servers=browser_settings.kafka_bootstrap)
    for event in (
        alert(0, "DE", "critical", "highest"),
        alert(1, "FR", "critical", "urgence attentat"),
    ):
        producer.send(browser_settings.names.events_topic, json.dumps(event).encode())
    producer.flush(10)
    producer.close()
    wait_until(
        page,
        "document.querySelector('#board-rows tr[data-cc=\"FR\"]').dataset.level"
        " === 'critical' && document.querySelectorAll('#board-rows tr').length === 3",
        timeout=5000,
    )
    order = page.eval_on_selector_all(board, "rows => rows.map(r => r.dataset.cc)")
    assert order == ["DE", "FR", "GB"]
    assert page.inner_text("#kpi-board") == "3"
