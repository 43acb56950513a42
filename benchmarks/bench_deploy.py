"""One benchmark run's own deployment on the configured servers: a unique topic/index
prefix, `eventwatch setup`, the real worker as a subprocess, and cleanup afterwards."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
import uuid
from pathlib import Path
from typing import Any

from eventwatch.errors import EventwatchError
from eventwatch.settings import get_settings
from eventwatch.stack.cleanup import delete_prefixed_elasticsearch, delete_prefixed_kafka

READY_MARKERS = ("Worker ready", "tag_articles: tagger ready")


def progress(message: str) -> None:
    print(f"bench: {message}", file=sys.stderr, flush=True)


class BenchDeployment:
    def __init__(self, home: Path, *, partitions: int = 4) -> None:
        base = get_settings()
        self.prefix = f"bench{uuid.uuid4().hex[:8]}-"
        self.home = home
        self.env = dict(os.environ)
        self.env.update(
            {
                "EVENTWATCH_KAFKA_BOOTSTRAP": base.kafka_bootstrap,
                "EVENTWATCH_ELASTICSEARCH_URL": base.elasticsearch_url,
                "EVENTWATCH_TOPIC_PREFIX": self.prefix,
                "EVENTWATCH_INDEX_PREFIX": self.prefix,
                "EVENTWATCH_CONSUMER_GROUP": f"{self.prefix}eventwatch",
                "EVENTWATCH_HOME": str(home),
                "EVENTWATCH_ARTICLES_PARTITIONS": str(partitions),
            }
        )
        self.settings = base.model_copy(
            update={
                "topic_prefix": self.prefix,
                "index_prefix": self.prefix,
                "consumer_group": f"{self.prefix}eventwatch",
                "home": home,
                "articles_partitions": partitions,
            }
        )
        self.worker: subprocess.Popen[bytes] | None = None
        self.worker_log = home / "worker.log"

    @property
    def names(self) -> Any:
        return self.settings.names

    def cli(self, *args: str) -> subprocess.CompletedProcess[bytes]:
        return subprocess.run(
            [sys.executable, "-m", "eventwatch.cli", *args],
            env=self.env,
            capture_output=True,
            timeout=300,
        )

    def setup(self) -> None:
        result = self.cli("setup")
        if result.returncode != 0:
            raise EventwatchError(
                f"bench: eventwatch setup failed: {result.stderr.decode(errors='replace')[-300:]}"
            )

    def start_worker(self, workers: int = 1, timeout: float = 180.0) -> subprocess.Popen[bytes]:
        with open(self.worker_log, "ab") as log:
            self.worker = subprocess.Popen(
                [sys.executable, "-m", "eventwatch.cli", "worker", "--workers", str(workers)],
                env=self.env,
                stdout=log,
                stderr=subprocess.STDOUT,
            )
        deadline = time.monotonic() + timeout
        while not self._ready(workers):
            if self.worker.poll() is not None:
                raise EventwatchError(f"bench: the worker exited: {self.log_tail()}")
            if time.monotonic() > deadline:
                raise EventwatchError(f"bench: the worker was not ready in {timeout:.0f}s")
            time.sleep(0.2)
        return self.worker

    def _ready(self, workers: int) -> bool:
        text = self.worker_log.read_text(errors="replace")
        return all(text.count(marker) >= workers for marker in READY_MARKERS)

    def log_tail(self, lines: int = 15) -> str:
        return "\n".join(self.worker_log.read_text(errors="replace").splitlines()[-lines:])

    def stop_worker(self) -> None:
        if self.worker is None or self.worker.poll() is not None:
            return
        self.worker.send_signal(signal.SIGTERM)
        try:
            self.worker.wait(60)
        except subprocess.TimeoutExpired:
            self.worker.kill()
            self.worker.wait()

    def cleanup(self) -> None:

        self.stop_worker()
        for delete, where in (
            (delete_prefixed_elasticsearch, self.settings.elasticsearch_url),
            (delete_prefixed_kafka, self.settings.kafka_bootstrap),
        ):
            try:
                delete(where, self.prefix)
            except Exception as exc:  # cleanup must not hide the figures
                progress(f"cleanup of {self.prefix} on {where} failed: {exc}")
