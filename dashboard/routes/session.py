"""Browser login with an API key, kept in a signed HttpOnly session cookie."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Form, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from eventwatch.dashboard.auth import SESSION_COOKIE, SESSION_MAX_AGE
from eventwatch.dashboard.deps import StateDep, client_address
from eventwatch.dashboard.templating import render

router = APIRouter(include_in_schema=False)


def safe_next(target: str | None) -> str:
    """Only same-site paths: '/x' yes, '//evil.example' and 'https://...' no."""
    if not target or not target.startswith("/") or target.startswith("//") or "\\" in target:
        return "/"
    return target


@router.get("/login", response_class=HTMLResponse)
async def login_form(request: Request, state: StateDep, next: str = "/") -> Response:
    return render(request, "login.html", next=safe_next(next), error=None)


@router.post("/login", response_class=HTMLResponse)
async def login(
    request: Request, state: StateDep, key: Annotated[str, Form()] = "", next: str = "/"
) -> Response:
    address = client_address(request)
    wait = state.throttle.retry_after(address)
    if wait:
        refused = render(
            request,
            "login.html",
            status_code=429,
            next=safe_next(next),
            error=f"Too many wrong keys from your address: try again in {wait} seconds.",
        )
        refused.headers["Retry-After"] = str(wait)
        return refused
    principal = state.keyring.principal_for_key(key.strip())
    if principal is None:
        state.throttle.failed(address)
        return render(
            request,
            "login.html",
            status_code=401,
            next=safe_next(next),
            error="That key is not valid.",
        )
    response = RedirectResponse(safe_next(next), status_code=303)
    response.set_cookie(
        SESSION_COOKIE,
        state.keyring.new_session(principal),
        max_age=SESSION_MAX_AGE,
        httponly=True,
        samesite="lax",
        secure=request.url.scheme == "https",
    )
    return response


@router.post("/logout")
async def logout(request: Request, state: StateDep) -> Response:
    cookie = request.cookies.get(SESSION_COOKIE)
    if cookie:
        state.keyring.revoke(cookie)
    response = RedirectResponse("/login", status_code=303)
    response.delete_cookie(SESSION_COOKIE)
    return response
