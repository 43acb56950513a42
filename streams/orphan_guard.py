"""A pool child that outlives its worker exits on its own.

A worker killed with SIGKILL cannot shut its process pool down, and a spawned child blocked on
its task queue never notices: it would hold a whole spaCy pipeline (~270 MB) until the machine
restarts. The child watches its parent id instead; when it changes, the parent is gone.
"""

from __future__ import annotations

import os
import threading
import time

POLL_SECONDS = 1.0


def exit_when_orphaned(parent: int, poll_seconds: float = POLL_SECONDS) -> threading.Thread:
    """Start a daemon thread that ends this process once `parent` is no longer its parent.

    The parent passes its own pid: a child that only starts watching after the parent died
    would otherwise take its new parent (init) for the real one.
    """

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(poll_seconds)
        os._exit(0)  # no cleanup to wait for: the parent that would collect results is gone

    thread = threading.Thread(target=watch, name="orphan-guard", daemon=True)
    thread.start()
    return thread
