"""Dashboard integration fixtures: the app wired to the per-test prefixes."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from dashboard_support import KEYS
from fastapi.testclient import TestClient

from eventwatch.dashboard.app import create_app
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
    from eventwatch.dashboard.serve import serve_in_thread
    from eventwatch.stack.ports import free_port

    with serve_in_thread(dashboard_settings, free_port()) as url:
        yield url
