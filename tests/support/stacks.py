"""Kafka and Elasticsearch for the tests: the servers named in the environment, or a private
LocalStack on free ports (stopped by the pids it recorded), and the per-deployment env."""

from __future__ import annotations

import os
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from eventwatch.settings import Settings, get_settings

if TYPE_CHECKING:
    from elasticsearch import Elasticsearch

    from eventwatch.stack import LocalStack


@dataclass
class StackServers:
    kafka_bootstrap: str
    elasticsearch_url: str
    # The LocalStack the tests started, or None when reusing servers from the environment
    # (fault-injection tests must not stop servers that others share).
    local_stack: LocalStack | None = None

    @property
    def owned(self) -> bool:
        return self.local_stack is not None


def servers_from_env() -> StackServers | None:
    kafka = os.environ.get("EVENTWATCH_TEST_KAFKA")
    es_url = os.environ.get("EVENTWATCH_TEST_ES")
    return StackServers(kafka, es_url) if kafka and es_url else None


def private_stack_settings(base: Path) -> Settings:
    from eventwatch.stack.ports import free_port

    maven_cache = os.environ.get("EVENTWATCH_MAVEN_CACHE") or str(get_settings().home / "maven")
    return Settings(
        home=base,
        kafka_bootstrap=f"127.0.0.1:{free_port()}",
        kafka_controller_port=free_port(),
        elasticsearch_url=f"http://127.0.0.1:{free_port()}",
        elasticsearch_transport_port=free_port(),
        maven_cache=Path(maven_cache),
    )


class BackgroundStack:
    """A private LocalStack in `base`, started in a thread so that its boot overlaps with
    other tests; servers() waits for it, down() stops every server it started."""

    def __init__(self, base: Path) -> None:
        from eventwatch.stack import LocalStack

        self.settings = private_stack_settings(base)
        self.local = LocalStack(self.settings)
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._up, name="stack-boot", daemon=True)

    def start(self) -> BackgroundStack:
        self._thread.start()
        return self

    def _up(self) -> None:
        try:
            self.local.up()
        except BaseException as exc:  # raised again by servers(), in the test that needs it
            self._error = exc

    def servers(self) -> StackServers:
        self._thread.join()
        if self._error is not None:
            raise self._error
        return StackServers(
            self.settings.kafka_bootstrap, self.settings.elasticsearch_url, self.local
        )

    def down(self) -> None:
        if self._thread.ident is not None:
            self._thread.join()
        self.local.down()


@contextmanager
def private_stack(base: Path) -> Iterator[StackServers]:
    """A LocalStack of its own in `base`, brought down (every server it started) at the end."""
    boot = BackgroundStack(base).start()
    try:
        yield boot.servers()
    finally:
        boot.down()


# The languages a test worker's tagger builds before it is ready: English, which most tests
# send; a test that times another language from a ready worker names it. The others are
# built on their first article (the same tagger, seconds later), so each worker start saves
# about 12 s of CPU (de and fr) on a 2-core machine where these starts were most of the run.
TEST_WARM_LANGUAGES = "en"


def deployment_env(
    servers: StackServers,
    prefix: str,
    home: Path,
    warm_languages: str | None = TEST_WARM_LANGUAGES,
) -> dict[str, str]:
    """The EVENTWATCH_* variables of one deployment: its own topics, indices and group;
    warm_languages None keeps the product's default."""
    env = {
        "EVENTWATCH_KAFKA_BOOTSTRAP": servers.kafka_bootstrap,
        "EVENTWATCH_ELASTICSEARCH_URL": servers.elasticsearch_url,
        "EVENTWATCH_TOPIC_PREFIX": prefix,
        "EVENTWATCH_INDEX_PREFIX": prefix,
        "EVENTWATCH_CONSUMER_GROUP": f"{prefix}eventwatch",
        "EVENTWATCH_HOME": str(home),
    }
    if warm_languages is not None:
        env["EVENTWATCH_WARM_LANGUAGES"] = warm_languages
    return env


@contextmanager
def elasticsearch_client(servers: StackServers) -> Iterator[Elasticsearch]:
    from elasticsearch import Elasticsearch

    client = Elasticsearch([servers.elasticsearch_url], timeout=30)
    try:
        yield client
    finally:
        client.close()
