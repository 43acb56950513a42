"""Running a rule's actions for one alert; every outcome is recorded in alert.deliveries."""

from __future__ import annotations

import asyncio
import logging
from typing import Any

from alerts.actions import DeliveryContext, DeliveryFailed, build_action
from alerts.rules import AnyKindRule, rule_to_dict
from eventwatch.models import Alert, Delivery

log = logging.getLogger(__name__)


async def _one(config: Any, alert: Alert, rule: dict[str, Any], ctx: DeliveryContext) -> Delivery:
    try:
        attempts = await build_action(config).send(alert, rule, ctx)
    except DeliveryFailed as exc:
        return Delivery(action=config.type, status="failed", error=str(exc), attempts=exc.attempts)
    except Exception as exc:  # an action's bug must not stop the others or the stream
        log.exception("action %s of rule %s crashed", config.type, alert.rule_id)
        return Delivery(action=config.type, status="failed", error=f"{type(exc).__name__}: {exc}")
    return Delivery(action=config.type, status="sent", attempts=attempts)


async def deliver(alert: Alert, rule: AnyKindRule, ctx: DeliveryContext) -> Alert:
    """Send through all actions at once; the alert comes back with its deliveries."""
    body = rule_to_dict(rule)
    deliveries = await asyncio.gather(*(_one(c, alert, body, ctx) for c in rule.actions))
    return alert.model_copy(update={"deliveries": list(deliveries)})
