"""What every action shares: its config base, the delivery context and the failure type."""

from __future__ import annotations

import ipaddress
import socket
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, ClassVar, Protocol
from urllib.parse import urlsplit

from pydantic import BaseModel, ConfigDict

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


def _is_public(address: str) -> bool:
    ip = ipaddress.ip_address(address.split("%", 1)[0])
    return ip.is_global and not ip.is_multicast


async def check_public_target(url: str, ctx: DeliveryContext) -> None:
    """Refuse loopback, private and link-local targets unless the operator allowed them.

    Webhook URLs come from rule editors; without this check a rule could make the worker
    call internal services (SSRF).
    """
    await check_public_host(urlsplit(url).hostname or "", ctx)


async def check_public_host(host: str, ctx: DeliveryContext) -> None:
    """The same guard for a bare host name (the email action's SMTP server)."""
    if ctx.allow_private:
        return
    import asyncio

    try:
        infos = await asyncio.get_running_loop().getaddrinfo(host, None, type=socket.SOCK_STREAM)
    except OSError as exc:
        raise DeliveryFailed(f"cannot resolve {host!r}: {exc}") from exc
    for info in infos:
        address = str(info[4][0])
        if not _is_public(address):
            raise DeliveryFailed(
                f"target {host} resolves to the private or loopback address {address}; "
                "set EVENTWATCH_WEBHOOK_ALLOW_PRIVATE=true to allow it"
            )


def resolved(value: str) -> str:
    """A secret field's value for sending: `${ENV:NAME}` read from the worker's environment."""
    try:
        return resolve(value)
    except MissingSecret as exc:
        raise DeliveryFailed(str(exc)) from None
