"""Against a real broker whose listener wants SASL_SSL (SCRAM-SHA-512 over TLS, and a client
certificate): setup, ingest, a worker and the dashboard's live stream work through it, and a
wrong password or an untrusted CA gets one clear line instead of a traceback loop.

The broker is this module's own (tests/support/secure_kafka.py), started once for it;
Elasticsearch is the session's.
"""

from __future__ import annotations

import asyncio
import logging
import os
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from pydantic import SecretStr
from support.cli import run_cli
from support.secure_kafka import SecureBroker, sasl_ssl_broker
from support.stacks import StackServers, deployment_env
from support.workers import Worker, running_worker

from eventwatch.settings import Settings

pytestmark = [pytest.mark.kafka, pytest.mark.elasticsearch, pytest.mark.slow]

USER = "eventwatch-app"
PASSWORD = "scram-" + uuid.uuid4().hex
WRONG = "not-the-password-" + uuid.uuid4().hex[:6]
ARTICLE = (
    "Ruritania raises terror alert\n"
    "The government of France raised the national terror alert level to its highest level "
    "on Monday after a bomb attack in Lyon killed three people.\n"
)


@dataclass
class SecureDeployment:
    broker: SecureBroker
    env: dict[str, str]
    settings: Settings
    home: Path

    def cli(self, *args: str, env: dict[str, str] | None = None) -> Any:
        return run_cli(*args, env=env or self.env, timeout=180)

    def env_with(self, **overrides: str) -> dict[str, str]:
        return self.env | {f"EVENTWATCH_{k.upper()}": v for k, v in overrides.items()}


@pytest.fixture(scope="module")
def secure(
    stack_servers: StackServers, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[SecureDeployment]:
    from eventwatch.stack.cleanup import delete_prefixed_elasticsearch

    home = tmp_path_factory.mktemp("sasl-ssl")
    prefix = f"k{uuid.uuid4().hex[:8]}-"
    with sasl_ssl_broker(home / "broker", {USER: PASSWORD}) as broker:
        servers = StackServers(broker.secure_bootstrap, stack_servers.elasticsearch_url)
        env = dict(os.environ)
        env.update(deployment_env(servers, prefix, home / "app"))
        env["EVENTWATCH_ARTICLES_PARTITIONS"] = "2"
        env.update(broker.env(USER))
        base = Settings(
            home=home / "app",
            elasticsearch_url=stack_servers.elasticsearch_url,
            topic_prefix=prefix,
            index_prefix=prefix,
            consumer_group=f"{prefix}eventwatch",
        )
        try:
            yield SecureDeployment(broker, env, broker.settings(base, USER), home)
        finally:
            delete_prefixed_elasticsearch(stack_servers.elasticsearch_url, prefix)


@pytest.fixture(scope="module")
def worker(secure: SecureDeployment) -> Iterator[Worker]:
    done = secure.cli("setup")
    assert done.returncode == 0, done.stderr.decode()
    with running_worker(secure.home / "worker.log", env=secure.env) as running:
        yield running


def _one_line(stderr: bytes) -> str:
    text = stderr.decode(errors="replace")
    lines = [line for line in text.splitlines() if line.strip()]
    assert len(lines) == 1, text
    assert "Traceback" not in text
    return lines[0]


def test_ingest_worker_and_dashboard_stream_work_over_sasl_ssl(
    secure: SecureDeployment, worker: Worker, tmp_path: Path
) -> None:
    from eventwatch.clients import elasticsearch_client
    from eventwatch.dashboard.state import DashboardState

    article = tmp_path / "alert.txt"
    article.write_text(ARTICLE, "utf-8")
    state = DashboardState(secure.settings)

    async def ingest_and_watch() -> tuple[Any, list[tuple[str, dict[str, Any]]]]:
        loop = asyncio.get_running_loop()
        state.hub.start(loop)
        queue = state.hub.subscribe()
        deadline = time.monotonic() + 120
        while not state.hub.connected:  # the stream reads from its start on: ingest after it
            assert time.monotonic() < deadline, state.hub.problem
            await asyncio.sleep(0.2)
        ingest = await loop.run_in_executor(None, secure.cli, "ingest", str(article))
        seen = [await asyncio.wait_for(queue.get(), 180)]
        while not queue.empty():
            seen.append(queue.get_nowait())
        return ingest, seen

    try:
        ingest, seen = asyncio.run(ingest_and_watch())
    finally:
        state.close()
    assert ingest.returncode == 0, ingest.stderr.decode()
    assert b"sent 1 articles" in ingest.stdout
    kinds = {kind for kind, _ in seen}
    types = {document.get("type") for kind, document in seen if kind == "event"}
    assert kinds == {"event"} and types <= {"terror_alert", "terror_attack"} and types, seen

    es = elasticsearch_client(secure.settings)
    index = secure.settings.names.events_index
    try:
        deadline = time.monotonic() + 60
        while True:
            es.indices.refresh(index=index, ignore_unavailable=True)
            hits = es.search(index=index, body={"query": {"match_all": {}}})["hits"]["hits"]
            found = {hit["_source"]["type"] for hit in hits}
            if found >= {"terror_alert", "terror_attack"} or time.monotonic() > deadline:
                break
            time.sleep(0.5)
    finally:
        es.close()
    assert found >= {"terror_alert", "terror_attack"}, worker.tail()
    assert PASSWORD not in worker.text()


@pytest.mark.parametrize("command", [("ingest", "-"), ("setup",), ("worker",)])
def test_a_wrong_password_is_one_line_naming_the_setting(
    secure: SecureDeployment, command: tuple[str, ...]
) -> None:
    env = secure.env_with(kafka_sasl_password=WRONG)
    done = run_cli(*command, env=env, stdin=ARTICLE.encode(), timeout=180)
    line = _one_line(done.stderr)
    assert done.returncode == 1, line
    assert "refused the credentials" in line and "EVENTWATCH_KAFKA_SASL_PASSWORD" in line
    assert WRONG not in line and PASSWORD not in line


def test_an_untrusted_broker_certificate_is_one_line_naming_the_ca_setting(
    secure: SecureDeployment,
) -> None:
    env = secure.env_with(kafka_ssl_cafile=str(secure.broker.certificates.other_ca))
    done = run_cli("ingest", "-", env=env, stdin=ARTICLE.encode(), timeout=180)
    line = _one_line(done.stderr)
    assert done.returncode == 1
    assert "certificate not trusted" in line and "EVENTWATCH_KAFKA_SSL_CAFILE" in line


def test_dashboard_stream_says_once_why_it_cannot_connect_and_retries_quietly(
    secure: SecureDeployment, caplog: pytest.LogCaptureFixture
) -> None:
    from eventwatch.dashboard.state import DashboardState

    settings = secure.settings.model_copy(update={"kafka_sasl_password": SecretStr(WRONG)})
    state = DashboardState(settings)
    caplog.set_level(logging.INFO)

    async def run_a_while() -> None:
        state.hub.start(asyncio.get_running_loop())
        await asyncio.sleep(12)  # the first attempt and at least two retries (2 s, 4 s)

    try:
        asyncio.run(run_a_while())
    finally:
        state.close()
    records = [r for r in caplog.records if r.levelno >= logging.WARNING]
    messages = [r.getMessage() for r in records]
    assert len(messages) == 1, messages
    assert "refused the credentials" in messages[0]
    assert "EVENTWATCH_KAFKA_SASL_PASSWORD" in messages[0] and WRONG not in messages[0]
    assert not state.hub.connected
