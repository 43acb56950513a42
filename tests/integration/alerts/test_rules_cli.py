"""`eventwatch rules ...` and `eventwatch alerts list` as a user runs them, on the real ES."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from alerts_itest_support import make_event

from eventwatch.alerts.store_alerts import write_alert
from eventwatch.indexers.setup import ensure_indices
from eventwatch.models import Alert

pytestmark = pytest.mark.elasticsearch

RULES = """\
id: fr-alert
name: Terror alert in France
kind: any
match: {types: [terror_alert], countries: [FR]}
actions: [{type: log}]
---
id: attacks
kind: threshold
match: {types: [terror_attack]}
window: 10m
threshold: 2
group_by: [location.country]
actions: [{type: log}]
"""


def cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "eventwatch.cli", *args],
        capture_output=True,
        text=True,
        timeout=120,
    )


def cli_json(*args: str) -> dict:
    done = cli(*args, "--format", "json")
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def test_apply_list_disable_backtest_delete(es, test_settings, tmp_path: Path) -> None:
    names = test_settings.names
    ensure_indices(es, names)
    path = tmp_path / "rules.yaml"
    path.write_text(RULES)
    assert [r["id"] for r in cli_json("rules", "apply", str(path))["applied"]] == [
        "fr-alert",
        "attacks",
    ]
    assert cli_json("rules", "apply", str(path))["count"] == 2  # applying again replaces
    assert sorted(r["id"] for r in cli_json("rules", "list")["rules"]) == ["attacks", "fr-alert"]
    [disabled] = cli_json("rules", "disable", "fr-alert")["rules"]
    assert disabled["enabled"] is False

    now = datetime.now(UTC)
    for n in (1, 2):
        event = make_event(
            n, type="terror_attack", received_at=(now - timedelta(hours=n)).isoformat()
        )
        es.index(index=names.events_index, id=event.id, body=event.model_dump(mode="json"))
    es.indices.refresh(index=names.events_index)
    result = cli_json("rules", "backtest", str(path), "--since", "7d")
    counts = {r["rule_id"]: r["alerts"] for r in result["rules"]}
    assert counts == {"fr-alert": 0, "attacks": 0}  # two attacks, but an hour apart
    bad = cli("rules", "backtest", str(path), "--since", "10 parsecs")
    assert bad.returncode == 2 and "since" in bad.stderr and "Traceback" not in bad.stderr

    assert cli_json("rules", "delete", "attacks") == {"deleted": "attacks"}
    missing = cli("rules", "delete", "attacks")
    assert missing.returncode == 2 and "no rule with id 'attacks'" in missing.stderr


def test_alerts_list_since(es, test_settings) -> None:
    names = test_settings.names
    ensure_indices(es, names)
    now = datetime.now(UTC)
    for n, age in ((1, timedelta(hours=1)), (2, timedelta(days=3))):
        alert = Alert(
            id=f"a{n}",
            rule_id="r",
            fired_at=now - age,
            summary=f"alert {n}",
            events=[make_event(n)],
        )
        write_alert(es, names, alert)
    es.indices.refresh(index=names.alerts_index)
    assert [a["id"] for a in cli_json("alerts", "list")["alerts"]] == ["a1"]
    assert [a["id"] for a in cli_json("alerts", "list", "--since", "7d")["alerts"]] == ["a1", "a2"]
    bad = cli("alerts", "list", "--since", "yesterday")
    assert bad.returncode == 2 and "--since" in bad.stderr
