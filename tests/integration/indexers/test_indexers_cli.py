"""`eventwatch search` through a real subprocess: results, or one line and exit 2."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from typing import Any

import pytest
from indexers_itest_support import generated

from eventwatch.indexers.bulk import BulkWriter
from eventwatch.indexers.setup import ensure_indices

pytestmark = pytest.mark.elasticsearch

HOSTILE_TEXT = [
    '*:* OR "unbalanced',
    "script: {source}",
    '{"script": {"source": "Math.random()"}}',
    "\x1b[2J\x07attack\x01\x02",
    "((((((((((Ruritania",
    "Ruritania~2 /regex.*/ harbour^9",
    "x" * 1999,
]


def _cli(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "eventwatch.cli", "search", *args],
        capture_output=True,
        text=True,
        timeout=120,
        env=env or dict(os.environ),
    )


@pytest.fixture
def indexed(es: Any, test_settings: Any) -> list[Any]:
    ensure_indices(es, test_settings.names)
    events = generated(40)
    writer = BulkWriter(es, test_settings.names)
    writer.write_events(events)
    writer.close()
    es.indices.refresh(index=test_settings.names.events_index)
    return events


def test_search_json_shape_and_filters(indexed: list[Any]) -> None:
    done = _cli(
        "harbour",
        "--lang",
        "en",
        "--type",
        "terror_alert",
        "--type",
        "accusation",
        "--format",
        "json",
    )
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout)
    wanted = {
        e.id for e in indexed if e.language == "en" and e.type in ("terror_alert", "accusation")
    }
    assert result["total"] == len(wanted) > 0
    assert {e["id"] for e in result["events"]} == wanted
    assert set(result["facets"]) >= {"type", "country", "actor", "source", "language", "time"}
    assert all("<em>harbour</em>" in e["highlight"]["evidence.text"][0] for e in result["events"])

    table = _cli("--country", "fr", "--limit", "5")
    assert table.returncode == 0, table.stderr
    assert "evidence" in table.stdout.splitlines()[0]

    board = _cli("--board", "--format", "json")
    assert board.returncode == 0 and "countries" in json.loads(board.stdout)


@pytest.mark.parametrize("text", HOSTILE_TEXT)
def test_hostile_text_gives_results_or_one_line(indexed: list[Any], text: str) -> None:
    done = _cli(text, "--format", "json")
    assert "Traceback" not in done.stderr
    if done.returncode == 0:
        assert isinstance(json.loads(done.stdout)["total"], int)
    else:
        assert done.returncode == 2
        assert len(done.stderr.strip().splitlines()) == 1


@pytest.mark.parametrize(
    "args",
    [
        ["x" * 20_000],
        ["--country", "France"],
        ["--type", "bombing"],
        ["--since", "last tuesday"],
        ["--limit", "-3"],
        ["--limit", "many"],
        ["--min-confidence", "7"],
        ["--after", "garbage"],
        ["--modality", "maybe"],
    ],
)
def test_bad_input_exits_2_with_one_line(indexed: list[Any], args: list[str]) -> None:
    done = _cli(*args)
    assert done.returncode == 2, done.stdout
    assert "Traceback" not in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1


def test_unreachable_elasticsearch_exits_1(test_settings: Any) -> None:
    env = dict(os.environ, EVENTWATCH_ELASTICSEARCH_URL="http://127.0.0.1:9")
    done = _cli("attack", env=env)
    assert done.returncode == 1
    assert "Traceback" not in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1


def test_setup_retention_deletes_old_events(es: Any, test_settings: Any) -> None:
    from datetime import UTC, datetime, timedelta

    ensure_indices(es, test_settings.names)
    now = datetime.now(UTC)
    events = generated(8, now=now)
    old = [e.model_copy(update={"tagged_at": now - timedelta(days=120)}) for e in events[:3]]
    writer = BulkWriter(es, test_settings.names)
    writer.write_events(old + events[3:])
    writer.close()

    bad = subprocess.run(
        [sys.executable, "-m", "eventwatch.cli", "setup", "--retention", "soon"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert bad.returncode == 2 and len(bad.stderr.strip().splitlines()) == 1
    done = subprocess.run(
        [sys.executable, "-m", "eventwatch.cli", "setup", "--retention", "90d", "--format", "json"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["retention"]["events"] == 3
    es.indices.refresh(index=test_settings.names.events_index)
    assert es.count(index=test_settings.names.events_index)["count"] == 5
