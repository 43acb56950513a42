"""`type: webhook`: the alert, its events (with evidence) and the rule as one JSON body."""

from __future__ import annotations

from typing import Any, ClassVar, Literal

from pydantic import Field, HttpUrl

from eventwatch.alerts.actions.base import ActionConfig, DeliveryContext
from eventwatch.alerts.actions.http import post_json
from eventwatch.models import Alert


class WebhookConfig(ActionConfig):
    type: Literal["webhook"]
    url: HttpUrl
    headers: dict[str, str] = Field(default_factory=dict)
    timeout: float = Field(default=5.0, gt=0, le=60, description="seconds per attempt")
    retries: int = Field(default=3, ge=0, le=10, description="extra attempts after a failure")


def webhook_body(alert: Alert, rule: dict[str, Any]) -> dict[str, Any]:
    return {"alert": alert.model_dump(mode="json"), "rule": rule}


class WebhookAction:
    type: ClassVar[str] = "webhook"

    def __init__(self, config: WebhookConfig) -> None:
        self.config = config

    async def send(self, alert: Alert, rule: dict[str, Any], ctx: DeliveryContext) -> int:
        # The same key on every attempt and after a restart: a receiver that keeps the keys
        # it has seen drops the repeat a crash right after delivery can cause.
        headers = {"User-Agent": "eventwatch", "Idempotency-Key": alert.id, **self.config.headers}
        return await post_json(
            str(self.config.url),
            webhook_body(alert, rule),
            ctx,
            headers=headers,
            timeout=self.config.timeout,
            retries=self.config.retries,
        )
