"""Running a rule's actions for one alert; every outcome is recorded in alert.deliveries."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Mapping
from typing import Any

from eventwatch.alerts.actions import DeliveryContext, DeliveryFailed, build_action
from eventwatch.alerts.rules import AnyKindRule, rule_to_dict
from eventwatch.models import Alert, Delivery

log = logging.getLogger(__name__)
OnDelivery = Callable[[int, Delivery], None]


async def _run(config: Any, alert: Alert, rule: dict[str, Any], ctx: DeliveryContext) -> Delivery:
    try:
        attempts = await build_action(config).send(alert, rule, ctx)
    except DeliveryFailed as exc:
        return Delivery(action=config.type, status="failed", error=str(exc), attempts=exc.attempts)
    except Exception as exc:  # an action's bug must not stop the others or the stream
        log.exception("action %s of rule %s crashed", config.type, alert.rule_id)
        return Delivery(action=config.type, status="failed", error=f"{type(exc).__name__}: {exc}")
    return Delivery(action=config.type, status="sent", attempts=attempts)


async def deliver(
    alert: Alert,
    rule: AnyKindRule,
    ctx: DeliveryContext,
    *,
    done: Mapping[int, Delivery] | None = None,
    on_delivery: OnDelivery | None = None,
) -> Alert:
    """Send through all actions at once; the alert comes back with its deliveries.

    `done`: outcomes of actions already run (by a worker that died part-way), not run
    again. `on_delivery` is called the instant each action returns, before anything else
    runs, so a journal line can follow the delivery with nothing in between.
    """
    body = rule_to_dict(rule)
    finished = dict(done or {})

    async def one(index: int, config: Any) -> Delivery:
        if index in finished:
            return finished[index]
        delivery = await _run(config, alert, body, ctx)
        if on_delivery is not None:
            on_delivery(index, delivery)
        return delivery

    deliveries = await asyncio.gather(*(one(i, c) for i, c in enumerate(rule.actions)))
    return alert.model_copy(update={"deliveries": list(deliveries)})
