"""match_alerts: events -> alert rules -> actions, the alerts index and the alerts topic.

Instant rules (alerts.instant: `any` per event without throttle or threat-level change) fire
on the events topic itself, on every worker, and the event is acked only once its alerts are
journaled. The other rules need one view of all events, and per-incident rules the incident:
index_events forwards the events such a rule may want, with their incident, onto a
one-partition topic so that one worker sees them all and the windowed state (counts per
rule and group, throttles, delivered markers) lives in one partition of a changelog-backed
table: a restarted worker resumes its counts, and resumes alerts left pending as soon as
the table is recovered. Rules are re-read from the rules index every RELOAD_SECONDS.
"""

from __future__ import annotations

import asyncio
import functools
import logging
from collections.abc import Awaitable, Callable
from typing import Any

from eventwatch.alerts.instant import ReplayZone
from eventwatch.alerts.runtime import AlertParts
from eventwatch.alerts.store import load_rules
from eventwatch.clients import elasticsearch_client
from eventwatch.indexers.setup import ensure_alert_indices
from eventwatch.models import Alert, AssignedEvent, Event
from eventwatch.names import ASSIGNED_EVENTS
from eventwatch.settings import Settings
from eventwatch.streams.acking import InOrderAcks

log = logging.getLogger(__name__)
INPUT_TOPIC = ASSIGNED_EVENTS
STATE_TABLE = "alert_state"
RELOAD_SECONDS = 2.0
RESUME_SECONDS = 1.0  # how often to look for pending alerts until the table is recovered
MAX_SENDING = 256  # alerts being delivered at once
REVOKE_WAIT_SECONDS = 10.0  # for deliveries in flight before a partition goes elsewhere


class RuleReloader:
    """The rules of this worker process, read from the rules index, pushed to listeners."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.es: Any = None
        self.token: tuple[Any, ...] | None = None
        self.rules: list[Any] = []
        self.listeners: list[Callable[[list[Any]], None]] = []
        self.ready = False

    def listen(self, listener: Callable[[list[Any]], None]) -> None:
        self.listeners.append(listener)
        listener(self.rules)

    async def refresh(self) -> None:

        names = self.settings.names
        try:
            if self.es is None:
                self.es = elasticsearch_client(self.settings)
            if not self.ready:
                await asyncio.to_thread(ensure_alert_indices, self.es, names)
                self.ready = True
            token, rules = await asyncio.to_thread(load_rules, self.es, names)
        except Exception as exc:  # Elasticsearch down: keep the rules we have
            log.warning("match_alerts: cannot read rules: %s", exc)
            return
        if token != self.token:
            self.token = token
            self.rules = rules
            for listener in self.listeners:
                listener(rules)
            enabled = sum(1 for rule in rules if rule.enabled)
            log.info("match_alerts: %d rules, %d enabled", len(rules), enabled)


class Sending:
    """Deliveries running beside the streams, a bounded number at a time."""

    def __init__(self) -> None:
        self.limit = asyncio.Semaphore(MAX_SENDING)
        self.tasks: set[asyncio.Task[Any]] = set()

    def start(self, sends: list[Any], done: Callable[[], Awaitable[Any]] | None = None) -> None:
        task = asyncio.create_task(self._run(sends, done))
        self.tasks.add(task)
        task.add_done_callback(self.tasks.discard)

    async def _run(self, sends: list[Any], done: Callable[[], Awaitable[Any]] | None) -> None:
        await asyncio.gather(*(self._one(send) for send in sends))
        if done is not None:
            await done()

    async def _one(self, send: Any) -> None:
        async with self.limit:
            try:
                alert = await send
            except Exception:
                log.exception("match_alerts: an alert was not sent")
                return
        if alert is not None:
            log.info("match_alerts: alert %s (rule %s)", alert.id, alert.rule_id)

    async def drain(self, timeout: float) -> None:
        if self.tasks:
            await asyncio.wait(set(self.tasks), timeout=timeout)


def _parse(value: bytes) -> Event | None:
    try:
        return Event.model_validate_json(value)
    except ValueError as exc:
        log.warning("match_alerts: skipping a message that is no event: %s", exc)
        return None


def _parse_assigned(value: bytes) -> AssignedEvent | None:
    try:
        return AssignedEvent.model_validate_json(value)
    except ValueError as exc:
        log.warning("match_alerts: skipping a message that is no assigned event: %s", exc)
        return None


def register(
    app: Any, topics: Any, settings: Settings, *, reloader: RuleReloader | None = None
) -> Any:
    """Attach the alert agents to `app` (called by streams.app.create_app); `reloader` is
    shared with index_events, which passes on only what these rules may want."""
    import faust

    raw = {
        "key_type": bytes,
        "value_type": bytes,
        "key_serializer": "raw",
        "value_serializer": "raw",
    }
    alert_input = app.topic(settings.names.topic(INPUT_TOPIC), partitions=1, internal=True, **raw)
    schema: Any = faust.Schema(key_serializer="json", value_serializer="json")
    state = app.Table(STATE_TABLE, default=None, partitions=1, schema=schema)
    reloader = reloader or RuleReloader(settings)
    sending = Sending()
    zone = ReplayZone(lambda tp: app.consumer.highwater(tp))
    acks = InOrderAcks(lambda event: event.ack())  # the agent's stream.ack once it runs

    async def publish(alert: Alert) -> None:
        await topics.alerts.send(key=alert.id.encode(), value=alert.model_dump_json().encode())

    parts = AlertParts(settings, state, reloader, publish)

    async def alert_events(stream: Any) -> Any:
        """Instant rules here; events for the windowed rules on to the one partition."""
        await parts.open()
        await reloader.refresh()
        acks.ack = stream.ack
        async for event in stream.noack().events():
            instant = parts.instant
            assert instant is not None  # opened above
            acks.track(event)
            parsed = _parse(event.value) if instant.rules else None
            fired = instant.accept(parsed) if parsed is not None else []
            if not fired:
                await acks.finish(event)
                continue
            seen = zone.seen_before(event.message.tp, event.message.offset)
            sends = [instant.send(a, r, seen_before=seen) for a, r in fired]
            # Acked once the alerts are out (and those of the events before it in its
            # partition): a crash before that replays the event.
            sending.start(sends, done=functools.partial(acks.finish, event))
            yield None

    async def match_alerts(stream: Any) -> Any:
        await parts.open()
        await reloader.refresh()
        pipeline = parts.pipeline
        assert pipeline is not None  # opened above
        async for value in stream:
            if not parts.windowed_rules():
                yield None
                continue
            assigned = _parse_assigned(value)
            if assigned is not None:
                # Rules run here, in order; deliveries run beside the stream.
                _start(pipeline.accept(assigned.event, assigned.incident))
            yield None

    def _start(fired: list[tuple[Alert, Any]]) -> None:
        if fired and parts.pipeline is not None:
            sending.start([parts.pipeline.send(alert, rule) for alert, rule in fired])

    async def resume_pending() -> None:
        """Alerts left pending by a crash go out once the table is back, not at the next event."""
        recovery = app.tables.recovery
        if parts.pipeline is None or parts.pipeline.recovered or app.rebalancing:
            return
        if app.in_recovery or recovery.signal_recovery_start.is_set():
            return
        if recovery.completed.is_set():
            _start(parts.pipeline.pending())

    async def on_revoked(sender: Any, revoked: Any, **kwargs: Any) -> None:
        zone.reset()
        acks.reset()
        await sending.drain(REVOKE_WAIT_SECONDS)  # the next owner then finds them journaled

    async def on_assigned(sender: Any, assigned: Any, **kwargs: Any) -> None:
        zone.reset()
        acks.reset()
        if parts.journal is not None:  # what the previous owners journaled
            parts.journal.reload()
        if parts.pipeline is not None:  # the table partition may be new here: look again
            parts.pipeline.recovered = False

    app.on_partitions_revoked.connect(on_revoked)
    app.on_partitions_assigned.connect(on_assigned)
    app.timer(interval=RELOAD_SECONDS, name="reload_alert_rules")(reloader.refresh)
    app.timer(interval=RESUME_SECONDS, name="resume_pending_alerts")(resume_pending)
    app.agent(topics.events, name="alert_events")(alert_events)
    return app.agent(alert_input, name="match_alerts")(match_alerts)
