"""Peak resident memory of a process tree (the worker supervisor, Faust workers, tagger
children), sampled in a background thread: children come and go, so sum per sample."""

from __future__ import annotations

import threading

import psutil


def tree_rss_mb(pid: int) -> float:
    try:
        root = psutil.Process(pid)
        procs = [root, *root.children(recursive=True)]
    except psutil.NoSuchProcess:
        return 0.0
    total = 0
    for proc in procs:
        try:
            total += proc.memory_info().rss
        except psutil.NoSuchProcess:
            continue
    return total / 2**20


class RssSampler:
    def __init__(self, pid: int, every: float = 0.5) -> None:
        self.pid = pid
        self.every = every
        self.peak_mb = 0.0
        self.last_mb = 0.0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="rss-sampler", daemon=True)

    def __enter__(self) -> RssSampler:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()

    def _run(self) -> None:
        while True:
            self.sample()
            if self._stop.wait(self.every):
                return

    def sample(self) -> float:
        self.last_mb = tree_rss_mb(self.pid)
        self.peak_mb = max(self.peak_mb, self.last_mb)
        return self.last_mb
