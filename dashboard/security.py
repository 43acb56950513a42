"""ASGI middleware in front of every route: security headers, Host checking in development
mode, and a cap on request bodies.

- Headers (OWASP secure headers): no framing (X-Frame-Options and CSP frame-ancestors, so
  another site cannot make a logged-in editor click through /rules), scripts and styles only
  from this origin, no MIME sniffing, no full URLs in Referer to other sites.
- Development mode (no EVENTWATCH_API_KEYS): the well-known dev key grants admin, so only
  loopback host names are served; a DNS-rebinding page would send its own name as Host.
- Bodies: refused with 413 as soon as more bytes arrive than the limit, so a 200 MB upload is
  never held in memory (the bytes up to the limit are read, so POST /api/articles can still
  dead-letter the start of what it refused).
"""

from __future__ import annotations

import json
from typing import Any

from fastapi import HTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

CONTENT_SECURITY_POLICY = "; ".join(
    [
        "default-src 'self'",
        "script-src 'self'",
        "style-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'none'",
        "form-action 'self'",
        "frame-ancestors 'none'",
    ]
)
SECURITY_HEADERS = [
    (b"content-security-policy", CONTENT_SECURITY_POLICY.encode()),
    (b"x-frame-options", b"DENY"),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"same-origin"),
]
LOOPBACK_HOSTS = frozenset({"localhost", "127.0.0.1", "::1", "[::1]"})


class SecurityMiddleware:
    def __init__(self, app: ASGIApp, *, dev_mode: bool, max_body_bytes: int) -> None:
        self.app = app
        self.dev_mode = dev_mode
        self.max_body_bytes = max_body_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = _headers(scope)

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                names = {name.lower() for name, _ in message.get("headers", [])}
                extra = [(n, v) for n, v in SECURITY_HEADERS if n not in names]
                message["headers"] = [*message.get("headers", []), *extra]
            await send(message)

        if self.dev_mode and not is_loopback_host(headers.get("host", "")):
            await _problem(
                send_with_headers,
                400,
                "Host",
                "development mode (no API keys) serves only localhost, 127.0.0.1 and [::1] as Host",
            )
            return
        await self.app(scope, self._limited(receive, send_with_headers), send_with_headers)

    def _too_large(self) -> str:
        return f"the request body is larger than {self.max_body_bytes} bytes"

    def _limited(self, receive: Receive, send: Send) -> Receive:
        seen = 0
        over = False

        async def limited_receive() -> Message:
            nonlocal seen, over
            if over:
                raise BodyTooLarge(self._too_large())
            message = await receive()
            if message["type"] == "http.request":
                body = message.get("body", b"")
                if seen + len(body) > self.max_body_bytes:
                    # Hand on what fits and say more is coming: the next read raises, and the
                    # reader (POST /api/articles) still has the start to dead-letter.
                    over = True
                    fits = body[: self.max_body_bytes - seen]
                    message = {**message, "body": fits, "more_body": True}
                seen += len(message.get("body", b""))
            return message

        return limited_receive


class BodyTooLarge(HTTPException):
    """Raised inside the app's body read; an HTTPException so FastAPI answers it as is (413)."""

    def __init__(self, message: str) -> None:
        super().__init__(413, message)


def is_loopback_host(host: str) -> bool:
    name = host.strip().lower()
    if name.startswith("["):
        name = name[: name.find("]") + 1] if "]" in name else name
    elif ":" in name:
        name = name.rsplit(":", 1)[0]
    return name in LOOPBACK_HOSTS


def _headers(scope: Scope) -> dict[str, str]:
    return {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope["headers"]}


async def _problem(send: Any, status: int, field: str, message: str) -> None:
    body = json.dumps({"detail": message, "field": field}).encode()
    await send(
        {
            "type": "http.response.start",
            "status": status,
            "headers": [
                (b"content-type", b"application/json"),
                (b"content-length", str(len(body)).encode()),
            ],
        }
    )
    await send({"type": "http.response.body", "body": body})
