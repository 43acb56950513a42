"""The event types as the taxonomy file defines them: GET /api/taxonomy and the badge colours
as a stylesheet (GET /taxonomy.css), so no page or script keeps a list of its own."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter
from fastapi.responses import Response

from eventwatch.taxonomy import load_taxonomy

router = APIRouter(tags=["taxonomy"])


@router.get("/api/taxonomy")
async def taxonomy() -> dict[str, Any]:
    """`{"types": [{"name", "family", "color", "description", "cameo"}]}`; no key needed."""
    return {
        "types": [
            {
                "name": info.name,
                "family": info.family,
                "color": info.color,
                "description": info.description,
                "cameo": info.cameo,
            }
            for info in load_taxonomy().values()
        ]
    }


@router.get("/taxonomy.css", include_in_schema=False)
async def taxonomy_css() -> Response:
    rules = "\n".join(
        f".t-{name} {{ background: {info.color}; }}" for name, info in load_taxonomy().items()
    )
    return Response(
        rules + "\n", media_type="text/css", headers={"Cache-Control": "public, max-age=300"}
    )
