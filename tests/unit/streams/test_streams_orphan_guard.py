"""A worker killed with SIGKILL leaves no tagger process behind (each holds a spaCy pipeline)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]

GUARDED_CHILD = textwrap.dedent(
    """
    import multiprocessing, os, sys, time
    from eventwatch.streams.orphan_guard import exit_when_orphaned

    def child(parent):
        exit_when_orphaned(parent, poll_seconds=0.1)
        time.sleep(120)

    if __name__ == "__main__":
        spawn = multiprocessing.get_context("spawn")
        process = spawn.Process(target=child, args=(os.getpid(),))
        process.start()
        print(process.pid, flush=True)
        time.sleep(120)
    """
)

REAL_POOL = textwrap.dedent(
    """
    import asyncio, time
    from eventwatch.settings import Settings
    from eventwatch.streams.tagger_pool import TaggerPool

    if __name__ == "__main__":
        pool = TaggerPool(Settings(warm_languages="en"))  # one pipeline is enough here
        asyncio.run(pool.warm_up())
        print(*pool._executor._processes, flush=True)
        time.sleep(300)
    """
)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    status = Path(f"/proc/{pid}/stat")
    return not (status.exists() and status.read_text().split(") ")[-1].startswith("Z"))


def _kill_parent_then_expect_children_gone(script: str, tmp_path: Path, wait: float) -> None:
    path = tmp_path / "parent.py"
    path.write_text(script)
    parent = subprocess.Popen(
        [sys.executable, str(path)], cwd=ROOT, stdout=subprocess.PIPE, text=True
    )
    children: list[int] = []
    try:
        assert parent.stdout is not None
        children = [int(pid) for pid in parent.stdout.readline().split()]
        assert children and all(_alive(pid) for pid in children)
        parent.send_signal(signal.SIGKILL)
        parent.wait(10)
        deadline = time.monotonic() + wait
        while any(_alive(pid) for pid in children) and time.monotonic() < deadline:
            time.sleep(0.1)
        assert not any(_alive(pid) for pid in children), f"orphans left: {children}"
    finally:
        if parent.poll() is None:
            parent.kill()
        for pid in children:
            if _alive(pid):
                os.kill(pid, signal.SIGKILL)


def test_a_guarded_child_exits_when_its_parent_is_killed(tmp_path: Path) -> None:
    _kill_parent_then_expect_children_gone(GUARDED_CHILD, tmp_path, wait=5)


@pytest.mark.slow
def test_tagger_pool_children_exit_when_the_worker_is_killed(tmp_path: Path) -> None:
    _kill_parent_then_expect_children_gone(REAL_POOL, tmp_path, wait=10)
