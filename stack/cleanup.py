"""Deleting everything one deployment prefix owns: topics, consumer groups, indices,
templates and pipelines. Tests use it to clean up after themselves (prefixes like 't1a2b3c4-').
"""

from __future__ import annotations

from typing import Any

MIN_PREFIX = 4


def _check_prefix(prefix: str) -> None:
    # An empty or tiny prefix would match (and delete) other people's data on shared servers.
    if len(prefix) < MIN_PREFIX:
        raise ValueError(f"refusing to delete by prefix {prefix!r}: too short")


def delete_prefixed_elasticsearch(url: str, prefix: str) -> None:
    _check_prefix(prefix)
    from elasticsearch import Elasticsearch, NotFoundError

    client = Elasticsearch([url], timeout=30)
    try:
        for index in client.indices.get(index="*", expand_wildcards="all"):
            if prefix in index:
                client.indices.delete(index=index, ignore_unavailable=True)
        templates: Any = client.transport.perform_request("GET", "/_index_template")
        for item in templates.get("index_templates", []):
            if prefix in item["name"]:
                client.indices.delete_index_template(name=item["name"])
        for name in client.indices.get_template():
            if prefix in name:
                client.indices.delete_template(name=name)
        components: Any = client.transport.perform_request("GET", "/_component_template")
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


def delete_prefixed_kafka(bootstrap: str, prefix: str) -> None:
    _check_prefix(prefix)
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
