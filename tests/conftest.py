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
from typing import TYPE_CHECKING, Any

import pytest

from eventwatch.settings import Settings, get_settings

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
        _delete_prefixed_elasticsearch(stack_servers.elasticsearch_url, prefix)
        _delete_prefixed_kafka(stack_servers.kafka_bootstrap, prefix)


def _delete_prefixed_elasticsearch(url: str, prefix: str) -> None:
    from elasticsearch import Elasticsearch, NotFoundError

    client = Elasticsearch([url], timeout=30)
    try:
        for index in client.indices.get(index="*", expand_wildcards="all"):
            if prefix in index:
                client.indices.delete(index=index, ignore_unavailable=True)
        templates = client.transport.perform_request("GET", "/_index_template")
        for item in templates.get("index_templates", []):
            if prefix in item["name"]:
                client.indices.delete_index_template(name=item["name"])
        for name in client.indices.get_template():
            if prefix in name:
                client.indices.delete_template(name=name)
        components = client.transport.perform_request("GET", "/_component_template")
        for item in components.get("component_templates", []):
            if prefix in item["name"]:
                client.cluster.delete_component_template(name=item["name"])
        for name in _ingest_pipelines(client):
            if prefix in name:
                client.ingest.delete_pipeline(id=name)
    except NotFoundError:
        pass
    finally:
        client.close()


def _ingest_pipelines(client: Any) -> list[str]:
    from elasticsearch import NotFoundError

    try:
        return list(client.ingest.get_pipeline())
    except NotFoundError:  # 7.x answers 404 when there are none
        return []


def _delete_prefixed_kafka(bootstrap: str, prefix: str) -> None:
    from kafka import KafkaAdminClient
    from kafka.errors import KafkaError

    admin = KafkaAdminClient(bootstrap_servers=bootstrap, client_id=f"{prefix}cleanup")
    try:
        topics = [t for t in admin.list_topics() if prefix in t]
        if topics:
            admin.delete_topics(topics, timeout_ms=30_000)
        groups = [g for g, _ in admin.list_consumer_groups() if prefix in g]
        if groups:
            admin.delete_consumer_groups(groups)
    except KafkaError:
        pass  # a group still in use by a lingering consumer must not fail the test
    finally:
        admin.close()
