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
