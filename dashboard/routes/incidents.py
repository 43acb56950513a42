"""GET /api/incidents (the filters of /api/events: incidents with a matching event) and
GET /api/incidents/{id} (the incident with its reports and their evidence)."""

from __future__ import annotations

import asyncio
from typing import Any

from fastapi import APIRouter

from eventwatch.dashboard import backends
from eventwatch.dashboard.deps import ESDep, NamesDep, Viewer
from eventwatch.dashboard.errors import InvalidField
from eventwatch.dashboard.routes.events import Filters

router = APIRouter(prefix="/api/incidents", tags=["incidents"])


@router.get("")
async def list_incidents(filters: Filters, es: ESDep, names: NamesDep, _: Viewer) -> dict[str, Any]:
    """`{"total", "incidents"}`, the most recently updated first."""
    return await asyncio.to_thread(backends.search_incidents, es, names, filters)


@router.get("/{incident_id}")
async def get_incident(incident_id: str, es: ESDep, names: NamesDep, _: Viewer) -> dict[str, Any]:
    """The incident document plus `reports`: its events (oldest first) with their evidence."""
    incident = await asyncio.to_thread(backends.get_incident, es, names, incident_id)
    if incident is None:
        raise InvalidField(f"no incident with id {incident_id!r}", field="id", status=404)
    return incident
