"""`type: slack`: a Slack-compatible incoming webhook (also Mattermost, Rocket.Chat)."""

from __future__ import annotations

from typing import Annotated, Any, ClassVar, Literal

from pydantic import AfterValidator, Field, HttpUrl, TypeAdapter, ValidationError

from eventwatch.alerts.actions.base import ActionConfig, DeliveryContext, resolved
from eventwatch.alerts.actions.http import post_json
from eventwatch.models import Alert
from eventwatch.secrets import is_reference

MAX_EVENTS_LISTED = 5
_HTTP_URL: TypeAdapter[HttpUrl] = TypeAdapter(HttpUrl)


def _hook_url(value: str) -> str:
    """An http(s) URL, or a `${ENV:NAME}` reference to one (the URL is the secret)."""
    if value.startswith("${"):
        if not is_reference(value):
            raise ValueError("must be an http(s) URL or a reference like ${ENV:SLACK_HOOK_URL}")
        return value
    try:
        return str(_HTTP_URL.validate_python(value))
    except ValidationError:
        raise ValueError(f"{value[:60]!r} is not an http(s) URL") from None


HookUrl = Annotated[str, Field(max_length=2048), AfterValidator(_hook_url)]


class SlackConfig(ActionConfig):
    type: Literal["slack"]
    url: HookUrl = Field(description="secret: shown masked; may be ${ENV:NAME}")
    channel: str | None = None
    username: str | None = None


def slack_text(alert: Alert) -> str:
    lines = [f"*{alert.summary}*"]
    for event in alert.events[:MAX_EVENTS_LISTED]:
        lines.append(f"> {event.summary}\n> _{event.evidence.text.strip()}_")
    if len(alert.events) > MAX_EVENTS_LISTED:
        lines.append(f"and {len(alert.events) - MAX_EVENTS_LISTED} more events")
    return "\n".join(lines)


class SlackAction:
    type: ClassVar[str] = "slack"

    def __init__(self, config: SlackConfig) -> None:
        self.config = config

    async def send(self, alert: Alert, rule: dict[str, Any], ctx: DeliveryContext) -> int:
        body: dict[str, Any] = {"text": slack_text(alert)}
        if self.config.channel:
            body["channel"] = self.config.channel
        if self.config.username:
            body["username"] = self.config.username
        return await post_json(resolved(self.config.url), body, ctx, timeout=5.0, retries=2)
