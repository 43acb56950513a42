"""Serving the app in a background thread (tests, `eventwatch up`)."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager

from eventwatch.dashboard.app import create_app
from eventwatch.errors import EventwatchError
from eventwatch.settings import Settings


@contextmanager
def serve_in_thread(settings: Settings, port: int, *, host: str = "127.0.0.1") -> Iterator[str]:
    """Yields the base URL once uvicorn accepts connections; stops it on exit."""
    import uvicorn

    server = uvicorn.Server(
        uvicorn.Config(create_app(settings), host=host, port=port, log_level="warning")
    )
    thread = threading.Thread(target=server.run, name="eventwatch-dashboard", daemon=True)
    thread.start()
    deadline = time.monotonic() + 15
    while not server.started and thread.is_alive() and time.monotonic() < deadline:
        time.sleep(0.05)
    if not server.started:
        server.should_exit = True
        raise EventwatchError(f"the dashboard did not start on {host}:{port}")
    try:
        yield f"http://{host}:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)
