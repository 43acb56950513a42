"""Event in, alerts out: engine, once-only check, delivery, alerts index, alerts topic."""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Awaitable, Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from alerts.actions import DeliveryContext
from alerts.delivery import deliver
from alerts.engine import Engine
from alerts.rules import AnyKindRule
from alerts.store_alerts import alert_exists, write_alert
from eventwatch.models import Alert, Event
from eventwatch.names import Names

log = logging.getLogger(__name__)
Publish = Callable[[Alert], Awaitable[None]]
SENT = "sent|"
MARKER_SECONDS = 7 * 86400
PRUNE_EVERY = 5000  # events between sweeps of the delivered markers
# Alert I/O gets its own threads: in the default executor it would queue behind the
# indexer's bulk writes and an alert would wait for them.
_EXECUTOR = ThreadPoolExecutor(max_workers=4, thread_name_prefix="alerts-io")


async def _in_thread(func: Callable[..., Any], *args: Any) -> Any:
    return await asyncio.get_running_loop().run_in_executor(_EXECUTOR, func, *args)


def _older(marked: Any, now: float) -> bool:
    return not isinstance(marked, int | float) or marked < now - MARKER_SECONDS


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
        self.accepted = 0

    async def handle(self, event: Event) -> list[Alert]:
        return await self.handle_batch([event])

    async def handle_batch(self, events: list[Event]) -> list[Alert]:
        fresh = [pair for event in events for pair in self.accept(event)]
        sent = await asyncio.gather(*(self.send(alert, rule) for alert, rule in fresh))
        return [alert for alert in sent if alert is not None]

    def accept(self, event: Event) -> list[tuple[Alert, AnyKindRule]]:
        """Apply the rules (in event order: the windows need it); the alerts not yet sent.

        Synchronous, so a Faust table sees its writes inside the stream iteration.
        """
        self.accepted += 1
        if self.accepted % PRUNE_EVERY == 0:
            self.prune_markers(time.time())
        fresh = []
        for alert, rule in self.engine.process(event):
            key = f"{SENT}{alert.id}"
            if not self.engine.state.get(key):
                # Marked before sending: a failure later must never lead to a resend.
                self.engine.state[key] = time.time()
                fresh.append((alert, rule))
        return fresh

    def prune_markers(self, now: float) -> int:
        """Forget delivered markers older than MARKER_SECONDS (the alerts index still knows)."""
        state = self.engine.state
        old = [k for k in list(state.keys()) if k.startswith(SENT) and _older(state[k], now)]
        for key in old:
            del state[key]
        return len(old)

    async def send(self, alert: Alert, rule: AnyKindRule) -> Alert | None:
        if await self._already_sent(alert.id):
            return None
        alert = await deliver(alert, rule, self.ctx)
        if self.publish is not None:
            await self.publish(alert)
        try:
            await _in_thread(write_alert, self.es, self.names, alert)
        except Exception as exc:  # the alert went out; losing the record is logged
            log.error("alert %s delivered but not indexed: %s", alert.id, exc)
        return alert

    async def _already_sent(self, alert_id: str) -> bool:
        """Sent by an earlier worker whose table state is gone (the alerts index knows)."""
        try:
            return await _in_thread(alert_exists, self.es, self.names, alert_id)
        except Exception as exc:  # ES down: the table's marker is the guard
            log.warning("cannot check alert %s in Elasticsearch: %s", alert_id, exc)
            return False
