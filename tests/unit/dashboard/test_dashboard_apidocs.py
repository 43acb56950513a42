"""/docs works without the internet: Swagger UI comes from our own server when installed."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from eventwatch.dashboard import apidocs


def _app(assets_dir: Path) -> FastAPI:
    app = FastAPI(title="t", docs_url=None, redoc_url=None)
    apidocs.install(app, assets_dir=assets_dir)
    return app


def test_docs_page_loads_every_asset_from_this_server(tmp_path: Path) -> None:
    (tmp_path / "swagger-ui-bundle.js").write_text("window.SwaggerUIBundle = function () {};")
    (tmp_path / "swagger-ui.css").write_text("body {}")
    client = TestClient(_app(tmp_path))

    page = client.get("/docs")
    assert page.status_code == 200
    urls = re.findall(r"""(?:src|href)=["']([^"']+)["']""", page.text)
    assert urls and all(url.startswith("/") for url in urls), urls
    for url in urls:
        if url.startswith(apidocs.ASSETS_PATH):
            assert client.get(url).status_code == 200, url
    assert "/openapi.json" in page.text


def test_docs_page_falls_back_to_the_cdn_without_assets(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    client = TestClient(_app(tmp_path / "missing"))
    page = client.get("/docs")
    assert page.status_code == 200
    assert "https://" in page.text
    assert "swagger-ui-dist not installed" in caplog.text


NO_ASSETS = not (apidocs.SWAGGER_DIR / "swagger-ui-bundle.js").exists()


@pytest.mark.skipif(NO_ASSETS, reason="npm assets not installed")
def test_installed_assets_are_the_ones_served() -> None:
    client = TestClient(_app(apidocs.SWAGGER_DIR))
    bundle = client.get(f"{apidocs.ASSETS_PATH}/swagger-ui-bundle.js")
    assert bundle.status_code == 200
    assert "SwaggerUIBundle" in bundle.text
