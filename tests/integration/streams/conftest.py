"""One real worker per test module, on its own topic/index prefix and consumer group.

test_settings (tests/conftest.py) is per test; starting a Faust worker per test would cost
seconds each, so these fixtures build a module-scoped deployment on the same servers.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from streams_support import Deployment, wait_for

READY_MARKERS = ("Worker ready", "tag_articles: tagger ready")


@pytest.fixture(scope="module")
def deployment(stack_servers, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Deployment]:
    from stack.cleanup import delete_prefixed_elasticsearch, delete_prefixed_kafka

    prefix = f"s{uuid.uuid4().hex[:8]}-"
    home = tmp_path_factory.mktemp("streams-home")
    env = dict(os.environ)
    env.update(
        {
            "EVENTWATCH_KAFKA_BOOTSTRAP": stack_servers.kafka_bootstrap,
            "EVENTWATCH_ELASTICSEARCH_URL": stack_servers.elasticsearch_url,
            "EVENTWATCH_TOPIC_PREFIX": prefix,
            "EVENTWATCH_INDEX_PREFIX": prefix,
            "EVENTWATCH_CONSUMER_GROUP": f"{prefix}eventwatch",
            "EVENTWATCH_HOME": str(home),
            "EVENTWATCH_ARTICLES_PARTITIONS": "2",
        }
    )
    deployment = Deployment(env=env, home=home)
    try:
        deployment.cli("setup", check=True)
        yield deployment
    finally:
        delete_prefixed_elasticsearch(stack_servers.elasticsearch_url, prefix)
        delete_prefixed_kafka(stack_servers.kafka_bootstrap, prefix)


@pytest.fixture(scope="module")
def worker(deployment: Deployment) -> Iterator[subprocess.Popen[bytes]]:
    log_path = deployment.home / "worker.log"
    with open(log_path, "wb") as log:
        proc = subprocess.Popen(
            [sys.executable, "-m", "eventwatch.cli", "worker"],
            env=deployment.env,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
    deployment.worker_log = log_path
    try:
        wait_for(
            lambda: proc.poll() is not None or _ready(log_path),
            timeout=120,
            what="worker start",
        )
        assert proc.poll() is None, _tail(log_path)
        yield proc
    finally:
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(60)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def _ready(path: Path) -> bool:
    text = path.read_text(errors="replace")
    return all(marker in text for marker in READY_MARKERS)


def _tail(path: Path, lines: int = 40) -> str:
    return "\n".join(path.read_text(errors="replace").splitlines()[-lines:])


@pytest.fixture
def deadline() -> float:
    return time.monotonic() + 10
