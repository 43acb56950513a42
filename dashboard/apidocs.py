"""The OpenAPI page at /docs, served from the npm package swagger-ui-dist instead of a CDN.

FastAPI's default /docs page loads Swagger UI from jsDelivr, which an air-gapped analyst
machine cannot reach. The assets come from dashboard/frontend/node_modules (installed by
scripts/bootstrap); without them the page falls back to the CDN and says so in the log.
"""

from __future__ import annotations

import logging
from pathlib import Path

from fastapi import FastAPI
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.responses import HTMLResponse
from fastapi.staticfiles import StaticFiles

log = logging.getLogger(__name__)

SWAGGER_DIR = Path(__file__).parent / "frontend" / "node_modules" / "swagger-ui-dist"
ASSETS_PATH = "/vendor/swagger-ui"


def install(app: FastAPI, *, assets_dir: Path = SWAGGER_DIR) -> None:
    """Add GET /docs; the app must be created with docs_url=None."""
    local = (assets_dir / "swagger-ui-bundle.js").exists()
    if local:
        app.mount(ASSETS_PATH, StaticFiles(directory=assets_dir), name="swagger-ui")
    else:
        log.warning(
            "swagger-ui-dist not installed (npm ci --prefix dashboard/frontend): "
            "/docs loads from a CDN"
        )

    @app.get("/docs", include_in_schema=False)
    async def docs() -> HTMLResponse:
        title = f"{app.title} API"
        if not local:
            return get_swagger_ui_html(openapi_url=app.openapi_url or "/openapi.json", title=title)
        return get_swagger_ui_html(
            openapi_url=app.openapi_url or "/openapi.json",
            title=title,
            swagger_js_url=f"{ASSETS_PATH}/swagger-ui-bundle.js",
            swagger_css_url=f"{ASSETS_PATH}/swagger-ui.css",
            swagger_favicon_url="/static/favicon.svg",
        )
