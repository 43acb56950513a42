"""The Content-Security-Policy in a real browser: every page works under it (no violation
reported), and another site cannot frame the dashboard."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest
from browser_support import login

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "integration" / "dashboard"))
from dashboard_support import index_events, make_event  # noqa: E402

from eventwatch.settings import Settings  # noqa: E402

pytestmark = [pytest.mark.browser, pytest.mark.kafka, pytest.mark.elasticsearch]
PAGES = [
    "/",
    "/search?q=officials",
    "/events/csp00001",
    "/rules",
    "/rules/new",
    "/alerts",
    "/feeds",
    "/docs",
]


def _violations(page: Any) -> list[str]:
    seen: list[str] = []
    page.on(
        "console",
        lambda m: seen.append(m.text) if "Content Security Policy" in m.text else None,
    )
    page.on("pageerror", lambda e: seen.append(f"pageerror {e}"))
    return seen


def test_every_page_works_under_the_policy(page: Any, es: Any, browser_settings: Settings) -> None:
    index_events(es, browser_settings, [make_event(0, id="csp00001")])
    page.add_init_script(
        "window.__csp = [];"
        "document.addEventListener('securitypolicyviolation',"
        " (e) => window.__csp.push(e.violatedDirective + ' ' + e.blockedURI));"
    )
    seen = _violations(page)
    login(page)
    for path in PAGES:
        page.goto(path)
        page.wait_for_load_state("load")
        page.wait_for_timeout(300)  # scripts that run after load (charts, map, forms)
        assert page.evaluate("window.__csp") == [], path
    page.goto("/")
    page.wait_for_selector("#timeline-legend *")  # app.js ran and drew the data
    page.goto("/docs")
    page.wait_for_selector(".swagger-ui .information-container")  # Swagger UI started
    assert seen == []


def test_another_site_cannot_frame_the_dashboard(page: Any, dashboard_url: str) -> None:
    seen = _violations(page)
    page.set_content(
        f'<iframe id="f" src="{dashboard_url}/login" width="600" height="400"></iframe>'
    )
    page.wait_for_timeout(2000)
    frame = page.frame_locator("#f")
    assert frame.locator("#key").count() == 0  # the login form never rendered in the frame
    assert any("frame-ancestors" in text or "X-Frame-Options" in text for text in seen), seen
