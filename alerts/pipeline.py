"""Event in, alerts out: engine, once-only check, delivery, alerts index, alerts topic.

Each accepted alert first gets a *pending* marker in the state table holding the alert
itself (the table is changelog-backed, so it survives a crash). Then it is sent
(alerts.sender: delivery, journal, alerts topic, alerts index), and only then, on the
next stream step, is the marker turned into *sent*. A worker restarted after a crash
re-sends the pending alerts that neither the journal nor the alerts index holds.
"""

from __future__ import annotations

import asyncio
import logging
import time
from typing import Any

from eventwatch.alerts import per_incident
from eventwatch.alerts.actions import DeliveryContext
from eventwatch.alerts.engine import Engine
from eventwatch.alerts.journal import DeliveryJournal
from eventwatch.alerts.rules import AnyKindRule
from eventwatch.alerts.sender import AlertSender, Publish
from eventwatch.models import Alert, Event, Incident
from eventwatch.names import Names

log = logging.getLogger(__name__)
SENT = "sent|"
MARKER_SECONDS = 7 * 86400
PRUNE_EVERY = 5000  # events between sweeps of the delivered markers


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
        *,
        sender: AlertSender | None = None,
    ) -> None:
        self.engine = engine
        self.sender = sender or AlertSender(es, names, ctx, publish, journal)
        self.accepted = 0
        self.in_flight: set[str] = set()  # alert ids being sent by this process
        self.finished: set[str] = set()  # recorded; their markers turn 'sent' on next accept
        self.recovered = False
        self.recovering: set[str] = set()  # pending alerts found after a restart

    async def handle(self, event: Event, incident: Incident | None = None) -> list[Alert]:
        return await self.handle_batch([event], [incident])

    async def handle_batch(
        self, events: list[Event], incidents: list[Incident | None] | None = None
    ) -> list[Alert]:
        joined = incidents or [None] * len(events)
        fresh = [
            pair
            for event, incident in zip(events, joined, strict=True)
            for pair in self.accept(event, incident)
        ]
        sent = await asyncio.gather(*(self.send(alert, rule) for alert, rule in fresh))
        self.mark_finished()
        return [alert for alert in sent if alert is not None]

    def accept(
        self, event: Event, incident: Incident | None = None
    ) -> list[tuple[Alert, AnyKindRule]]:
        """Apply the rules (in event order: the windows need it); the alerts to send now.

        Also returns pending alerts left by an earlier worker (once per process). Synchronous,
        so a Faust table sees its writes inside the stream iteration.
        """
        self.mark_finished()
        self.accepted += 1
        if self.accepted % PRUNE_EVERY == 0:
            self.prune_markers(time.time())
        fresh = [] if self.recovered else self.pending()
        for alert, rule in self.engine.process(event, incident):
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
        per_incident.prune(state, now - MARKER_SECONDS)  # incidents seen by per-incident rules
        return len(old)

    async def send(self, alert: Alert, rule: AnyKindRule) -> Alert | None:
        """Deliver once (see AlertSender), then let the marker turn 'sent'."""
        sent = await self.sender.send(alert, rule, sure=alert.id in self.recovering)
        self.finished.add(alert.id)
        return sent
