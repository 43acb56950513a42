"""One real worker per test module, on its own topic/index prefix and consumer group.

test_settings (tests/conftest.py) is per test; starting a Faust worker per test would cost
seconds each, so these fixtures build a module-scoped deployment on the same servers. A
module marked `faults` gets its deployment on the fault stack, whose servers it may stop.
"""

from __future__ import annotations

import os
import time
import uuid
from collections.abc import Iterator

import pytest
from streams_support import Deployment
from support.stacks import StackServers, deployment_env
from support.workers import Worker, running_worker


def _servers(request: pytest.FixtureRequest) -> StackServers:
    marks = getattr(request.module, "pytestmark", [])
    faults = any(m.name == "faults" for m in (marks if isinstance(marks, list) else [marks]))
    return request.getfixturevalue("fault_stack" if faults else "stack_servers")


@pytest.fixture(scope="module")
def deployment(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Deployment]:
    from eventwatch.stack.cleanup import delete_prefixed_elasticsearch, delete_prefixed_kafka

    servers = _servers(request)
    prefix = f"s{uuid.uuid4().hex[:8]}-"
    home = tmp_path_factory.mktemp("streams-home")
    env = dict(os.environ)
    # The pipeline module times a German article from a ready worker (within 10 s).
    env.update(deployment_env(servers, prefix, home, warm_languages="de,en"))
    env["EVENTWATCH_ARTICLES_PARTITIONS"] = "2"
    deployment = Deployment(env=env, home=home)
    try:
        deployment.cli("setup", check=True)
        yield deployment
    finally:
        delete_prefixed_elasticsearch(servers.elasticsearch_url, prefix)
        delete_prefixed_kafka(servers.kafka_bootstrap, prefix)


@pytest.fixture(scope="module")
def worker(deployment: Deployment) -> Iterator[Worker]:
    deployment.worker_log = deployment.home / "worker.log"
    with running_worker(deployment.worker_log, env=deployment.env) as running:
        yield running


@pytest.fixture
def deadline() -> float:
    return time.monotonic() + 10
