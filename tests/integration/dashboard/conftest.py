"""Dashboard integration fixtures: the app wired to the per-test prefixes."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from dashboard_support import KEYS
from fastapi.testclient import TestClient

from dashboard.app import create_app
from eventwatch.settings import Settings


@pytest.fixture
def dashboard_settings(test_settings: Settings) -> Settings:
    return test_settings.model_copy(update={"api_keys": KEYS})


@pytest.fixture
def client(dashboard_settings: Settings) -> Iterator[TestClient]:
    with TestClient(create_app(dashboard_settings, live=False)) as test_client:
        yield test_client


@pytest.fixture
def live_dashboard(dashboard_settings: Settings) -> Iterator[str]:
    """The app served by uvicorn on a free port, with its Kafka stream consumer running."""
    import threading
    import time

    import uvicorn

    from stack.ports import free_port

    port = free_port()
    config = uvicorn.Config(
        create_app(dashboard_settings), host="127.0.0.1", port=port, log_level="warning"
    )
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 15
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.05)
    assert server.started, "dashboard did not start"
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)
