"""Shared fixtures: real Kafka and Elasticsearch, one set per session.

`stack_servers` reuses the servers named by EVENTWATCH_TEST_KAFKA and EVENTWATCH_TEST_ES
when both are set; otherwise it starts a private local stack (stack.LocalStack) on free
ports in a temporary state dir, reusing the Maven jar cache, and stops it at the end.
`fault_stack` is a second private stack that only fault-injection tests (marker `faults`)
use: they stop and restart its servers, never those the other tests share. When fault tests
are selected it boots in the background once the session stack is up, and fault tests run
last, so its boot costs the run next to nothing; it is stopped when the session ends.
`test_settings` gives each test its own topic/index prefix and consumer group, exports
them for subprocesses, and deletes whatever carries that prefix afterwards.
"""

from __future__ import annotations

import contextlib
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from support.stacks import (
    TEST_WARM_LANGUAGES,
    BackgroundStack,
    StackServers,
    deployment_env,
    elasticsearch_client,
    private_stack,
    servers_from_env,
)

from eventwatch.settings import Settings, get_settings
from eventwatch.stack.cleanup import delete_prefixed_elasticsearch, delete_prefixed_kafka

if TYPE_CHECKING:
    from elasticsearch import Elasticsearch

    from eventwatch.stack import LocalStack

SERVER_MARKERS = ("kafka", "elasticsearch")


FAULTS_SELECTED = pytest.StashKey[bool]()
FAULT_STACK = pytest.StashKey[BackgroundStack]()


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Fault tests last (stable order otherwise): the fault stack is needed only at the end."""
    items.sort(key=lambda item: item.get_closest_marker("faults") is not None)


def pytest_collection_finish(session: pytest.Session) -> None:
    selected = any(item.get_closest_marker("faults") for item in session.items)
    session.config.stash[FAULTS_SELECTED] = selected


def pytest_sessionfinish(session: pytest.Session) -> None:
    boot = session.config.stash.get(FAULT_STACK, None)
    if boot is not None:
        boot.down()


def _fault_stack_boot(config: pytest.Config, tmp: pytest.TempPathFactory) -> BackgroundStack:
    """Started once, by whichever comes first: the session stack (then it boots while the
    other tests run) or the first fault test; pytest_sessionfinish stops it."""
    boot = config.stash.get(FAULT_STACK, None)
    if boot is None:
        boot = config.stash[FAULT_STACK] = BackgroundStack(tmp.mktemp("fault-stack")).start()
    return boot


@pytest.fixture(scope="session")
def stack_servers(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[StackServers]:
    with contextlib.ExitStack() as stack:
        servers = servers_from_env() or stack.enter_context(
            private_stack(tmp_path_factory.mktemp("stack-home"))
        )
        if request.config.stash.get(FAULTS_SELECTED, False):
            _fault_stack_boot(request.config, tmp_path_factory)  # after ours: no two boots at once
        yield servers


@pytest.fixture(scope="session")
def fault_stack(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> StackServers:
    """Servers of the fault tests' own, whatever EVENTWATCH_TEST_KAFKA/ES say."""
    return _fault_stack_boot(request.config, tmp_path_factory).servers()


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
    request: pytest.FixtureRequest,
    stack_servers: StackServers,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> Iterator[Settings]:
    prefix = f"t{uuid.uuid4().hex[:8]}-"
    # Fault tests time restarts of the worker as users run it: the product's warm languages.
    faults = request.node.get_closest_marker("faults") is not None
    warm = None if faults else TEST_WARM_LANGUAGES
    env = deployment_env(stack_servers, prefix, tmp_path / "eventwatch-home", warm)
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
