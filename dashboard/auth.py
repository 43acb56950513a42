"""API keys, roles and the browser session (SPEC section 7).

Keys come from EVENTWATCH_API_KEYS (`key:role,...`). Without any, one local-development
key (`dev-admin`) is accepted and the UI says so loudly. The browser keeps its login in a
signed, HttpOnly cookie; requests authenticated by that cookie must also echo the CSRF
token of the session before they may change anything.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import os
import secrets
import time
from dataclasses import dataclass

from eventwatch.errors import UsageError

ROLES = ("viewer", "editor", "admin")
DEV_KEY = "dev-admin"
SESSION_COOKIE = "eventwatch_session"
CSRF_HEADER = "X-CSRF-Token"
SESSION_MAX_AGE = 12 * 3600


@dataclass(frozen=True)
class Principal:
    """Who is calling: the role, and whether the call came with the session cookie."""

    role: str
    key_id: str
    via_session: bool = False
    csrf: str | None = None

    def allows(self, needed: str) -> bool:
        return ROLES.index(self.role) >= ROLES.index(needed)


def parse_api_keys(spec: str) -> dict[str, str]:
    """`key:role,...` -> {key: role}; a malformed entry is a usage error naming it."""
    keys: dict[str, str] = {}
    for raw in spec.split(","):
        entry = raw.strip()
        if not entry:
            continue
        key, sep, role = entry.rpartition(":")
        role = role.strip().lower()
        if not sep or not key.strip() or role not in ROLES:
            shown = entry.split(":")[-1] if sep else "(no role)"
            raise UsageError(
                f"EVENTWATCH_API_KEYS: entry with role {shown!r} is not 'key:role' "
                f"with role one of {', '.join(ROLES)}"
            )
        keys[key.strip()] = role
    return keys


def key_id(key: str) -> str:
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:32]


class KeyRing:
    """The configured keys and the secret that signs session cookies."""

    def __init__(self, spec: str, *, secret: str | None = None) -> None:
        parsed = parse_api_keys(spec)
        self.dev_mode = not parsed
        self._roles = parsed or {DEV_KEY: "admin"}
        self._by_id = {key_id(k): role for k, role in self._roles.items()}
        secret = secret or os.environ.get("EVENTWATCH_SESSION_SECRET") or secrets.token_hex(32)
        self._secret = secret.encode("utf-8")

    def principal_for_key(self, key: str) -> Principal | None:
        role = self._roles.get(key)
        if role is None:
            # compare_digest over all keys would not help: dict lookup already leaks nothing
            # useful, and the key ids are hashes.
            return None
        return Principal(role=role, key_id=key_id(key))

    def new_session(self, principal: Principal) -> str:
        payload = {"k": principal.key_id, "c": secrets.token_urlsafe(24), "t": int(time.time())}
        body = base64.urlsafe_b64encode(json.dumps(payload).encode()).decode().rstrip("=")
        return f"{body}.{self._sign(body)}"

    def principal_for_session(self, cookie: str) -> Principal | None:
        body, _, signature = cookie.partition(".")
        if not body or not hmac.compare_digest(signature, self._sign(body)):
            return None
        try:
            padded = body + "=" * (-len(body) % 4)
            payload = json.loads(base64.urlsafe_b64decode(padded))
            kid, csrf, issued = str(payload["k"]), str(payload["c"]), int(payload["t"])
        except (ValueError, KeyError, TypeError):
            return None
        role = self._by_id.get(kid)
        if role is None or time.time() - issued > SESSION_MAX_AGE:
            return None
        return Principal(role=role, key_id=kid, via_session=True, csrf=csrf)

    def _sign(self, body: str) -> str:
        return hmac.new(self._secret, body.encode("ascii"), hashlib.sha256).hexdigest()
