"""The local stack through the real CLI, on free ports so the shared dev servers stay untouched."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
from pathlib import Path

import psutil
import pytest
from kafka import KafkaAdminClient
from kafka.admin import NewTopic

from eventwatch.settings import Settings
from eventwatch.stack import LocalStack
from eventwatch.stack.cleanup import delete_prefixed_elasticsearch, delete_prefixed_kafka
from eventwatch.stack.ports import free_port


def _private_env(home: Path, **extra: str) -> dict[str, str]:
    cache = os.environ.get("EVENTWATCH_MAVEN_CACHE") or str(Path.home() / ".eventwatch" / "maven")
    env = {k: v for k, v in os.environ.items() if not k.startswith("EVENTWATCH_")}
    env.update(
        EVENTWATCH_HOME=str(home),
        EVENTWATCH_MAVEN_CACHE=cache,
        EVENTWATCH_KAFKA_BOOTSTRAP=f"127.0.0.1:{free_port()}",
        EVENTWATCH_KAFKA_CONTROLLER_PORT=str(free_port()),
        EVENTWATCH_ELASTICSEARCH_URL=f"http://127.0.0.1:{free_port()}",
        EVENTWATCH_ELASTICSEARCH_TRANSPORT_PORT=str(free_port()),
        EVENTWATCH_ELASTICSEARCH_HEAP="512m",
        EVENTWATCH_KAFKA_HEAP="256m",
    )
    env.update(extra)
    return env


def _settings_from(env: dict[str, str]) -> dict[str, str]:
    return {
        k.removeprefix("EVENTWATCH_").lower(): v
        for k, v in env.items()
        if k.startswith("EVENTWATCH_")
    }


def _cli(env: dict[str, str], *args: str, timeout: float = 300) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "eventwatch.cli", "stack", *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )


def _status(env: dict[str, str]) -> dict:
    done = _cli(env, "status", "--format", "json")
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def _our_processes(home: Path) -> list[psutil.Process]:
    found = []
    for proc in psutil.process_iter(["cmdline"]):
        if any(str(home) in part for part in proc.info["cmdline"] or []):
            found.append(proc)
    return found


def _running(pid: int) -> bool:
    # The server up() started from this test process stays our zombie until reaped.
    try:
        return psutil.Process(pid).status() != psutil.STATUS_ZOMBIE
    except psutil.NoSuchProcess:
        return False


def _pids(home: Path) -> dict[str, int]:
    return {
        name: json.loads((home / "stack" / f"{name}.pid").read_text())["pid"]
        for name in ("kafka", "elasticsearch")
    }


@pytest.fixture
def private_home(tmp_path: Path):
    home = tmp_path / "home"
    yield home
    for proc in _our_processes(home):  # never leave a server behind, even on failure
        proc.kill()


@pytest.mark.slow
def test_up_is_idempotent_status_tells_the_truth_and_down_leaves_nothing(private_home):
    env = _private_env(private_home)
    bootstrap, url = env["EVENTWATCH_KAFKA_BOOTSTRAP"], env["EVENTWATCH_ELASTICSEARCH_URL"]
    down = {
        "kafka": {"up": False, "bootstrap": bootstrap},
        "elasticsearch": {"up": False, "url": url},
    }
    assert _status(env) == down

    first = _cli(env, "up")
    assert first.returncode == 0, first.stderr
    assert _status(env) == {
        "kafka": {"up": True, "bootstrap": bootstrap},
        "elasticsearch": {"up": True, "url": url},
    }
    pids = _pids(private_home)
    for pid in pids.values():
        listening = [c.laddr for c in psutil.Process(pid).net_connections() if c.status == "LISTEN"]
        assert listening and all(a.ip in ("127.0.0.1", "::ffff:127.0.0.1") for a in listening)

    again = _cli(env, "up")
    assert again.returncode == 0, again.stderr
    assert again.stdout.count("already running") == 2
    assert _pids(private_home) == pids

    local = LocalStack(Settings(_env_file=None, **_settings_from(env)))
    assert local.down(only=("elasticsearch",)) == {"elasticsearch": "stopped"}
    assert _status(env)["elasticsearch"]["up"] is False
    assert local.up() == {"kafka": "running", "elasticsearch": "started"}
    pids = _pids(private_home)

    stopped = _cli(env, "down")
    assert stopped.returncode == 0, stopped.stderr
    assert not any(_running(pid) for pid in pids.values())
    assert _our_processes(private_home) == []
    assert _status(env) == down


@pytest.mark.slow
def test_a_server_dying_at_start_is_reported_with_its_log_and_nothing_stays(private_home):
    env = _private_env(private_home, EVENTWATCH_KAFKA_HEAP="lots")
    done = _cli(env, "up")
    assert done.returncode == 1
    assert "Traceback" not in done.stderr
    assert done.stderr.startswith("eventwatch: Kafka exited while starting")
    assert "Invalid maximum heap size" in done.stderr
    assert _our_processes(private_home) == []


def test_a_port_held_by_another_program_is_a_one_line_error(private_home):
    env = _private_env(private_home)
    port = int(env["EVENTWATCH_ELASTICSEARCH_URL"].rsplit(":", 1)[1])
    with socket.socket() as squatter:
        squatter.bind(("127.0.0.1", port))
        squatter.listen()
        done = _cli(env, "up", timeout=60)
    assert done.returncode == 1
    assert done.stderr.strip().splitlines() == [
        f"eventwatch: cannot start Elasticsearch: port {port} (Elasticsearch HTTP) is already "
        "in use by another process; stop it or configure other ports"
    ]
    assert _our_processes(private_home) == []


@pytest.mark.kafka
@pytest.mark.elasticsearch
def test_status_sees_the_running_servers(test_settings):
    local = LocalStack(test_settings)
    assert local.status() == {
        "kafka": {"up": True, "bootstrap": test_settings.kafka_bootstrap},
        "elasticsearch": {"up": True, "url": test_settings.elasticsearch_url},
    }


@pytest.mark.kafka
@pytest.mark.elasticsearch
def test_prefix_cleanup_removes_only_that_prefix(test_settings, es, stack_servers):
    mine, other = test_settings.index_prefix, f"{test_settings.index_prefix[:-1]}x-"
    admin = KafkaAdminClient(bootstrap_servers=stack_servers.kafka_bootstrap)
    try:
        admin.create_topics([NewTopic(f"{p}articles", 2, 1) for p in (mine, other)])
        for p in (mine, other):
            es.indices.create(index=f"{p}events-v1", body={"aliases": {f"{p}events": {}}})
            es.indices.put_index_template(
                name=f"{p}events", body={"index_patterns": [f"{p}events-*"], "template": {}}
            )
        delete_prefixed_kafka(stack_servers.kafka_bootstrap, mine)
        delete_prefixed_elasticsearch(stack_servers.elasticsearch_url, mine)
        topics = admin.list_topics()
        assert f"{mine}articles" not in topics and f"{other}articles" in topics
        assert not es.indices.exists(index=f"{mine}events-v1")
        assert es.indices.exists(index=f"{other}events-v1")
        assert not es.indices.exists_index_template(name=f"{mine}events")
    finally:
        delete_prefixed_kafka(stack_servers.kafka_bootstrap, other)
        delete_prefixed_elasticsearch(stack_servers.elasticsearch_url, other)
        admin.close()
    with pytest.raises(ValueError, match="too short"):
        delete_prefixed_kafka(stack_servers.kafka_bootstrap, "")
