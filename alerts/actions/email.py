"""`type: email`: a plain-text mail over SMTP.

The server comes from EVENTWATCH_SMTP_HOST / _PORT / _FROM / _USERNAME / _PASSWORD /
_STARTTLS unless the action names its own host, port and credentials. An action's own
host goes through the same private-address guard as webhook URLs, and a failure reads the
same whatever happened on the wire, so deliveries[] cannot be used to scan ports.
"""

from __future__ import annotations

import asyncio
import hashlib
import logging
import smtplib
from email.message import EmailMessage
from typing import Annotated, Any, ClassVar, Literal

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict

from eventwatch.alerts.actions.base import (
    ActionConfig,
    DeliveryContext,
    DeliveryFailed,
    check_public_host,
    resolved,
)
from eventwatch.models import Alert

log = logging.getLogger(__name__)
# One address per list item: no commas, semicolons, quotes, brackets or whitespace, which
# a mail header would read as several recipients.
ADDRESS = r"^[^@\s,;<>()\"\[\]\\]{1,64}@[^@\s,;<>()\"\[\]\\]{1,255}$"
# Text on one line: CR or LF would start a new header (Bcc: ...).
ONE_LINE = r"^[^\r\n\x00]*$"
MAX_RECIPIENTS = 50
FAILED = "SMTP delivery failed (the worker's log has the details)"


class SmtpSettings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="EVENTWATCH_SMTP_", extra="ignore")

    host: str = "127.0.0.1"
    port: int = 25
    sender: str = Field(default="eventwatch@localhost", validation_alias="EVENTWATCH_SMTP_FROM")
    username: str | None = None
    password: str | None = None
    starttls: bool = False
    timeout: float = 10.0


class EmailConfig(ActionConfig):
    type: Literal["email"]
    to: list[Annotated[str, Field(pattern=ADDRESS)]] = Field(
        min_length=1, max_length=MAX_RECIPIENTS
    )
    subject: str | None = Field(default=None, max_length=300, pattern=ONE_LINE)
    host: str | None = Field(default=None, max_length=255, pattern=r"^[A-Za-z0-9.:\[\]-]+$")
    port: int | None = Field(default=None, ge=1, le=65535)
    username: str | None = Field(default=None, max_length=200, pattern=ONE_LINE)
    password: str | None = Field(
        default=None, max_length=500, description="secret: shown masked; may be ${ENV:NAME}"
    )


def email_message(
    alert: Alert, rule: dict[str, Any], config: EmailConfig, sender: str
) -> EmailMessage:
    message = EmailMessage()
    message["Subject"] = config.subject or f"[eventwatch] {alert.summary}"
    message["From"] = sender
    message["To"] = ", ".join(config.to)
    message["X-Eventwatch-Alert"] = alert.id
    # Stable per alert and recipient list: mail stores that drop repeated Message-IDs
    # drop the repeat a crash right after sending can cause.
    message["Message-ID"] = f"<{alert.id}.{_digest(config.to)}@eventwatch>"
    lines = [alert.summary, "", f"Rule: {rule.get('name') or alert.rule_id} ({alert.rule_id})"]
    lines += [f"Group: {alert.group or '-'}", f"Fired at: {alert.fired_at.isoformat()}", ""]
    for event in alert.events:
        lines.append(f"- {event.summary} (confidence {event.confidence:.2f})")
        lines.append(f"  Evidence: {event.evidence.text.strip()}")
        if event.article.url:
            lines.append(f"  Source: {event.article.url}")
    message.set_content("\n".join(lines))
    return message


def _digest(recipients: list[str]) -> str:
    return hashlib.sha256(",".join(recipients).encode()).hexdigest()[:12]


class EmailAction:
    type: ClassVar[str] = "email"

    def __init__(self, config: EmailConfig) -> None:
        self.config = config

    async def send(self, alert: Alert, rule: dict[str, Any], ctx: DeliveryContext) -> int:
        smtp = SmtpSettings()
        if self.config.host or self.config.port:
            # Only the operator's own server (EVENTWATCH_SMTP_HOST/_PORT) is trusted as is.
            await check_public_host(self.config.host or smtp.host, ctx)
        password = resolved(self.config.password) if self.config.password else smtp.password
        message = email_message(alert, rule, self.config, smtp.sender)
        try:
            await asyncio.to_thread(self._send_sync, smtp, message, password)
        except (OSError, smtplib.SMTPException) as exc:
            log.warning("rule %s: SMTP delivery failed: %s", alert.rule_id, exc)
            raise DeliveryFailed(FAILED) from None
        return 1

    def _send_sync(self, smtp: SmtpSettings, message: EmailMessage, password: str | None) -> None:
        host = self.config.host or smtp.host
        port = self.config.port or smtp.port
        username = self.config.username or smtp.username
        with smtplib.SMTP(host, port, timeout=smtp.timeout) as client:
            if smtp.starttls:
                client.starttls()
            if username:
                client.login(username, password or "")
            client.send_message(message)
