"""The threat-levels page in a real browser: each country's level in its system's own word,
its place on the scale, and a timeline of changes."""

from __future__ import annotations

import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from browser_support import login, screenshot

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "integration" / "dashboard"))
from dashboard_support import index_events, make_event  # noqa: E402

from eventwatch.settings import Settings  # noqa: E402

pytestmark = [pytest.mark.browser, pytest.mark.kafka, pytest.mark.elasticsearch]
T0 = datetime(2026, 3, 1, 9, tzinfo=UTC)


def _report(n: int, country: str, level: dict[str, Any], outlet: str, hours: int) -> dict[str, Any]:
    return make_event(
        n,
        location={"name": country, "country": country},
        threat_level=level,
        article={
            "id": f"tl-{n}",
            "source": outlet,
            "published_at": (T0 + timedelta(hours=hours)).isoformat(),
        },
    )


def _level(system: str, level: str, rank: int, of: int, normalized: str) -> dict[str, Any]:
    return {
        "level": level,
        "normalized": normalized,
        "system": system,
        "rank": rank,
        "of": of,
        "direction": "raised",
    }


def test_board_shows_level_word_scale_place_and_timeline(
    page: Any, es: Any, browser_settings: Settings
) -> None:
    severe = _level("UK", "severe", 4, 5, "high")
    substantial = _level("UK", "substantial", 3, 5, "elevated")
    urgence = _level("Vigipirate", "urgence attentat", 3, 3, "critical")
    index_events(
        es,
        browser_settings,
        [
            _report(1, "GB", substantial, "bbc", 0),
            _report(2, "GB", severe, "bbc", 24),
            _report(3, "GB", severe, "reuters", 25),
            _report(4, "GB", severe, "dpa", 26),
            _report(5, "FR", urgence, "afp", 5),
        ],
    )
    login(page, target="/threat-levels")
    page.wait_for_selector(".threat-country")
    countries = page.locator(".threat-country").evaluate_all("els => els.map(e => e.dataset.cc)")
    assert countries == ["FR", "GB"]  # most severe first
    britain = page.locator('.threat-country[data-cc="GB"]')
    assert "severe" in britain.locator(".threat-now").inner_text()
    assert britain.locator(".scale .step.on").count() == 4
    assert britain.locator(".scale-label").inner_text() == "4 of 5"
    changes = britain.locator(".timeline-changes .change")
    assert changes.count() == 2  # three outlets reporting 'severe' are one change
    assert "substantial →" in changes.first.inner_text()
    assert "3 sources" in changes.first.inner_text()
    france = page.locator('.threat-country[data-cc="FR"]')
    assert "urgence attentat" in france.inner_text()
    assert france.locator(".scale-label").inner_text() == "3 of 3"
    screenshot(page, "threat-levels")
