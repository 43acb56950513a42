"""`eventwatch feeds apply|list|remove|status` against a real Elasticsearch."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from support.cli import run_cli

from eventwatch.settings import Settings

pytestmark = pytest.mark.elasticsearch

FEEDS = """
id: herald
url: https://news.example.org/rss
name: Herald
language: en
---
id: wire
url: https://wire.example.org/atom
interval: 1m
"""


def cli_json(*args: str) -> dict:
    result = run_cli(*args, "--format", "json", check=True)
    return json.loads(result.stdout)


def test_feeds_are_applied_listed_with_their_status_and_removed(
    test_settings: Settings, tmp_path: Path
) -> None:
    path = tmp_path / "feeds.yaml"
    path.write_text(FEEDS)
    applied = cli_json("feeds", "apply", str(path))
    assert [f["id"] for f in applied["applied"]] == ["herald", "wire"]
    listed = cli_json("feeds", "list")["feeds"]
    assert listed[0] == {
        "id": "herald",
        "url": "https://news.example.org/rss",
        "name": "Herald",
        "language": "en",
        "interval": "5m",
    }
    status = cli_json("feeds", "status")["feeds"]
    assert [
        {k: row[k] for k in ("id", "url", "last_poll", "last_new_item", "last_error")}
        for row in status
    ] == [
        {
            "id": f["id"],
            "url": f["url"],
            "last_poll": None,
            "last_new_item": None,
            "last_error": None,
        }
        for f in listed
    ]
    assert cli_json("feeds", "remove", "wire") == {"removed": ["wire"], "missing": []}
    assert [f["id"] for f in cli_json("feeds", "list")["feeds"]] == ["herald"]
    missing = run_cli("feeds", "remove", "nope")
    assert missing.returncode == 2
    assert missing.stderr.decode().strip() == "eventwatch: no feed with id 'nope'"


def test_an_invalid_feed_file_is_refused_in_one_line(
    test_settings: Settings, tmp_path: Path
) -> None:
    path = tmp_path / "feeds.yaml"
    path.write_text("id: herald\nurl: https://news.example.org/rss\ninterval: 10s\n")
    result = run_cli("feeds", "apply", str(path))
    assert result.returncode == 2
    lines = result.stderr.decode().strip().splitlines()
    assert len(lines) == 1 and "feed 'herald': interval: 10s is too often" in lines[0]
    assert cli_json("feeds", "list")["feeds"] == []
