"""A deployment per fault test on the fault stack (tests/conftest.py: servers these tests
may stop, never the ones the other tests share): topics and indices under the test's
prefix, an `any` rule with a log action (when alerts exist), and the worker as users start it."""

from __future__ import annotations

import importlib.util
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from faults_support import ANY_RULE
from support.cli import run_cli
from support.stacks import StackServers, elasticsearch_client
from support.workers import Worker

from eventwatch.settings import Settings

if TYPE_CHECKING:
    from elasticsearch import Elasticsearch


@pytest.fixture(scope="session")
def stack_servers(fault_stack: StackServers) -> StackServers:
    """test_settings and everything else in this package point at the fault stack."""
    return fault_stack


@pytest.fixture(scope="session")
def es(fault_stack: StackServers) -> Iterator[Elasticsearch]:
    with elasticsearch_client(fault_stack) as client:
        yield client


@pytest.fixture
def worker(test_settings: Settings, tmp_path: Path) -> Iterator[Worker]:
    run_cli("setup", check=True)
    if importlib.util.find_spec("alerts.rules") is not None:
        rule = tmp_path / "any.yaml"
        rule.write_text(ANY_RULE)
        run_cli("rules", "apply", str(rule), check=True)
    running = Worker(tmp_path / "worker.log")
    running.start()
    try:
        yield running
    finally:
        running.stop()
