"""GET /metrics: Prometheus text format."""

from __future__ import annotations

import asyncio

from fastapi import APIRouter, Request, Response
from prometheus_client import CONTENT_TYPE_LATEST, generate_latest

from eventwatch.dashboard.deps import StateDep, identify

router = APIRouter(tags=["operations"])


@router.get("/metrics", response_class=Response)
async def metrics(request: Request, state: StateDep) -> Response:
    """Events/s, consumer lag, index latency, alerts and deliveries (Prometheus).

    Without a key no series names a rule; with a viewer key (X-API-Key) alerts per rule too.
    """
    caller = identify(request)
    await asyncio.to_thread(state.probes.refresh, state.elasticsearch())
    text = generate_latest(state.metrics.registry)
    if caller is not None:
        text += generate_latest(state.metrics.rule_registry)
    return Response(text, media_type=CONTENT_TYPE_LATEST)
