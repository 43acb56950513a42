"""GET /api/threat-levels (the board: per country the current level and its history) and
GET /api/threat-levels/{country}."""

from __future__ import annotations

import asyncio
import re
from typing import Any

from fastapi import APIRouter

from eventwatch.dashboard import backends
from eventwatch.dashboard.deps import ESDep, NamesDep, Viewer
from eventwatch.dashboard.errors import InvalidField

router = APIRouter(prefix="/api/threat-levels", tags=["threat levels"])
_COUNTRY = re.compile(r"^[A-Za-z]{2}$")


@router.get("")
async def list_threat_levels(es: ESDep, names: NamesDep, _: Viewer) -> dict[str, Any]:
    """`{"countries": [{"country", "system", "level", "normalized", "rank", "of", "since",
    "sources", "history": [...]}]}`, most severe first; history newest first."""
    rows = await asyncio.to_thread(backends.threat_board, es, names)
    return {"countries": rows}


@router.get("/{country}")
async def get_threat_level(country: str, es: ESDep, names: NamesDep, _: Viewer) -> dict[str, Any]:
    """One country's current level and its history of changes."""
    if not _COUNTRY.match(country):
        raise InvalidField(
            f"{country!r} is not a two-letter ISO 3166 country code such as FR",
            field="country",
            status=422,
        )
    rows = await asyncio.to_thread(backends.threat_board, es, names, country.upper())
    if not rows:
        raise InvalidField(
            f"no threat level known for {country.upper()}", field="country", status=404
        )
    return rows[0]
