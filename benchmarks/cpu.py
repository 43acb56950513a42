"""CPU time per process during a benchmark stage: where the time goes, from the same run.

Groups: the worker processes (Faust workers and their supervisor), their tagger children, this
harness (it produces the articles, and runs raw copy and the tagger-only stage itself), and
Elasticsearch and Kafka when they are the local stack's (`eventwatch stack up`: their pids
are in its state directory; servers started elsewhere are not counted)."""

from __future__ import annotations

import os
from typing import Any

import psutil

from eventwatch.errors import EventwatchError
from eventwatch.stack.local import LocalStack

Snapshot = dict[str, float]


def _cpu_seconds(procs: list[psutil.Process]) -> float:
    total = 0.0
    for proc in procs:
        try:
            times = proc.cpu_times()
        except psutil.Error:
            continue
        total += times.user + times.system
    return total


def _is_tagger_child(proc: psutil.Process) -> bool:
    try:
        command = " ".join(proc.cmdline())
    except psutil.Error:
        return False
    return "spawn_main" in command and "resource_tracker" not in command


def _worker_tree(pid: int) -> list[psutil.Process]:
    try:
        root = psutil.Process(pid)
        return [root, *root.children(recursive=True)]
    except psutil.Error:
        return []


def local_stack_processes(settings: Any) -> dict[str, psutil.Process]:
    """The local stack's server processes, by server name; empty when it is not ours."""

    try:
        stack = LocalStack(settings)
    except EventwatchError:  # servers configured elsewhere than on this machine
        return {}
    found = {}
    for server in stack.servers:
        record = stack.record(server)
        proc = record.process() if record else None
        if proc is not None:
            found[server.name] = proc
    return found


class CpuMeter:
    def __init__(self, worker_pid: int, servers: dict[str, psutil.Process]) -> None:
        self.worker_pid = worker_pid
        self.servers = servers

    def snapshot(self) -> Snapshot:
        tree = _worker_tree(self.worker_pid)
        taggers = [p for p in tree if _is_tagger_child(p)]
        groups = {
            "worker": [p for p in tree if p not in taggers],
            "tagger": taggers,
            "harness": [psutil.Process(os.getpid())],
            **{name: [proc] for name, proc in self.servers.items()},
        }
        return {name: _cpu_seconds(procs) for name, procs in groups.items()}

    @staticmethod
    def per_article_ms(before: Snapshot, after: Snapshot, articles: int) -> dict[str, float]:
        """CPU milliseconds per article of each group between two snapshots, and their total."""
        spent = {name: max(0.0, after[name] - before.get(name, 0.0)) for name in after}
        figures = {name: round(1000 * s / articles, 3) for name, s in spent.items()}
        figures["total"] = round(1000 * sum(spent.values()) / articles, 3)
        return figures
