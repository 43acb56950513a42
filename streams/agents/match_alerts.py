"""match_alerts: events -> alert rules -> actions, the alerts index and the alerts topic.

Events are forwarded onto a one-partition topic so that one worker sees them all and the
windowed state (counts per rule and group, throttles, delivered markers) lives in one
partition of a changelog-backed table: a restarted worker resumes its counts. Rules are
re-read from the rules index every RELOAD_SECONDS; a changed version token swaps them in.
"""

from __future__ import annotations

import asyncio
import logging
from typing import Any

from eventwatch.models import Alert, Event
from eventwatch.settings import Settings

log = logging.getLogger(__name__)
INPUT_TOPIC = "alerts.input"
STATE_TABLE = "alert_state"
RELOAD_SECONDS = 2.0
MAX_SENDING = 32  # alerts being delivered at once


class RuleReloader:
    def __init__(self, es: Any, settings: Settings) -> None:
        self.es = es
        self.names = settings.names
        self.token: tuple[Any, ...] | None = None
        self.ready = False

    async def refresh(self, engine: Any) -> None:
        from alerts.indices import ensure_alert_indices
        from alerts.store import load_rules

        try:
            if not self.ready:
                await asyncio.to_thread(ensure_alert_indices, self.es, self.names)
                self.ready = True
            token, rules = await asyncio.to_thread(load_rules, self.es, self.names)
        except Exception as exc:  # Elasticsearch down: keep the rules we have
            log.warning("match_alerts: cannot read rules: %s", exc)
            return
        if token != self.token:
            self.token = token
            engine.set_rules(rules)
            log.info("match_alerts: %d rules, %d enabled", len(rules), len(engine.rules))


async def _send(pipeline: Any, limit: asyncio.Semaphore, alert: Alert, rule: Any) -> None:
    async with limit:
        try:
            sent = await pipeline.send(alert, rule)
        except Exception:
            log.exception("match_alerts: alert %s not sent", alert.id)
            return
    if sent is not None:
        log.info("match_alerts: alert %s (rule %s)", alert.id, alert.rule_id)


def register(app: Any, topics: Any, settings: Settings) -> Any:
    """Attach the alert agents to `app` (called by streams.app.create_app)."""
    raw = {
        "key_type": bytes,
        "value_type": bytes,
        "key_serializer": "raw",
        "value_serializer": "raw",
    }
    alert_input = app.topic(settings.names.topic(INPUT_TOPIC), partitions=1, internal=True, **raw)
    import faust

    schema = faust.Schema(key_serializer="json", value_serializer="json")
    state = app.Table(STATE_TABLE, default=None, partitions=1, schema=schema)
    shared: dict[str, Any] = {}

    async def forward_events(stream: Any) -> Any:
        async for value in stream:
            await alert_input.send(key=None, value=value)
            yield None

    async def match_alerts(stream: Any) -> Any:
        import httpx

        from alerts.actions import DeliveryContext
        from alerts.engine import Engine
        from alerts.journal import DeliveryJournal
        from alerts.pipeline import AlertPipeline
        from eventwatch.clients import elasticsearch_client

        es = elasticsearch_client(settings)
        engine = Engine(state)
        reloader = RuleReloader(es, settings)
        shared.update(engine=engine, reloader=reloader)
        await reloader.refresh(engine)

        async def publish(alert: Alert) -> None:
            await topics.alerts.send(key=alert.id.encode(), value=alert.model_dump_json().encode())

        async with httpx.AsyncClient() as http:
            ctx = DeliveryContext(allow_private=settings.webhook_allow_private, http=http)
            journal = DeliveryJournal(
                settings.home / "alerts" / f"{settings.names.alerts_index}.delivered.jsonl"
            )
            pipeline = AlertPipeline(engine, es, settings.names, ctx, publish, journal)
            limit = asyncio.Semaphore(MAX_SENDING)
            sending: set[asyncio.Task[Any]] = set()
            async for value in stream:
                try:
                    event = Event.model_validate_json(value)
                except ValueError as exc:
                    log.warning("match_alerts: skipping a message that is no event: %s", exc)
                    continue
                # Rules run here, in order; deliveries run beside the stream, a few at a time.
                for alert, rule in pipeline.accept(event):
                    task = asyncio.create_task(_send(pipeline, limit, alert, rule))
                    sending.add(task)
                    task.add_done_callback(sending.discard)
                yield None

    async def reload_rules() -> None:
        if "engine" in shared:
            await shared["reloader"].refresh(shared["engine"])

    app.timer(interval=RELOAD_SECONDS, name="reload_alert_rules")(reload_rules)
    app.agent(topics.events, name="alert_forward")(forward_events)
    return app.agent(alert_input, name="match_alerts")(match_alerts)
