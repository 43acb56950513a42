"""Shared fixtures: real Kafka and Elasticsearch, one set per session.

`stack_servers` reuses the servers named by EVENTWATCH_TEST_KAFKA and EVENTWATCH_TEST_ES
when both are set; otherwise it starts a private local stack (stack.LocalStack) on free
ports in a temporary state dir, reusing the Maven jar cache, and stops it at the end.
`test_settings` gives each test its own topic/index prefix and consumer group, exports
them for subprocesses, and deletes whatever carries that prefix afterwards.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from eventwatch.settings import Settings, get_settings
from stack.cleanup import delete_prefixed_elasticsearch, delete_prefixed_kafka

if TYPE_CHECKING:
    from elasticsearch import Elasticsearch

    from stack import LocalStack

SERVER_MARKERS = ("kafka", "elasticsearch", "faults")


@dataclass
class StackServers:
    kafka_bootstrap: str
    elasticsearch_url: str
    # The LocalStack this session started, or None when reusing servers from the environment
    # (fault-injection tests must not stop servers that others share).
    local_stack: LocalStack | None = None

    @property
    def owned(self) -> bool:
        return self.local_stack is not None


def _private_stack_settings(base: Path) -> Settings:
    from stack.ports import free_port

    maven_cache = os.environ.get("EVENTWATCH_MAVEN_CACHE") or str(get_settings().home / "maven")
    return Settings(
        home=base,
        kafka_bootstrap=f"127.0.0.1:{free_port()}",
        kafka_controller_port=free_port(),
        elasticsearch_url=f"http://127.0.0.1:{free_port()}",
        elasticsearch_transport_port=free_port(),
        maven_cache=Path(maven_cache),
    )


@pytest.fixture(scope="session")
def stack_servers(tmp_path_factory: pytest.TempPathFactory) -> Iterator[StackServers]:
    kafka = os.environ.get("EVENTWATCH_TEST_KAFKA")
    es_url = os.environ.get("EVENTWATCH_TEST_ES")
    if kafka and es_url:
        yield StackServers(kafka_bootstrap=kafka, elasticsearch_url=es_url)
        return
    from stack import LocalStack

    settings = _private_stack_settings(tmp_path_factory.mktemp("stack-home"))
    local = LocalStack(settings)
    local.up()
    try:
        yield StackServers(
            kafka_bootstrap=settings.kafka_bootstrap,
            elasticsearch_url=settings.elasticsearch_url,
            local_stack=local,
        )
    finally:
        local.down()


@pytest.fixture
def own_stack(stack_servers: StackServers) -> Iterator[LocalStack]:
    """The session's LocalStack, for fault tests that stop and restart servers.

    Skipped when the servers come from EVENTWATCH_TEST_KAFKA/ES (shared: never stop them).
    Afterwards everything is brought back up for the tests that follow.
    """
    if stack_servers.local_stack is None:
        pytest.skip("needs a stack of its own: unset EVENTWATCH_TEST_KAFKA/EVENTWATCH_TEST_ES")
    yield stack_servers.local_stack
    stack_servers.local_stack.up()


@pytest.fixture(autouse=True)
def _servers_for_marked_tests(request: pytest.FixtureRequest) -> None:
    """Tests marked kafka/elasticsearch/faults get the stack even if they only use env."""
    if any(request.node.get_closest_marker(m) for m in SERVER_MARKERS):
        request.getfixturevalue("stack_servers")


@pytest.fixture(scope="session")
def es(stack_servers: StackServers) -> Iterator[Elasticsearch]:
    from elasticsearch import Elasticsearch

    client = Elasticsearch([stack_servers.elasticsearch_url], timeout=30)
    yield client
    client.close()


@pytest.fixture
def test_settings(
    stack_servers: StackServers, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> Iterator[Settings]:
    prefix = f"t{uuid.uuid4().hex[:8]}-"
    env = {
        "EVENTWATCH_KAFKA_BOOTSTRAP": stack_servers.kafka_bootstrap,
        "EVENTWATCH_ELASTICSEARCH_URL": stack_servers.elasticsearch_url,
        "EVENTWATCH_TOPIC_PREFIX": prefix,
        "EVENTWATCH_INDEX_PREFIX": prefix,
        "EVENTWATCH_CONSUMER_GROUP": f"{prefix}eventwatch",
        "EVENTWATCH_HOME": str(tmp_path / "eventwatch-home"),
    }
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
