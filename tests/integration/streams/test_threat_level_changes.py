"""Threat levels as state through the real pipeline (Kafka, the worker's tagger, Elasticsearch,
match_alerts): one change reported by three outlets in two languages is one change on the
board and one alert; a later lowering is the second change and the second alert."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from streams_support import Deployment, wait_for
from support.workers import Worker

pytestmark = [pytest.mark.kafka, pytest.mark.elasticsearch, pytest.mark.slow]

RULES = """\
id: se-level-change
name: Swedish threat level changed
match:
  threat_level_change: true
  countries: [SE]
actions: [{type: log}]
---
id: se-level-raised
name: Swedish threat level raised
match:
  threat_level_change: true
  directions: [raised]
actions: [{type: log}]
"""

RAISED = [
    (
        "wire-one",
        "en",
        "2026-03-02T09:00:00Z",
        "Security alert in Stockholm\nSweden raised its terror threat level from three to four "
        "on Thursday, the security service Säpo said.",
    ),
    (
        "wire-two",
        "en",
        "2026-03-02T09:04:00Z",
        "Säpo raises threat level\nThe Swedish Security Service has raised the national terror "
        "threat level to 4 on a five-level scale, citing a sharper threat.",
    ),
    (
        "zeitung",
        "de",
        "2026-03-02T09:20:00Z",
        "Terrorwarnstufe angehoben\nSchweden hat die Terrorwarnstufe von drei auf vier angehoben, "
        "teilte der Geheimdienst Säpo mit.",
    ),
]
LOWERED = (
    "wire-one", "en", "2026-05-20T14:00:00Z",
    "Threat level lowered\nSweden lowered its terror threat level to three from four, "
    "Säpo announced on Friday.",
)  # fmt: skip


def _article(n: int, outlet: str, lang: str, published: str, text: str) -> dict[str, Any]:
    title, body = text.split("\n", 1)
    return {
        "id": f"threat-{n}",
        "title": title,
        "text": body,
        "source": outlet,
        "language": lang,
        "published_at": published,
    }


def _ingest(deployment: Deployment, articles: list[dict[str, Any]]) -> None:
    lines = "".join(json.dumps(a, ensure_ascii=False) + "\n" for a in articles)
    deployment.cli("ingest", "-", stdin=lines.encode("utf-8"), check=True)


def _alerts(deployment: Deployment, rule: str) -> list[dict[str, Any]]:
    result = deployment.cli("alerts", "list", "--rule", rule, "--format", "json", check=True)
    return json.loads(result.stdout)["alerts"]


def _sweden(deployment: Deployment) -> dict[str, Any] | None:
    board = deployment.search("--board", "--country", "SE")
    rows = [row for row in board["countries"] if row["country"] == "SE"]
    return rows[0] if rows else None


def _reported(deployment: Deployment, count: int) -> bool:
    found = deployment.search("--type", "terror_alert", "--country", "SE")
    return found["total"] >= count


def test_three_outlets_one_change_one_alert_then_a_lowering(
    deployment: Deployment, worker: Worker, tmp_path: Path
) -> None:
    rules = tmp_path / "rules.yaml"
    rules.write_text(RULES, encoding="utf-8")
    deployment.cli("rules", "apply", str(rules), check=True)
    assert deployment.worker_log is not None
    log = deployment.worker_log
    wait_for(lambda: "2 enabled" in log.read_text(), timeout=60, what="the rules loaded")

    _ingest(deployment, [_article(n, *a) for n, a in enumerate(RAISED, start=1)])
    wait_for(lambda: _reported(deployment, 3), timeout=90, what="three reports indexed")
    [raised] = wait_for(lambda: _alerts(deployment, "se-level-change"), timeout=60, what="alert")
    assert raised["group"] == "SE" and "raised" in raised["summary"]
    assert len(_alerts(deployment, "se-level-raised")) == 1
    sweden = _sweden(deployment)
    assert sweden is not None
    assert (sweden["system"], sweden["level"], sweden["rank"], sweden["of"]) == (
        "Säpo",
        "högt hot",
        4,
        5,
    )
    assert sweden["sources"] == 3 and len(sweden["history"]) == 1

    _ingest(deployment, [_article(4, *LOWERED)])
    changes = wait_for(
        lambda: len(_alerts(deployment, "se-level-change")) == 2,
        timeout=90,
        what="the second alert",
    )
    assert changes
    assert len(_alerts(deployment, "se-level-raised")) == 1  # a lowering is not 'raised'
    sweden = _sweden(deployment)
    assert sweden is not None and sweden["rank"] == 3
    assert [c["direction"] for c in sweden["history"]] == ["lowered", "raised"]
    assert [c["sources"] for c in sweden["history"]] == [1, 3]
