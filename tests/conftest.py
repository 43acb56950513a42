"""Shared fixtures: real Kafka and Elasticsearch, one set per session.

`stack_servers` reuses the servers named by EVENTWATCH_TEST_KAFKA and EVENTWATCH_TEST_ES
when both are set; otherwise it starts a private local stack (stack.LocalStack) on free
ports in a temporary state dir, reusing the Maven jar cache, and stops it at the end.
`fault_stack` is a second private stack that only fault-injection tests (marker `faults`)
use: they stop and restart its servers, never those the other tests share. Fault tests run
last, so the fault stack is started once, late, and stopped with the session.
`test_settings` gives each test its own topic/index prefix and consumer group, exports
them for subprocesses, and deletes whatever carries that prefix afterwards.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from support.stacks import (
    StackServers,
    deployment_env,
    elasticsearch_client,
    private_stack,
    servers_from_env,
)

from eventwatch.settings import Settings, get_settings
from stack.cleanup import delete_prefixed_elasticsearch, delete_prefixed_kafka

if TYPE_CHECKING:
    from elasticsearch import Elasticsearch

    from stack import LocalStack

SERVER_MARKERS = ("kafka", "elasticsearch")


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Fault tests last (stable order otherwise): the fault stack starts once, after the rest."""
    items.sort(key=lambda item: item.get_closest_marker("faults") is not None)


@pytest.fixture(scope="session")
def stack_servers(tmp_path_factory: pytest.TempPathFactory) -> Iterator[StackServers]:
    shared = servers_from_env()
    if shared is not None:
        yield shared
        return
    with private_stack(tmp_path_factory.mktemp("stack-home")) as servers:
        yield servers


@pytest.fixture(scope="session")
def fault_stack(tmp_path_factory: pytest.TempPathFactory) -> Iterator[StackServers]:
    """Servers of the fault tests' own, whatever EVENTWATCH_TEST_KAFKA/ES say."""
    with private_stack(tmp_path_factory.mktemp("fault-stack-home")) as servers:
        yield servers


@pytest.fixture
def own_stack(fault_stack: StackServers) -> Iterator[LocalStack]:
    """The fault stack's LocalStack, for tests that stop and restart servers; afterwards
    everything is brought back up for the fault tests that follow."""
    assert fault_stack.local_stack is not None
    yield fault_stack.local_stack
    fault_stack.local_stack.up()


@pytest.fixture(autouse=True)
def _servers_for_marked_tests(request: pytest.FixtureRequest) -> None:
    """Tests marked kafka/elasticsearch get their stack even if they only use env."""
    if request.node.get_closest_marker("faults"):
        request.getfixturevalue("fault_stack")
    elif any(request.node.get_closest_marker(m) for m in SERVER_MARKERS):
        request.getfixturevalue("stack_servers")


@pytest.fixture(scope="session")
def es(stack_servers: StackServers) -> Iterator[Elasticsearch]:
    with elasticsearch_client(stack_servers) as client:
        yield client


@pytest.fixture
def test_settings(
    stack_servers: StackServers, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> Iterator[Settings]:
    prefix = f"t{uuid.uuid4().hex[:8]}-"
    env = deployment_env(stack_servers, prefix, tmp_path / "eventwatch-home")
    for key, value in env.items():
        monkeypatch.setenv(key, value)
    get_settings.cache_clear()
    settings = get_settings()
    try:
        yield settings
    finally:
        get_settings.cache_clear()
        delete_prefixed_elasticsearch(stack_servers.elasticsearch_url, prefix)
        delete_prefixed_kafka(stack_servers.kafka_bootstrap, prefix)
