"""N Faust worker processes: start, restart on crash, stop cleanly (SIGTERM, then wait).

Children run in their own session so a terminal Ctrl-C reaches only the supervisor, which
forwards one SIGTERM; they also get SIGTERM if the supervisor dies (PR_SET_PDEATHSIG).
"""

from __future__ import annotations

import contextlib
import ctypes
import logging
import os
import signal
import subprocess
import sys
import threading
import time
from typing import IO

log = logging.getLogger(__name__)
_PR_SET_PDEATHSIG = 1
_MAX_RESTARTS = 5
_RESTART_WINDOW = 60.0


def _die_with_parent() -> None:  # pragma: no cover - runs in the child before exec
    with contextlib.suppress(OSError):
        ctypes.CDLL("libc.so.6", use_errno=True).prctl(_PR_SET_PDEATHSIG, signal.SIGTERM)


def spawn_child(
    argv: list[str],
    *,
    env: dict[str, str] | None = None,
    stdout: IO[bytes] | IO[str] | int | None = None,
) -> subprocess.Popen[bytes]:
    """A child in its own session that gets SIGTERM when this process dies."""
    return subprocess.Popen(
        argv,
        env=env,
        stdout=stdout,
        stderr=subprocess.STDOUT if stdout is not None else None,
        start_new_session=True,
        preexec_fn=_die_with_parent if sys.platform == "linux" else None,
    )


def stop_child(proc: subprocess.Popen[bytes], timeout: float = 30.0) -> None:
    if proc.poll() is None:
        proc.send_signal(signal.SIGTERM)
    try:
        proc.wait(timeout)
    except subprocess.TimeoutExpired:
        log.warning("pid %d did not stop in %.0fs; killing it", proc.pid, timeout)
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()


class WorkerGroup:
    def __init__(
        self,
        count: int,
        *,
        web_port: int | None = None,
        env: dict[str, str] | None = None,
        stdout: IO[bytes] | IO[str] | int | None = None,
    ) -> None:
        self.count = count
        self.web_port = web_port
        self.env = env
        self.stdout = stdout
        self.procs: list[subprocess.Popen[bytes]] = []
        self._restarts: list[list[float]] = []
        self._stopping = threading.Event()

    def _argv(self, index: int) -> list[str]:
        argv = [sys.executable, "-m", "eventwatch.streams.worker"]
        if self.web_port is not None:
            argv += ["--web-port", str(self.web_port + index)]
        return argv

    def _spawn(self, index: int) -> subprocess.Popen[bytes]:
        return spawn_child(self._argv(index), env=self.env, stdout=self.stdout)

    def start(self) -> list[int]:
        self.procs = [self._spawn(i) for i in range(self.count)]
        self._restarts = [[] for _ in range(self.count)]
        return self.pids

    @property
    def pids(self) -> list[int]:
        return [p.pid for p in self.procs]

    def request_stop(self, *_: object) -> None:
        self._stopping.set()

    def supervise(self, poll: float = 0.5) -> int:
        """Block until request_stop(); restart crashed workers. Returns the exit code."""
        code = 0
        while not self._stopping.wait(poll):
            if not self._restart_crashed():
                code = 1
                break
        self.stop()
        return code

    def _restart_crashed(self) -> bool:
        now = time.monotonic()
        for i, proc in enumerate(self.procs):
            if proc.poll() is None:
                continue
            recent = [t for t in self._restarts[i] if now - t < _RESTART_WINDOW]
            if len(recent) >= _MAX_RESTARTS:
                log.error("worker %d keeps exiting (status %s); giving up", i, proc.returncode)
                return False
            log.warning(
                "worker %d (pid %d) exited with %s; restarting", i, proc.pid, proc.returncode
            )
            self._restarts[i] = [*recent, now]
            self.procs[i] = self._spawn(i)
        return True

    def stop(self, timeout: float = 30.0) -> None:
        for proc in self.procs:
            if proc.poll() is None:
                proc.send_signal(signal.SIGTERM)
        deadline = time.monotonic() + timeout
        for proc in self.procs:
            try:
                proc.wait(max(0.1, deadline - time.monotonic()))
            except subprocess.TimeoutExpired:
                log.warning("worker pid %d did not stop in %.0fs; killing it", proc.pid, timeout)
                os.kill(proc.pid, signal.SIGKILL)
                proc.wait()
