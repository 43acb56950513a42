"""The alert objects one worker process shares between its agents.

One HTTP client, one delivery journal and one sender serve the instant rules and the
windowed ones; both follow the same rule reloads. Opened inside the event loop (the
HTTP client needs it) by whichever agent starts first.
"""

from __future__ import annotations

import asyncio
import os
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

from eventwatch.alerts.actions import DeliveryContext
from eventwatch.alerts.engine import Engine
from eventwatch.alerts.instant import InstantAlerts, is_instant
from eventwatch.alerts.journal import DeliveryJournal
from eventwatch.alerts.pipeline import AlertPipeline
from eventwatch.alerts.rules import AnyKindRule
from eventwatch.alerts.sender import AlertSender
from eventwatch.clients import elasticsearch_client
from eventwatch.models import Alert
from eventwatch.settings import Settings


class AlertParts:
    def __init__(
        self,
        settings: Settings,
        state: Any,
        reloader: Any,
        publish: Callable[[Alert], Awaitable[None]],
    ) -> None:
        self.settings = settings
        self.state = state
        self.reloader = reloader
        self.publish = publish
        self.instant: InstantAlerts | None = None
        self.pipeline: AlertPipeline | None = None
        self._opening = asyncio.Lock()
        self._http: Any = None
        self.journal: Any = None

    async def open(self) -> None:
        async with self._opening:
            if self.pipeline is not None:
                return
            import httpx

            settings = self.settings
            self._http = httpx.AsyncClient()
            ctx = DeliveryContext(allow_private=settings.webhook_allow_private, http=self._http)
            journal = DeliveryJournal(_journal_directory(settings))
            self.journal = journal
            es = elasticsearch_client(settings)
            sender = AlertSender(es, settings.names, ctx, self.publish, journal)
            self.instant = InstantAlerts(sender)
            engine = Engine(self.state)
            self.pipeline = AlertPipeline(engine, es, settings.names, ctx, sender=sender)
            self.reloader.listen(self._set_rules)

    def _set_rules(self, rules: list[AnyKindRule]) -> None:
        assert self.instant is not None and self.pipeline is not None
        self.instant.set_rules(rules)
        self.pipeline.engine.set_rules(rule for rule in rules if not is_instant(rule))

    def windowed_rules(self) -> bool:
        return self.pipeline is not None and bool(self.pipeline.engine.rules)


def _journal_directory(settings: Settings) -> Path:
    """One directory per deployment; the single file of earlier versions is adopted."""
    alerts_dir = settings.home / "alerts"
    directory = alerts_dir / f"{settings.names.alerts_index}.journal"
    legacy = alerts_dir / f"{settings.names.alerts_index}.delivered.jsonl"
    if legacy.exists():
        directory.mkdir(parents=True, exist_ok=True)
        os.replace(legacy, directory / "legacy.jsonl")
    return directory
