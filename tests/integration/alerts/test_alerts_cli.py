"""`eventwatch rules apply|list|disable|delete|backtest` and `alerts list` on the real ES."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.elasticsearch

RULES = """id: fr
match: {types: [terror_alert], countries: [FR]}
throttle: 1h
actions: [{type: log}]
"""


def cli(*args: str) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "eventwatch.cli", *args]
    return subprocess.run(command, capture_output=True, text=True, timeout=120)


def ok(*args: str) -> dict:
    result = cli(*args, "--format", "json")
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_rules_lifecycle_and_alerts_list(test_settings, tmp_path: Path) -> None:
    path = tmp_path / "fr.yaml"
    path.write_text(RULES)
    assert [r["id"] for r in ok("rules", "apply", str(path))["applied"]] == ["fr"]
    assert ok("rules", "apply", str(path))["count"] == 1  # idempotent
    assert [(r["id"], r["enabled"]) for r in ok("rules", "list")["rules"]] == [("fr", True)]
    assert ok("rules", "disable", "fr")["rules"][0]["enabled"] is False
    backtest = ok("rules", "backtest", str(path), "--since", "7d")
    assert (backtest["rules"][0]["rule_id"], backtest["rules"][0]["alerts"]) == ("fr", 0)
    assert ok("rules", "delete", "fr") == {"deleted": "fr"}
    missing = cli("rules", "delete", "fr")
    assert missing.returncode == 2 and "no rule with id 'fr'" in missing.stderr
    assert ok("alerts", "list", "--since", "24h") == {"total": 0, "alerts": []}
    bad = cli("alerts", "list", "--since", "yesterday")
    assert bad.returncode == 2 and "--since" in bad.stderr
