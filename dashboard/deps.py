"""Request dependencies as Annotated types: settings, clients, and who may do what."""

from __future__ import annotations

import hmac
from collections.abc import Callable
from typing import Annotated, Any

from fastapi import Depends, HTTPException, Request

from eventwatch.dashboard.auth import CSRF_HEADER, SESSION_COOKIE, KeyRing, Principal
from eventwatch.dashboard.state import DashboardState
from eventwatch.names import Names
from eventwatch.settings import Settings

SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})


def get_state(request: Request) -> DashboardState:
    return request.app.state.dashboard


StateDep = Annotated[DashboardState, Depends(get_state)]


def get_settings_dep(state: StateDep) -> Settings:
    return state.settings


def get_names(state: StateDep) -> Names:
    return state.settings.names


def get_es(state: StateDep) -> Any:
    return state.elasticsearch()


SettingsDep = Annotated[Settings, Depends(get_settings_dep)]
NamesDep = Annotated[Names, Depends(get_names)]
ESDep = Annotated[Any, Depends(get_es)]


def identify(request: Request) -> Principal | None:
    """The caller from X-API-Key, else from the session cookie; None when anonymous."""
    state: DashboardState = request.app.state.dashboard
    keyring: KeyRing = state.keyring
    key = request.headers.get("X-API-Key")
    if key is not None:
        address = client_address(request)
        refuse_if_throttled(state, address)
        principal = keyring.principal_for_key(key)
        if principal is None:
            state.throttle.failed(address)
            raise HTTPException(401, "invalid API key", headers={"WWW-Authenticate": "X-API-Key"})
        return principal
    cookie = request.cookies.get(SESSION_COOKIE)
    return keyring.principal_for_session(cookie) if cookie else None


def client_address(request: Request) -> str:
    return request.client.host if request.client else "unknown"


def refuse_if_throttled(state: DashboardState, address: str) -> None:
    wait = state.throttle.retry_after(address)
    if wait:
        raise HTTPException(
            429,
            f"too many failed keys from your address; try again in {wait} s",
            headers={"Retry-After": str(wait)},
        )


def _require(role: str) -> Callable[[Request], Principal]:
    def dependency(request: Request) -> Principal:
        principal = identify(request)
        if principal is None:
            raise HTTPException(
                401,
                "an API key is required (header X-API-Key)",
                headers={"WWW-Authenticate": "X-API-Key"},
            )
        if not principal.allows(role):
            raise HTTPException(403, f"this needs the {role} role; your key has {principal.role}")
        if principal.via_session and request.method not in SAFE_METHODS:
            sent = request.headers.get(CSRF_HEADER)
            if not sent or not hmac.compare_digest(sent, principal.csrf or ""):
                raise HTTPException(403, f"missing or wrong CSRF token (header {CSRF_HEADER})")
        return principal

    return dependency


Viewer = Annotated[Principal, Depends(_require("viewer"))]
Editor = Annotated[Principal, Depends(_require("editor"))]
Admin = Annotated[Principal, Depends(_require("admin"))]
