import sys
import threading
import time

from eventwatch.streams.supervisor import WorkerGroup

# Exits on SIGTERM (default action) after printing that it started.
SLEEPER = "import time; print('up', flush=True); time.sleep(60)"


class ScriptGroup(WorkerGroup):
    def __init__(self, count: int, script: str) -> None:
        super().__init__(count)
        self.script = script

    def _argv(self, index: int) -> list[str]:
        return [sys.executable, "-c", self.script]


def test_stop_terminates_every_worker_and_waits_for_it() -> None:
    group = ScriptGroup(2, SLEEPER)
    pids = group.start()
    assert len(set(pids)) == 2
    started = time.monotonic()
    group.stop(timeout=10)
    assert time.monotonic() - started < 10
    assert all(p.returncode is not None for p in group.procs)


def test_a_crashed_worker_is_restarted_and_supervise_returns_after_request_stop() -> None:
    group = ScriptGroup(1, "import sys; sys.exit(3)")
    first = group.start()[0]
    threading.Timer(1.2, group.request_stop).start()
    assert group.supervise(poll=0.2) == 0
    assert group.pids[0] != first


def test_a_worker_that_keeps_crashing_makes_supervise_fail() -> None:
    group = ScriptGroup(1, "import sys; sys.exit(3)")
    group.start()
    timer = threading.Timer(30, group.request_stop)
    timer.start()
    try:
        assert group.supervise(poll=0.1) == 1
    finally:
        timer.cancel()
