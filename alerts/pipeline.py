"""Event in, alerts out: engine, once-only check, delivery, alerts index, alerts topic.

Each accepted alert first gets a *pending* marker in the state table holding the alert
itself (the table is changelog-backed, so it survives a crash). Then it is delivered, its
outcome written to the local delivery journal, published on the alerts topic, stored in
the alerts index (retried while Elasticsearch is away), and only then, on the next stream
step, is the marker turned into *sent*. A worker restarted after a crash re-sends the
pending alerts that neither the journal nor the alerts index holds. Lookups and writes of
alerts in flight at the same time share one Elasticsearch request each.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Awaitable, Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from alerts.actions import DeliveryContext
from alerts.coalesce import Coalescer
from alerts.delivery import deliver
from alerts.engine import Engine
from alerts.journal import DeliveryJournal
from alerts.rules import AnyKindRule
from alerts.store_alerts import alerts_exist, write_alerts
from eventwatch.models import Alert, Event
from eventwatch.names import Names
from streams.retry import retry_transient

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
        journal: DeliveryJournal | None = None,
    ) -> None:
        self.engine = engine
        self.es = es
        self.names = names
        self.ctx = ctx
        self.publish = publish
        self.journal = journal
        self.accepted = 0
        self.in_flight: set[str] = set()  # alert ids being sent by this process
        self.finished: set[str] = set()  # recorded; their markers turn 'sent' on next accept
        self.recovered = False
        self.recovering: set[str] = set()  # pending alerts found after a restart
        self._unstored: dict[str, Alert] = {}  # waiting for the next bulk write
        self._lookups: Coalescer[str, bool] = Coalescer(self._exists_batch)
        self._writes: Coalescer[str, None] = Coalescer(self._write_batch)

    async def handle(self, event: Event) -> list[Alert]:
        return await self.handle_batch([event])

    async def handle_batch(self, events: list[Event]) -> list[Alert]:
        fresh = [pair for event in events for pair in self.accept(event)]
        sent = await asyncio.gather(*(self.send(alert, rule) for alert, rule in fresh))
        self.mark_finished()
        return [alert for alert in sent if alert is not None]

    def accept(self, event: Event) -> list[tuple[Alert, AnyKindRule]]:
        """Apply the rules (in event order: the windows need it); the alerts to send now.

        Also returns pending alerts left by an earlier worker (once per process). Synchronous,
        so a Faust table sees its writes inside the stream iteration.
        """
        self.mark_finished()
        self.accepted += 1
        if self.accepted % PRUNE_EVERY == 0:
            self.prune_markers(time.time())
        fresh = [] if self.recovered else self.pending()
        for alert, rule in self.engine.process(event):
            key = f"{SENT}{alert.id}"
            if not self.engine.state.get(key):
                # Pending until its delivery is recorded: a crash before that re-sends it.
                self.engine.state[key] = {"pending": alert.model_dump(mode="json")}
                self.in_flight.add(alert.id)
                fresh.append((alert, rule))
        return fresh

    def pending(self) -> list[tuple[Alert, AnyKindRule]]:
        """Alerts an earlier worker accepted but did not record (needs the rules loaded)."""
        if not self.engine.rules:
            return []
        self.recovered = True
        rules = {rule.id: rule for rule in self.engine.rules}
        found = []
        state = self.engine.state
        for key in [k for k in list(state.keys()) if k.startswith(SENT)]:
            marker = state[key]
            if not isinstance(marker, dict) or key[len(SENT) :] in self.in_flight:
                continue
            alert = Alert.model_validate(marker["pending"])
            rule = rules.get(alert.rule_id)
            if rule is None:  # rule deleted or disabled since: nothing to deliver
                log.warning("pending alert %s: rule %s is gone", alert.id, alert.rule_id)
                continue
            self.in_flight.add(alert.id)
            self.recovering.add(alert.id)
            found.append((alert, rule))
        if found:
            log.info("re-sending %d alerts whose delivery was not recorded", len(found))
        return found

    def mark_finished(self) -> None:
        for alert_id in list(self.finished):
            self.engine.state[f"{SENT}{alert_id}"] = time.time()
            self.finished.discard(alert_id)
            self.in_flight.discard(alert_id)
            self.recovering.discard(alert_id)

    def prune_markers(self, now: float) -> int:
        """Forget sent markers older than MARKER_SECONDS (the alerts index still knows)."""
        state = self.engine.state
        old = [
            k
            for k in list(state.keys())
            if k.startswith(SENT) and not isinstance(state[k], dict) and _older(state[k], now)
        ]
        for key in old:
            del state[key]
        return len(old)

    async def send(self, alert: Alert, rule: AnyKindRule) -> Alert | None:
        """Deliver once and publish, then record the outcome in the alerts index.

        The journal line written the instant delivery returns is what keeps a crash from
        delivering again, so publishing need not wait for Elasticsearch.
        """
        if await self._already_sent(alert.id, sure=alert.id in self.recovering):
            if self.journal is not None:
                self.journal.stored(alert.id)
            self.finished.add(alert.id)
            return None
        recorded = self.journal.delivered.get(alert.id) if self.journal else None
        if recorded is not None:  # delivered before a crash, not yet stored: store only
            alert = recorded
        else:
            alert = await deliver(alert, rule, self.ctx)
            if self.journal is not None:
                self.journal.record(alert)
        await self._publish(alert)
        try:
            await retry_transient(lambda: self._store(alert), what=f"storing alert {alert.id}")
        except Exception as exc:  # refused for good: delivered all the same, never resend
            log.error("alert %s delivered but refused by the alerts index: %s", alert.id, exc)
        if self.journal is not None:
            self.journal.stored(alert.id)
        self.finished.add(alert.id)
        return alert

    async def _publish(self, alert: Alert) -> None:
        """On the alerts topic (at least once: a crash before storing publishes it again)."""
        if self.publish is None:
            return
        try:
            await retry_transient(lambda: self.publish(alert), what=f"publishing {alert.id}")
        except Exception as exc:
            log.error("alert %s not published on the alerts topic: %s", alert.id, exc)

    async def _store(self, alert: Alert) -> None:
        self._unstored[alert.id] = alert
        try:
            await self._writes(alert.id)
        finally:
            self._unstored.pop(alert.id, None)

    async def _write_batch(self, ids: list[str]) -> dict[str, None | Exception]:
        alerts = [self._unstored[alert_id] for alert_id in ids]
        return await _in_thread(write_alerts, self.es, self.names, alerts)

    async def _exists_batch(self, ids: list[str]) -> dict[str, bool | Exception]:
        return await _in_thread(alerts_exist, self.es, self.names, ids)

    async def _already_sent(self, alert_id: str, *, sure: bool) -> bool:
        """Recorded by an earlier worker (the alerts index knows).

        For an alert left pending by a crash the answer decides a resend, so it waits for
        Elasticsearch; a new alert is delivered while it is away (its marker is the guard).
        Lookups made at the same time share one request.
        """
        check = lambda: self._lookups(alert_id)  # noqa: E731
        if sure:
            return await retry_transient(check, what=f"checking alert {alert_id}")
        try:
            return await check()
        except Exception as exc:
            log.warning("cannot check alert %s in Elasticsearch: %s", alert_id, exc)
            return False
