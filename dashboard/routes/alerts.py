"""GET /api/alerts and POST /api/alerts/{id}/ack."""

from __future__ import annotations

import asyncio
from typing import Annotated, Any

from fastapi import APIRouter, Query

from eventwatch.dashboard import backends
from eventwatch.dashboard.deps import Editor, ESDep, NamesDep, Viewer
from eventwatch.dashboard.errors import InvalidField
from eventwatch.dashboard.filters import parse_since

router = APIRouter(prefix="/api/alerts", tags=["alerts"])


@router.get("")
async def list_alerts(
    es: ESDep,
    names: NamesDep,
    _: Viewer,
    since: Annotated[str | None, Query(description="24h, 7d or an ISO 8601 date")] = None,
    limit: Annotated[int, Query(ge=1, le=500)] = 50,
) -> dict[str, Any]:
    since_at = parse_since(since) if since else None
    alerts = await asyncio.to_thread(backends.list_alerts, es, names, since=since_at, limit=limit)
    return {"total": len(alerts), "alerts": alerts}


@router.post("/{alert_id}/ack")
async def acknowledge(alert_id: str, es: ESDep, names: NamesDep, _: Editor) -> dict[str, Any]:
    alert = await asyncio.to_thread(backends.acknowledge, es, names, alert_id)
    if alert is None:
        raise InvalidField(f"no alert with id {alert_id!r}", field="id", status=404)
    return alert
