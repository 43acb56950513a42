"""Background server processes: starting them detached, remembering them, stopping them.

A pid file holds the pid and the process start time, so a recycled pid is never mistaken
for (or killed as) one of our servers.
"""

from __future__ import annotations

import json
import signal
import subprocess
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path

import psutil


@dataclass(frozen=True)
class ProcessRecord:
    pid: int
    create_time: float
    argv: list[str]
    address: str = ""  # where the server listens, to notice changed settings

    def process(self) -> psutil.Process | None:
        """The live process this record describes, or None when it is gone."""
        try:
            proc = psutil.Process(self.pid)
            if abs(proc.create_time() - self.create_time) > 1.0:
                return None
            if proc.status() == psutil.STATUS_ZOMBIE:
                return None
            return proc
        except psutil.Error:
            return None

    def alive(self) -> bool:
        return self.process() is not None


# Popen objects of the servers this process started: subprocess reaps dropped Popen
# objects on its own, which would lose their exit codes.
_children: dict[int, subprocess.Popen] = {}


def start_detached(
    argv: list[str], *, log_path: Path, cwd: Path, address: str = ""
) -> ProcessRecord:
    """Start argv in its own session (it outlives the CLI), stdout+stderr to log_path."""
    log_path.parent.mkdir(parents=True, exist_ok=True)
    with open(log_path, "ab") as log:
        proc = subprocess.Popen(
            argv,
            stdin=subprocess.DEVNULL,
            stdout=log,
            stderr=subprocess.STDOUT,
            cwd=cwd,
            start_new_session=True,
        )
    _children[proc.pid] = proc
    return ProcessRecord(proc.pid, psutil.Process(proc.pid).create_time(), argv, address)


def exit_code(record: ProcessRecord) -> int | None:
    """The exit code of a server this process started and that has ended, else None."""
    child = _children.get(record.pid)
    return child.poll() if child is not None else None


def stop(record: ProcessRecord, *, timeout: float = 30.0) -> bool:
    """SIGTERM, wait up to timeout, then SIGKILL. True when the process is gone.

    A server whose parent is another process (say `eventwatch up` started it and
    `eventwatch stack down` stops it) stays a zombie until that parent reaps it;
    record.alive() counts a zombie as gone.
    """
    proc = record.process()
    if proc is None:
        return True
    try:
        proc.send_signal(signal.SIGTERM)
        if _wait_gone(record, timeout):
            return True
        proc.kill()
    except psutil.NoSuchProcess:
        return True
    return _wait_gone(record, 10.0)


def _wait_gone(record: ProcessRecord, timeout: float) -> bool:
    child = _children.get(record.pid)
    return wait_until(
        lambda: (child is not None and child.poll() is not None) or not record.alive(),
        timeout=timeout,
        interval=0.2,
    )


def write_record(path: Path, record: ProcessRecord) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps(asdict(record)), "utf-8")
    tmp.replace(path)


def read_record(path: Path) -> ProcessRecord | None:
    try:
        data = json.loads(path.read_text("utf-8"))
        return ProcessRecord(
            int(data["pid"]),
            float(data["create_time"]),
            list(data["argv"]),
            str(data.get("address", "")),
        )
    except (OSError, ValueError, KeyError, TypeError):
        return None


def tail(path: Path, lines: int = 15, *, start: int = 0) -> str:
    """The last lines of a log, reading only what was written after byte offset start."""
    try:
        with open(path, "rb") as log:
            log.seek(start)
            text = log.read().decode("utf-8", errors="replace")
    except OSError:
        return "(no log)"
    return "\n".join(text.rstrip().splitlines()[-lines:])


def size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def wait_until(predicate: Callable[[], object], *, timeout: float, interval: float = 0.5) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(interval)
    return bool(predicate())
