"""GET /api/stream: live events and alerts as Server-Sent Events."""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator

from fastapi import APIRouter, Request
from fastapi.responses import StreamingResponse

from eventwatch.dashboard.deps import StateDep, Viewer

router = APIRouter(prefix="/api", tags=["live"])
HEARTBEAT_S = 15.0


@router.get("/stream", response_class=StreamingResponse)
async def stream(request: Request, state: StateDep, _: Viewer) -> StreamingResponse:
    """`event: event`, `event: incident` (the incident's latest state, each time a report
    joins it) and `event: alert` messages, each one JSON document, as they happen."""
    queue = state.hub.subscribe()

    async def messages() -> AsyncIterator[str]:
        try:
            yield "retry: 2000\n: connected\n\n"
            while not await request.is_disconnected():
                try:
                    kind, document = await asyncio.wait_for(queue.get(), HEARTBEAT_S)
                except TimeoutError:
                    yield ": keep-alive\n\n"
                    continue
                data = json.dumps(document, ensure_ascii=False, default=str)
                yield f"event: {kind}\ndata: {data}\n\n"
        finally:
            state.hub.unsubscribe(queue)

    headers = {"Cache-Control": "no-cache", "X-Accel-Buffering": "no"}
    return StreamingResponse(messages(), media_type="text/event-stream", headers=headers)
