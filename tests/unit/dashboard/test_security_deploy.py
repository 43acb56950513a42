"""Probe rows about deployment: the compose file requires keys and the dashboard will not
listen beyond loopback without them."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[3]


def test_compose_requires_keys_and_publishes_the_dashboard_on_loopback_only() -> None:
    compose = yaml.safe_load((ROOT / "docker-compose.yml").read_text())
    dashboard = compose["services"]["dashboard"]
    keys = dashboard["environment"]["EVENTWATCH_API_KEYS"]
    assert keys.startswith("${EVENTWATCH_API_KEYS:?"), keys  # compose refuses to start without
    for port in dashboard["ports"]:
        assert str(port).startswith("127.0.0.1:"), port


def test_the_dashboard_refuses_a_public_address_without_keys(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("EVENTWATCH_")}
    env |= {"EVENTWATCH_HOME": str(tmp_path), "EVENTWATCH_CONFIG": str(tmp_path / "none.env")}
    command = [sys.executable, "-m", "eventwatch.cli", "dashboard", "--host", "0.0.0.0"]
    result = subprocess.run(command, capture_output=True, text=True, timeout=60, env=env)
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "EVENTWATCH_API_KEYS" in lines[0], result.stderr
