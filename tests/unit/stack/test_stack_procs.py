import sys
from dataclasses import replace

import psutil

from eventwatch.stack import procs


def _sleeper(tmp_path):
    argv = [sys.executable, "-c", "import time; print('hello', flush=True); time.sleep(60)"]
    return procs.start_detached(argv, log_path=tmp_path / "logs" / "out.log", cwd=tmp_path)


def test_started_process_is_remembered_and_stopped(tmp_path):
    record = _sleeper(tmp_path)
    pid_file = tmp_path / "sleeper.pid"
    procs.write_record(pid_file, record)
    again = procs.read_record(pid_file)
    assert again == record
    assert again.alive()
    assert procs.stop(again, timeout=10)
    assert not psutil.pid_exists(record.pid) or not record.alive()


def test_stop_kills_a_process_that_ignores_sigterm(tmp_path):
    code = "import signal, time; signal.signal(signal.SIGTERM, signal.SIG_IGN); time.sleep(60)"
    record = procs.start_detached(
        [sys.executable, "-c", code], log_path=tmp_path / "x.log", cwd=tmp_path
    )
    assert procs.wait_until(lambda: record.alive(), timeout=5)
    assert procs.stop(record, timeout=1)
    assert not record.alive()


def test_a_recycled_pid_is_not_ours(tmp_path):
    record = _sleeper(tmp_path)
    try:
        impostor = replace(record, create_time=record.create_time - 3600)
        assert not impostor.alive()
        assert procs.stop(impostor)  # nothing to stop, and the real process survives
        assert record.alive()
    finally:
        procs.stop(record, timeout=10)


def test_unreadable_pid_file_means_no_record(tmp_path):
    path = tmp_path / "broken.pid"
    path.write_text("{not json")
    assert procs.read_record(path) is None
    assert procs.read_record(tmp_path / "missing.pid") is None


def test_tail_returns_last_lines(tmp_path):
    log = tmp_path / "server.log"
    log.write_text("".join(f"line {i}\n" for i in range(100)))
    assert procs.tail(log, 3) == "line 97\nline 98\nline 99"
    assert procs.tail(tmp_path / "nope.log") == "(no log)"
