"""Headless Chromium (Debian's, never a downloaded one) driving a live dashboard."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from support.cli import run_cli
from support.workers import Worker, running_worker

from eventwatch.settings import Settings

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]
KEYS = "viewer-key-0123456789:viewer,editor-key-0123456789:editor"


# Module scope: Playwright's sync API keeps an event loop running in the main thread while it is
# open, which breaks asyncio.run() in every test that comes after it in the session.
@pytest.fixture(scope="module")
def chromium() -> Iterator[Any]:
    if not shutil.which(CHROMIUM):
        pytest.skip("Debian chromium is not installed (apt-get install chromium)")
    playwright_api = pytest.importorskip("playwright.sync_api")
    with playwright_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def browser_settings(test_settings: Settings) -> Settings:
    return test_settings.model_copy(update={"api_keys": KEYS})


@pytest.fixture
def dashboard_url(browser_settings: Settings) -> Iterator[str]:
    from eventwatch.dashboard.serve import serve_in_thread
    from eventwatch.stack.ports import free_port

    with serve_in_thread(browser_settings, free_port()) as url:
        yield url


@pytest.fixture
def page(chromium: Any, dashboard_url: str) -> Iterator[Any]:
    context = chromium.new_context(viewport={"width": 1360, "height": 900}, base_url=dashboard_url)
    tab = context.new_page()
    tab.set_default_timeout(10_000)
    yield tab
    context.close()


@pytest.fixture
def worker(browser_settings: Settings, tmp_path: Path) -> Iterator[Worker]:
    """`eventwatch setup`, then `eventwatch worker` on this test's prefixes (its env)."""
    run_cli("setup", check=True, timeout=120)
    with running_worker(tmp_path / "worker.log") as running:
        yield running
