"""Alert actions, one module each; the registry below is the one place that lists them."""

from __future__ import annotations

from typing import Annotated, Any

from pydantic import Field

from eventwatch.alerts.actions.base import Action, DeliveryContext, DeliveryFailed
from eventwatch.alerts.actions.email import EmailAction, EmailConfig
from eventwatch.alerts.actions.log import LogAction, LogConfig
from eventwatch.alerts.actions.slack import SlackAction, SlackConfig
from eventwatch.alerts.actions.webhook import WebhookAction, WebhookConfig

ACTIONS: dict[str, type[Any]] = {
    "webhook": WebhookAction,
    "email": EmailAction,
    "slack": SlackAction,
    "log": LogAction,
}

ActionConfigUnion = Annotated[
    WebhookConfig | EmailConfig | SlackConfig | LogConfig, Field(discriminator="type")
]


def build_action(config: Any) -> Action:
    return ACTIONS[config.type](config)


__all__ = [
    "ACTIONS",
    "Action",
    "ActionConfigUnion",
    "DeliveryContext",
    "DeliveryFailed",
    "build_action",
]
