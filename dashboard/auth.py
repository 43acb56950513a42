"""API keys, roles and the browser session (SPEC section 7).

Keys come from EVENTWATCH_API_KEYS (`key:role,...`, each key at least MIN_KEY_LENGTH
characters). Without any, one local-development key (`dev-admin`) is accepted, only on
loopback host names (dashboard.security), and the UI says so loudly without printing it.

The browser keeps its login in a signed, HttpOnly cookie naming a session; logout revokes
that session on the server, so a copy of the cookie is worth nothing afterwards. Cookies
are signed with EVENTWATCH_SESSION_SECRET (random per process when unset) and name the key
by an HMAC under that secret, never by a plain hash of the key. Requests authenticated by
the cookie must also echo the CSRF token of the session before they may change anything.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import secrets
import time
from dataclasses import dataclass

from eventwatch.dashboard.revocations import Revocations
from eventwatch.errors import UsageError

ROLES = ("viewer", "editor", "admin")
DEV_KEY = "dev-admin"
SESSION_COOKIE = "eventwatch_session"
CSRF_HEADER = "X-CSRF-Token"
SESSION_MAX_AGE = 12 * 3600
MIN_KEY_LENGTH = 16
MIN_SECRET_LENGTH = 32


@dataclass(frozen=True)
class Principal:
    """Who is calling: the role, and whether the call came with the session cookie."""

    role: str
    key_id: str
    via_session: bool = False
    csrf: str | None = None
    session_id: str | None = None

    def allows(self, needed: str) -> bool:
        return ROLES.index(self.role) >= ROLES.index(needed)


def parse_api_keys(spec: str) -> dict[str, str]:
    """`key:role,...` -> {key: role}; a malformed entry is a usage error that never shows a key."""
    keys: dict[str, str] = {}
    for number, raw in enumerate(spec.split(","), start=1):
        entry = raw.strip()
        if not entry:
            continue
        key, sep, role = entry.rpartition(":")
        role = role.strip().lower()
        if not sep or not key.strip() or role not in ROLES:
            shown = entry.split(":")[-1] if sep else "(no role)"
            if len(shown) > 20:
                shown = "(no role)"
            raise UsageError(
                f"EVENTWATCH_API_KEYS: entry {number} with role {shown!r} is not 'key:role' "
                f"with role one of {', '.join(ROLES)}"
            )
        if len(key.strip()) < MIN_KEY_LENGTH:
            raise UsageError(
                f"EVENTWATCH_API_KEYS: the key of entry {number} (role {role}) has "
                f"{len(key.strip())} characters; at least {MIN_KEY_LENGTH} are required"
            )
        keys[key.strip()] = role
    return keys


def session_secret(configured: str | None) -> bytes:
    if configured is None:
        return secrets.token_bytes(32)
    if len(configured) < MIN_SECRET_LENGTH:
        raise UsageError(
            f"EVENTWATCH_SESSION_SECRET has {len(configured)} characters; "
            f"at least {MIN_SECRET_LENGTH} are required"
        )
    return configured.encode("utf-8")


class KeyRing:
    """The configured keys, the secret that signs session cookies, and revoked sessions."""

    def __init__(
        self, spec: str, *, secret: str | None = None, revocations: Revocations | None = None
    ) -> None:
        parsed = parse_api_keys(spec)
        self.dev_mode = not parsed
        self._secret = session_secret(secret)
        self._roles = parsed or {DEV_KEY: "admin"}
        self._by_id = {self.key_id(k): role for k, role in self._roles.items()}
        self._revoked = revocations or Revocations()

    def key_id(self, key: str) -> str:
        """Names a key in cookies: an HMAC under the session secret, useless without it."""
        digest = hmac.new(self._secret, b"key\x00" + key.encode("utf-8"), hashlib.sha256)
        return digest.hexdigest()[:32]

    def principal_for_key(self, key: str) -> Principal | None:
        role = self._roles.get(key)
        if role is None:
            return None
        return Principal(role=role, key_id=self.key_id(key))

    def new_session(self, principal: Principal) -> str:
        payload = {
            "s": secrets.token_urlsafe(16),
            "k": principal.key_id,
            "c": secrets.token_urlsafe(24),
            "t": int(time.time()),
        }
        body = base64.urlsafe_b64encode(json.dumps(payload).encode()).decode().rstrip("=")
        return f"{body}.{self._sign(body)}"

    def principal_for_session(self, cookie: str) -> Principal | None:
        body, _, signature = cookie.partition(".")
        if not body or not hmac.compare_digest(signature, self._sign(body)):
            return None
        try:
            padded = body + "=" * (-len(body) % 4)
            payload = json.loads(base64.urlsafe_b64decode(padded))
            sid, kid = str(payload["s"]), str(payload["k"])
            csrf, issued = str(payload["c"]), int(payload["t"])
        except (ValueError, KeyError, TypeError):
            return None
        role = self._by_id.get(kid)
        if role is None or time.time() - issued > SESSION_MAX_AGE:
            return None
        if sid in self._revoked:
            return None
        return Principal(role=role, key_id=kid, via_session=True, csrf=csrf, session_id=sid)

    def revoke(self, cookie: str) -> None:
        """Logout: this session is refused from now on, whoever holds a copy of the cookie."""
        principal = self.principal_for_session(cookie)
        if principal is None or principal.session_id is None:
            return
        self._revoked.revoke(principal.session_id, time.time() + SESSION_MAX_AGE)

    def _sign(self, body: str) -> str:
        return hmac.new(self._secret, body.encode("ascii"), hashlib.sha256).hexdigest()
