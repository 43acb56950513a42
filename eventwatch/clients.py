"""Clients for the real servers, built from settings in one place."""

from __future__ import annotations

from typing import TYPE_CHECKING

from eventwatch.errors import ServiceUnavailable
from eventwatch.settings import Settings, get_settings

if TYPE_CHECKING:
    from elasticsearch import Elasticsearch


def elasticsearch_client(settings: Settings | None = None, *, timeout: float = 30) -> Elasticsearch:
    from elasticsearch import Elasticsearch

    settings = settings or get_settings()
    return Elasticsearch([settings.elasticsearch_url], timeout=timeout)


def require_elasticsearch(settings: Settings | None = None) -> Elasticsearch:
    """A client that is known to answer; otherwise a one-line error naming the URL."""
    settings = settings or get_settings()
    client = elasticsearch_client(settings)
    if not client.ping():
        raise ServiceUnavailable(
            f"Elasticsearch does not answer at {settings.elasticsearch_url} "
            "(start it with 'eventwatch stack up' or set EVENTWATCH_ELASTICSEARCH_URL)"
        )
    return client
