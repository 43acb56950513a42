"""GET /health: is this process up, and can it reach Elasticsearch and Kafka."""

from __future__ import annotations

import asyncio

from fastapi import APIRouter

from eventwatch.dashboard.deps import StateDep
from eventwatch.secrets import redact_url

router = APIRouter(tags=["operations"])


@router.get("/health")
async def health(state: StateDep) -> dict:
    """Liveness plus the reachability of the servers; no key needed."""
    es = state.elasticsearch()
    es_up = await asyncio.to_thread(_ping, es)
    kafka_up = state.hub.connected
    return {
        "status": "ok" if es_up and kafka_up else "degraded",
        # Only scheme, host and port: the configured URL may carry a password or an API key.
        "elasticsearch": {"up": es_up, "url": redact_url(state.settings.elasticsearch_url)},
        "kafka": {"up": kafka_up, "bootstrap": state.settings.kafka_bootstrap},
        "dev_mode": state.keyring.dev_mode,
    }


def _ping(es: object) -> bool:
    try:
        return bool(es.ping())  # type: ignore[attr-defined]
    except Exception:  # ping should not raise, but a broken socket must read as "down"
        return False
