"""A deployment per fault test: topics and indices under the test's prefix, an `any` rule
with a log action (when alerts exist), and the worker as users start it."""

from __future__ import annotations

import importlib.util
from collections.abc import Iterator
from pathlib import Path

import pytest
from faults_support import ANY_RULE, Worker, cli

from eventwatch.settings import Settings


@pytest.fixture
def worker(test_settings: Settings, tmp_path: Path) -> Iterator[Worker]:
    result = cli("setup")
    assert result.returncode == 0, result.stderr.decode(errors="replace")
    if importlib.util.find_spec("alerts.rules") is not None:
        rule = tmp_path / "any.yaml"
        rule.write_text(ANY_RULE)
        result = cli("rules", "apply", str(rule))
        assert result.returncode == 0, result.stderr.decode(errors="replace")
    running = Worker(tmp_path / "worker.log")
    running.start()
    try:
        yield running
    finally:
        running.stop()
