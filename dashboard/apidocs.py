"""The OpenAPI page at /docs, served from the npm package swagger-ui-dist instead of a CDN.

FastAPI's default /docs page loads Swagger UI from jsDelivr, which an air-gapped analyst
machine cannot reach. The assets come from dashboard/frontend/node_modules (installed by
scripts/bootstrap); without them the page falls back to the CDN and says so in the log.
"""

from __future__ import annotations

import html
import json
import logging
from pathlib import Path

from fastapi import FastAPI
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.responses import HTMLResponse, Response
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
        if not local:  # the CDN page has an inline script: the CSP blocks it, say so
            return get_swagger_ui_html(openapi_url=app.openapi_url or "/openapi.json", title=title)
        return HTMLResponse(_page(title, app.openapi_url or "/openapi.json"))

    @app.get(INIT_PATH, include_in_schema=False)
    async def docs_init() -> Response:
        # A file of its own, not an inline <script>: the Content-Security-Policy allows
        # scripts from this origin only.
        return Response(
            _init_script(app.openapi_url or "/openapi.json"), media_type="text/javascript"
        )


INIT_PATH = "/docs/init.js"


def _page(title: str, openapi_url: str) -> str:
    return f"""<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{html.escape(title)}</title>
<link rel="stylesheet" href="{ASSETS_PATH}/swagger-ui.css">
<link rel="icon" href="/static/favicon.svg" type="image/svg+xml">
</head>
<body>
<div id="swagger-ui" data-openapi-url="{html.escape(openapi_url)}"></div>
<script src="{ASSETS_PATH}/swagger-ui-bundle.js"></script>
<script src="{INIT_PATH}"></script>
</body>
</html>
"""


def _init_script(openapi_url: str) -> str:
    return (
        "window.ui = SwaggerUIBundle({"
        f"url: {json.dumps(openapi_url)}, dom_id: '#swagger-ui', deepLinking: true, "
        "presets: [SwaggerUIBundle.presets.apis, SwaggerUIBundle.SwaggerUIStandalonePreset], "
        "layout: 'BaseLayout'});\n"
    )
