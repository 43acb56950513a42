"""A deployment per fault test on the fault stack (tests/conftest.py: servers these tests
may stop, never the ones the other tests share): topics and indices under the test's
prefix, an `any` rule with a log action (when alerts exist), and the worker as users start it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from accounting import HAS_ALERTS
from faults_support import ANY_RULE, tagger_loading
from support.stacks import StackServers, elasticsearch_client
from support.workers import Worker

from eventwatch.cli.commands.setup import setup
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
def worker(test_settings: Settings, es: Elasticsearch, tmp_path: Path) -> Iterator[Worker]:
    # In-process, what `eventwatch setup` and `eventwatch rules apply` do (a CLI start each
    # costs seconds); the worker is the real `eventwatch worker`.
    setup(test_settings)
    if HAS_ALERTS:
        from eventwatch.alerts.store import create_rule

        create_rule(es, test_settings.names, ANY_RULE)
    tagger_loading()  # the test's expected ids need it; it loads while the worker starts
    running = Worker(tmp_path / "worker.log")
    running.start()
    try:
        yield running
    finally:
        running.stop()
