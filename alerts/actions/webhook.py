"""`type: webhook`: the alert, its events (with evidence) and the rule's id and name as JSON.

The body never carries the rule's actions: each target would otherwise receive the secrets
(headers, hook URLs) of every other action of the rule.
"""

from __future__ import annotations

from typing import Annotated, Any, ClassVar, Literal

from pydantic import Field, HttpUrl

from eventwatch.alerts.actions.base import ActionConfig, DeliveryContext, resolved
from eventwatch.alerts.actions.http import post_json
from eventwatch.models import Alert

MAX_HEADERS = 20
# RFC 9110 token characters: anything else (spaces, CR, LF, ':') cannot be a header name.
HEADER_NAME = r"^[!#$%&'*+.^_`|~0-9A-Za-z-]{1,100}$"
# Any text but control characters (CR and LF would start a new header).
HEADER_VALUE = r"^[^\x00-\x08\x0a-\x1f\x7f]{0,4096}$"

HeaderName = Annotated[str, Field(pattern=HEADER_NAME)]
HeaderValue = Annotated[str, Field(pattern=HEADER_VALUE)]


class WebhookConfig(ActionConfig):
    type: Literal["webhook"]
    url: HttpUrl
    headers: dict[HeaderName, HeaderValue] = Field(
        default_factory=dict,
        max_length=MAX_HEADERS,
        description="secret: shown masked; a value may be ${ENV:NAME}",
    )
    timeout: float = Field(default=5.0, gt=0, le=60, description="seconds per attempt")
    retries: int = Field(default=3, ge=0, le=10, description="extra attempts after a failure")


def webhook_body(alert: Alert, rule: dict[str, Any]) -> dict[str, Any]:
    return {
        "alert": alert.model_dump(mode="json"),
        "rule": {"id": rule.get("id", alert.rule_id), "name": rule.get("name")},
    }


class WebhookAction:
    type: ClassVar[str] = "webhook"

    def __init__(self, config: WebhookConfig) -> None:
        self.config = config

    async def send(self, alert: Alert, rule: dict[str, Any], ctx: DeliveryContext) -> int:
        # The same key on every attempt and after a restart: a receiver that keeps the keys
        # it has seen drops the repeat a crash right after delivery can cause.
        own = {name: resolved(value) for name, value in self.config.headers.items()}
        headers = {"User-Agent": "eventwatch", "Idempotency-Key": alert.id, **own}
        return await post_json(
            str(self.config.url),
            webhook_body(alert, rule),
            ctx,
            headers=headers,
            timeout=self.config.timeout,
            retries=self.config.retries,
        )
