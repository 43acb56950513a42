"""Event in, alerts out: engine, once-only check, delivery, alerts index, alerts topic."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from typing import Any

from alerts.actions import DeliveryContext
from alerts.delivery import deliver
from alerts.engine import Engine
from alerts.store_alerts import alert_exists, write_alert
from eventwatch.models import Alert, Event
from eventwatch.names import Names

log = logging.getLogger(__name__)
Publish = Callable[[Alert], Awaitable[None]]


class AlertPipeline:
    def __init__(
        self,
        engine: Engine,
        es: Any,
        names: Names,
        ctx: DeliveryContext,
        publish: Publish | None = None,
    ) -> None:
        self.engine = engine
        self.es = es
        self.names = names
        self.ctx = ctx
        self.publish = publish

    async def handle(self, event: Event) -> list[Alert]:
        sent = []
        for alert, rule in self.engine.process(event):
            if await self._already_sent(alert.id):
                continue
            alert = await deliver(alert, rule, self.ctx)
            # Marked before the index write: an outage there must not lead to a resend.
            self.engine.state[f"sent|{alert.id}"] = True
            try:
                await asyncio.to_thread(write_alert, self.es, self.names, alert)
            except Exception as exc:  # the alert went out; losing the record is logged
                log.error("alert %s delivered but not indexed: %s", alert.id, exc)
            if self.publish is not None:
                await self.publish(alert)
            sent.append(alert)
        return sent

    async def _already_sent(self, alert_id: str) -> bool:
        if self.engine.state.get(f"sent|{alert_id}"):
            return True
        try:
            return await asyncio.to_thread(alert_exists, self.es, self.names, alert_id)
        except Exception as exc:  # ES down: the table's marker is the guard
            log.warning("cannot check alert %s in Elasticsearch: %s", alert_id, exc)
            return False
