"""`type: slack`: a Slack-compatible incoming webhook (also Mattermost, Rocket.Chat)."""

from __future__ import annotations

from typing import Any, ClassVar, Literal

from pydantic import HttpUrl

from eventwatch.alerts.actions.base import ActionConfig, DeliveryContext
from eventwatch.alerts.actions.http import post_json
from eventwatch.models import Alert

MAX_EVENTS_LISTED = 5


class SlackConfig(ActionConfig):
    type: Literal["slack"]
    url: HttpUrl
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
        return await post_json(str(self.config.url), body, ctx, timeout=5.0, retries=2)
