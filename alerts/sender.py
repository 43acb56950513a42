"""One alert out: once-only check, delivery, journal, alerts topic, alerts index.

Shared by both ways alerts fire in a worker (instant rules on the events as they arrive,
windowed rules behind the state table), so one journal file and one pair of batched
Elasticsearch calls serve both. The journal line written the instant delivery returns is
what keeps a crash from delivering again, so the alert is published without waiting for
Elasticsearch; lookups and writes of alerts in flight at the same time share one request.
"""

from __future__ import annotations

import asyncio
import functools
import logging
from collections.abc import Awaitable, Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from eventwatch.alerts.actions import DeliveryContext
from eventwatch.alerts.coalesce import Coalescer
from eventwatch.alerts.delivery import deliver
from eventwatch.alerts.journal import DeliveryJournal
from eventwatch.alerts.rules import AnyKindRule
from eventwatch.alerts.store_alerts import alerts_exist, write_alerts
from eventwatch.models import Alert
from eventwatch.names import Names
from eventwatch.retry import retry_transient

log = logging.getLogger(__name__)
Publish = Callable[[Alert], Awaitable[None]]
# Alert I/O gets its own threads: in the default executor it would queue behind the
# indexer's bulk writes and an alert would wait for them.
_EXECUTOR = ThreadPoolExecutor(max_workers=4, thread_name_prefix="alerts-io")


async def _in_thread(func: Callable[..., Any], *args: Any) -> Any:
    return await asyncio.get_running_loop().run_in_executor(_EXECUTOR, func, *args)


class AlertSender:
    def __init__(
        self,
        es: Any,
        names: Names,
        ctx: DeliveryContext,
        publish: Publish | None = None,
        journal: DeliveryJournal | None = None,
    ) -> None:
        self.es = es
        self.names = names
        self.ctx = ctx
        self.publish = publish
        self.journal = journal
        self._unstored: dict[str, Alert] = {}  # waiting for the next bulk write
        self._lookups: Coalescer[str, bool] = Coalescer(self._exists_batch)
        self._writes: Coalescer[str, None] = Coalescer(self._write_batch)

    async def send(
        self, alert: Alert, rule: AnyKindRule, *, sure: bool, check: bool = True
    ) -> Alert | None:
        """Deliver unless an earlier worker did; None when it did.

        `sure`: the answer decides a resend (an alert that may have been handled before a
        crash), so the alerts index is waited for while it is away; otherwise a failed
        lookup counts as "not sent". `check` False skips the index for an alert that no
        worker can have seen (the journal is still consulted).
        """
        recorded = self.journal.recorded(alert.id) if self.journal else None
        if recorded is None and check and await self._already_sent(alert.id, sure=sure):
            return None
        if recorded is not None:  # delivered before a crash, not yet stored: store only
            alert = recorded
        elif self.journal is None:
            alert = await deliver(alert, rule, self.ctx)
        else:
            done = self.journal.done_actions(alert.id)  # a worker died part-way through
            record = functools.partial(self.journal.record_action, alert.id)
            alert = await deliver(alert, rule, self.ctx, done=done, on_delivery=record)
            self.journal.record(alert)
        await self._publish(alert)
        try:
            await retry_transient(lambda: self._store(alert), what=f"storing alert {alert.id}")
        except Exception as exc:  # refused for good: delivered all the same, never resend
            log.error("alert %s delivered but refused by the alerts index: %s", alert.id, exc)
        if self.journal is not None:
            self.journal.stored(alert.id)
        return alert

    async def _publish(self, alert: Alert) -> None:
        """On the alerts topic (at least once: a crash before storing publishes it again)."""
        publish = self.publish
        if publish is None:
            return
        try:
            await retry_transient(lambda: publish(alert), what=f"publishing {alert.id}")
        except Exception as exc:
            log.error("alert %s not published on the alerts topic: %s", alert.id, exc)

    async def _store(self, alert: Alert) -> None:
        self._unstored[alert.id] = alert
        try:
            await self._writes(alert.id)
        finally:
            self._unstored.pop(alert.id, None)

    async def _write_batch(self, ids: list[str]) -> dict[str, None | BaseException]:
        alerts = [self._unstored[alert_id] for alert_id in ids]
        return await _in_thread(write_alerts, self.es, self.names, alerts)

    async def _exists_batch(self, ids: list[str]) -> dict[str, bool | BaseException]:
        return await _in_thread(alerts_exist, self.es, self.names, ids)

    async def _already_sent(self, alert_id: str, *, sure: bool) -> bool:
        check = lambda: self._lookups(alert_id)  # noqa: E731
        if sure:
            return await retry_transient(check, what=f"checking alert {alert_id}")
        try:
            return await check()
        except Exception as exc:
            log.warning("cannot check alert %s in Elasticsearch: %s", alert_id, exc)
            return False
