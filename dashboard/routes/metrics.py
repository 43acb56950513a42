"""GET /metrics: Prometheus text format."""

from __future__ import annotations

import asyncio

from fastapi import APIRouter, Response
from prometheus_client import CONTENT_TYPE_LATEST, generate_latest

from eventwatch.dashboard.deps import StateDep

router = APIRouter(tags=["operations"])


@router.get("/metrics", response_class=Response)
async def metrics(state: StateDep) -> Response:
    """Events/s, consumer lag, index latency, alerts and deliveries (Prometheus)."""
    await asyncio.to_thread(state.probes.refresh, state.elasticsearch())
    return Response(generate_latest(state.metrics.registry), media_type=CONTENT_TYPE_LATEST)
