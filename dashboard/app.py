"""The FastAPI application factory: `create_app(settings)`."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

from fastapi import FastAPI
from fastapi.staticfiles import StaticFiles

from eventwatch import __version__
from eventwatch.dashboard import apidocs, errors
from eventwatch.dashboard.routes import (
    alerts,
    articles,
    events,
    feeds,
    health,
    incidents,
    metrics,
    pages,
    rules,
    session,
    stream,
    taxonomy,
    threat_levels,
)
from eventwatch.dashboard.security import SecurityMiddleware
from eventwatch.dashboard.state import DashboardState
from eventwatch.settings import Settings, get_settings

log = logging.getLogger(__name__)
STATIC_DIR = Path(__file__).parent / "static"


def create_app(settings: Settings | None = None, *, live: bool = True) -> FastAPI:
    """The dashboard app; `live=False` skips the Kafka stream consumer (unit tests)."""
    state = DashboardState(settings or get_settings())

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        if state.keyring.dev_mode:
            log.warning(
                "NO API KEYS CONFIGURED: the development key grants admin on loopback host "
                "names only. Set EVENTWATCH_API_KEYS before exposing this port."
            )
        if live:
            state.hub.start(asyncio.get_running_loop())
        try:
            yield
        finally:
            await asyncio.to_thread(state.close)

    app = FastAPI(
        title="eventwatch",
        version=__version__,
        description="Live events tagged from news, alert rules and alerts. "
        "Authenticate with the X-API-Key header (roles viewer < editor < admin).",
        lifespan=lifespan,
        docs_url=None,  # served by dashboard.apidocs from local assets
        redoc_url=None,
    )
    app.state.dashboard = state
    app.add_middleware(
        SecurityMiddleware,
        dev_mode=state.keyring.dev_mode,
        max_body_bytes=state.settings.max_request_bytes,
    )
    errors.install(app)
    errors.handle(app, pages.LoginRequired, pages.login_redirect)
    for module in (
        health,
        metrics,
        taxonomy,
        articles,
        events,
        threat_levels,
        incidents,
        rules,
        feeds,
        alerts,
        stream,
        session,
        pages,
    ):
        app.include_router(module.router)
    apidocs.install(app)
    app.mount("/static", StaticFiles(directory=STATIC_DIR), name="static")
    return app
