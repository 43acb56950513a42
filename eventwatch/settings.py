"""Configuration from EVENTWATCH_* environment variables and an optional config file.

`get_settings()` is cached; tests call `get_settings.cache_clear()` after changing the
environment instead of mutating a module-level object.
"""

from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path
from typing import Literal

from pydantic import Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict

from eventwatch.names import Names


def default_home() -> Path:
    return Path(os.environ.get("EVENTWATCH_HOME", Path.home() / ".eventwatch"))


class Settings(BaseSettings):
    model_config = SettingsConfigDict(
        env_prefix="EVENTWATCH_",
        env_file=os.environ.get("EVENTWATCH_CONFIG", ".eventwatch.env"),
        extra="ignore",
    )

    home: Path = Field(default_factory=default_home)
    kafka_bootstrap: str = "127.0.0.1:9092"
    kafka_controller_port: int = 9093
    elasticsearch_url: str = "http://127.0.0.1:9200"
    # Secured connections (docs/connections.md); every Kafka client is built from these
    # in eventwatch.kafka_config, every Elasticsearch client in eventwatch.clients.
    kafka_security_protocol: Literal["PLAINTEXT", "SSL", "SASL_PLAINTEXT", "SASL_SSL"] = "PLAINTEXT"
    kafka_sasl_mechanism: Literal["PLAIN", "SCRAM-SHA-256", "SCRAM-SHA-512"] = "PLAIN"
    kafka_sasl_username: str | None = None
    kafka_sasl_password: SecretStr | None = None
    kafka_ssl_cafile: Path | None = None
    kafka_ssl_certfile: Path | None = None
    kafka_ssl_keyfile: Path | None = None
    kafka_ssl_password: SecretStr | None = None  # of the key file
    kafka_ssl_check_hostname: bool = True
    elasticsearch_username: str | None = None
    elasticsearch_password: SecretStr | None = None
    elasticsearch_api_key: SecretStr | None = None  # base64 "id:key", as Elasticsearch prints it
    elasticsearch_ca_certs: Path | None = None
    elasticsearch_ssl_fingerprint: str | None = None  # SHA-256 of the server certificate
    elasticsearch_transport_port: int | None = None  # local stack; default: HTTP port + 100
    maven_cache: Path | None = None  # local stack jars; default: <home>/maven
    topic_prefix: str = ""
    index_prefix: str = ""
    articles_partitions: int = 4
    consumer_group: str = "eventwatch"
    # Heaps of the local stack; small on purpose (2-core, shared CI machines).
    kafka_heap: str = "512m"
    elasticsearch_heap: str = "1g"
    java_home: str | None = None
    max_article_chars: int = 1_000_000
    spacy_model: str | None = None
    # Languages whose pipelines a worker's tagger builds before it reports ready (comma-
    # separated); any other language is built on its first article, once per process. Each
    # costs seconds of CPU at start (de and fr about 4 s each, en 1 s on a quiet core).
    warm_languages: str = "de,en,fr"
    api_keys: str = ""
    webhook_allow_private: bool = False
    # Feed poller (ingest/feeds, streams/agents/poll_feeds): feed and page URLs follow the same
    # private-address policy as webhooks; the local sample (`eventwatch up`) allows them.
    feeds_allow_private: bool = False
    # Fetches in flight per worker; seconds per request whatever the server does; bytes per
    # document or page after decompression; how often the workers' leader reads the feeds index.
    feeds_concurrency: int = Field(default=16, ge=1)
    feeds_timeout: float = Field(default=10.0, gt=0)
    feeds_max_bytes: int = Field(default=5_000_000, ge=1024)
    feeds_sync_seconds: float = Field(default=10.0, gt=0)
    # The shortest feed interval accepted (ingest/feed_config.py). Outlets expect no more than
    # a poll per 30 s; a lower floor is for news sites you run yourself, such as the tests' own.
    feeds_min_interval_seconds: int = Field(default=30, ge=1)
    dashboard_host: str = "127.0.0.1"
    dashboard_port: int = 8000
    worker_web_port: int = 6066
    # A batch fills to this size only under a backlog (at 50 articles/s it closes after
    # batch_seconds with ~10), so a large one costs no latency; per-batch round trips
    # (dedupe lookup, tagger hand-off, bulk writes) made 64 about 20% slower end to end.
    batch_size: int = 256
    batch_seconds: float = 0.2
    # Signs dashboard session cookies; set it (32+ characters) for sessions that outlive a
    # restart or are shared by several dashboard processes. Unset: random per process.
    session_secret: SecretStr | None = None
    # Request bodies (API) and inputs (CLI files, stdin) are read up to these sizes, no further.
    max_request_bytes: int = 8 * 1024 * 1024
    max_input_bytes: int = 64 * 1024 * 1024

    @property
    def names(self) -> Names:
        return Names(topic_prefix=self.topic_prefix, index_prefix=self.index_prefix)

    @property
    def state_dir(self) -> Path:
        return self.home / "stack"


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    return Settings()
