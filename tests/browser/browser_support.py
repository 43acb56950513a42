"""Helpers for the browser tests: log in through the form, save screenshots."""

from __future__ import annotations

from pathlib import Path
from typing import Any

SCREENSHOTS = Path(__file__).resolve().parents[2] / "screenshots"


def login(page: Any, key: str = "editor-key-0123456789", target: str = "/") -> None:
    page.goto(f"/login?next={target}")
    page.fill("#key", key)
    page.click("button[type=submit]")
    page.wait_for_load_state("domcontentloaded")


def screenshot(page: Any, name: str) -> None:
    SCREENSHOTS.mkdir(exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / f"{name}.png"), full_page=True)


def wait_until(page: Any, expression: str, *, timeout: float = 10_000) -> None:
    """Poll a JS expression from here until it is truthy. Playwright's wait_for_function evals
    its predicate inside the page, which the dashboard's CSP (no 'unsafe-eval') forbids."""
    guarded = f"(() => {{ try {{ return !!({expression}); }} catch (e) {{ return false; }} }})()"
    waited = 0.0
    while not page.evaluate(guarded):
        if waited >= timeout:
            raise AssertionError(f"still false after {timeout / 1000:.0f} s: {expression}")
        page.wait_for_timeout(100)
        waited += 100
