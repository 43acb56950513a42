"""What every action shares: its config base, the delivery context and the failure type."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, ClassVar, Protocol

from pydantic import BaseModel, ConfigDict

from eventwatch.addresses import PrivateTargetRefused, check_public_url
from eventwatch.models import Alert
from eventwatch.secrets import MissingSecret, resolve

if TYPE_CHECKING:
    import httpx


class ActionConfig(BaseModel):
    model_config = ConfigDict(extra="forbid")


class DeliveryFailed(Exception):
    """A delivery that did not happen; the message goes into the alert's deliveries[]."""

    def __init__(self, message: str, *, attempts: int = 1) -> None:
        super().__init__(message)
        self.attempts = attempts


@dataclass
class DeliveryContext:
    """Shared by all actions of one worker: one HTTP client, the private-target policy."""

    allow_private: bool = False
    http: httpx.AsyncClient | None = None
    backoff_seconds: float = 0.5
    extra: dict[str, Any] = field(default_factory=dict)


class Action(Protocol):
    type: ClassVar[str]

    def __init__(self, config: Any) -> None: ...

    async def send(self, alert: Alert, rule: dict[str, Any], ctx: DeliveryContext) -> int:
        """Deliver; return the number of attempts it took, or raise DeliveryFailed."""
        ...


async def check_public_target(url: str, ctx: DeliveryContext) -> None:
    """Refuse loopback, private and link-local targets unless the operator allowed them
    (the core's policy, shared with the feed poller)."""
    try:
        await check_public_url(
            url, allow_private=ctx.allow_private, setting="EVENTWATCH_WEBHOOK_ALLOW_PRIVATE"
        )
    except PrivateTargetRefused as exc:
        raise DeliveryFailed(str(exc)) from exc


async def check_public_host(host: str, ctx: DeliveryContext) -> None:
    """The same guard for a bare host name (the email action's SMTP server)."""
    await check_public_target(f"smtp://[{host}]" if ":" in host else f"smtp://{host}", ctx)


def resolved(value: str) -> str:
    """A secret field's value for sending: `${ENV:NAME}` read from the worker's environment."""
    try:
        return resolve(value)
    except MissingSecret as exc:
        raise DeliveryFailed(str(exc)) from None
