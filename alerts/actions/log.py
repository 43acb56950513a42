"""`type: log`: one JSON line per alert on the worker's log."""

from __future__ import annotations

import json
import logging
from typing import Any, ClassVar, Literal

from eventwatch.alerts.actions.base import ActionConfig, DeliveryContext
from eventwatch.models import Alert

logger = logging.getLogger("eventwatch.alerts")


class LogConfig(ActionConfig):
    type: Literal["log"]
    level: Literal["debug", "info", "warning", "error"] = "warning"


class LogAction:
    type: ClassVar[str] = "log"

    def __init__(self, config: LogConfig) -> None:
        self.config = config

    async def send(self, alert: Alert, rule: dict[str, Any], ctx: DeliveryContext) -> int:
        record = {
            "alert": alert.id,
            "rule": alert.rule_id,
            "group": alert.group,
            "count": alert.count,
            "summary": alert.summary,
            "events": [event.id for event in alert.events],
        }
        level = logging.getLevelNamesMapping()[self.config.level.upper()]
        logger.log(level, "alert %s", json.dumps(record, ensure_ascii=False))
        return 1
