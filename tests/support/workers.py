"""A worker as users start it (`eventwatch worker`, or one Faust process `streams.worker`),
ready when its log says so, stopped by its pid."""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from eventwatch.streams.supervisor import spawn_child
from support.waiting import wait_for

# What `eventwatch worker` logs once its agents consume and the tagger pool has its model.
READY_MARKERS = ("Worker ready", "tag_articles: tagger ready")


@dataclass
class Worker:
    """`log_path` collects stdout and stderr of every start (appended, so a restart keeps the
    earlier output); `env` None means this process's environment at start()."""

    log_path: Path
    env: dict[str, str] | None = None
    command: tuple[str, ...] = ("eventwatch.cli", "worker")
    ready: tuple[str, ...] = READY_MARKERS
    start_timeout: float = 120.0
    proc: subprocess.Popen[bytes] | None = field(default=None, repr=False)
    # Processes a killed Faust worker left behind (its tagger pool), ended by stop().
    orphans: list[Any] = field(default_factory=list, repr=False)

    @property
    def pid(self) -> int:
        assert self.proc is not None, "the worker was never started"
        return self.proc.pid

    def poll(self) -> int | None:
        return None if self.proc is None else self.proc.poll()

    def start(self, timeout: float | None = None) -> Worker:
        offset = self.log_path.stat().st_size if self.log_path.exists() else 0
        with open(self.log_path, "ab") as log:
            # Gets SIGTERM if pytest dies (an interrupted run must not leave workers behind).
            self.proc = spawn_child(
                [sys.executable, "-m", *self.command],
                env=dict(os.environ) if self.env is None else self.env,
                stdout=log,
            )
        proc = self.proc
        wait_for(
            lambda: proc.poll() is not None or self._ready(offset),
            timeout=self.start_timeout if timeout is None else timeout,
            what=f"{' '.join(self.command)} to start",
        )
        assert proc.poll() is None, self.tail()
        return self

    def _ready(self, offset: int) -> bool:
        text = self.log_path.read_bytes()[offset:].decode(errors="replace")
        return all(marker in text for marker in self.ready)

    def stop(self, timeout: float = 60.0) -> None:
        """SIGTERM, and SIGKILL if it has not exited after `timeout` seconds."""
        if self.proc is not None and self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(timeout)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        self._end_orphans()

    def kill_faust(self) -> int:
        """SIGKILL the supervisor's Faust worker, as a crash would; returns its pid. Its own
        children (the tagger pool) outlive it, orphaned; stop() ends them by their pids."""
        import psutil

        pid = self.faust_pid()
        assert pid is not None, "no Faust worker to kill"
        process = psutil.Process(pid)
        self.orphans.extend(process.children(recursive=True))
        process.send_signal(signal.SIGKILL)
        return pid

    def _end_orphans(self) -> None:
        import psutil

        alive = [p for p in self.orphans if p.is_running()]  # is_running() sees pid reuse
        for process in alive:
            with contextlib.suppress(psutil.Error):
                process.terminate()
        _, stuck = psutil.wait_procs(alive, timeout=10)
        for process in stuck:
            with contextlib.suppress(psutil.Error):
                process.kill()
        self.orphans.clear()

    def faust_pid(self) -> int | None:
        """The supervisor's live Faust worker process (None while it restarts one)."""
        import psutil

        for child in psutil.Process(self.pid).children():
            try:
                if (
                    child.status() != psutil.STATUS_ZOMBIE
                    and "eventwatch.streams.worker" in " ".join(child.cmdline())
                ):
                    return child.pid
            except psutil.Error:  # exiting right now
                continue
        return None

    def tree_rss_mb(self) -> float:
        """Resident memory of the worker and all its descendants, in MiB."""
        import psutil

        root = psutil.Process(self.pid)
        return sum(p.memory_info().rss for p in [root, *root.children(recursive=True)]) / 2**20

    def text(self) -> str:
        return self.log_path.read_text(errors="replace") if self.log_path.exists() else ""

    def tail(self, lines: int = 40) -> str:
        return "\n".join(self.text().splitlines()[-lines:])


@contextmanager
def running_worker(log_path: Path, **options: Any) -> Iterator[Worker]:
    """A started Worker (options as for Worker), stopped when the block ends, failed or not."""
    worker = Worker(log_path, **options)
    try:
        yield worker.start()
    finally:
        worker.stop()
