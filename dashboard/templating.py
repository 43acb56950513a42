"""Jinja2 rendering with autoescape on, plus what every page needs (who, CSRF, dev banner)."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any

from fastapi import Request
from fastapi.responses import HTMLResponse
from fastapi.templating import Jinja2Templates
from markupsafe import Markup, escape

from eventwatch.dashboard import highlight
from eventwatch.taxonomy import colors

TEMPLATES = Jinja2Templates(directory=Path(__file__).parent / "templates")
TEMPLATES.env.autoescape = True  # every template, whatever its extension: article text is untrusted


def _when(value: Any) -> str:
    if not value:
        return ""
    try:
        moment = datetime.fromisoformat(str(value).replace("Z", "+00:00"))
    except ValueError:
        return str(value)
    return moment.strftime("%Y-%m-%d %H:%M UTC") if moment.tzinfo else moment.isoformat()


def _marked(text: str | None, start: int | None = None, end: int | None = None) -> Markup:
    """Text with [start:end) wrapped in <mark>; everything else escaped."""
    return highlight.mark_span(text or "", start, end)


def _hl(fragment: str | None) -> Markup:
    """An Elasticsearch highlight fragment: only our <mark> tags survive."""
    return highlight.safe_fragment(fragment or "")


TEMPLATES.env.filters.update(when=_when, marked=_marked, hl=_hl)
TEMPLATES.env.globals["escape"] = escape


def render(request: Request, name: str, *, status_code: int = 200, **context: Any) -> HTMLResponse:
    state = request.app.state.dashboard
    principal = getattr(request.state, "principal", None)
    context.update(
        request=request,
        principal=principal,
        csrf=principal.csrf if principal is not None else "",
        dev_mode=state.keyring.dev_mode,
        type_colors=colors(),
    )
    return TEMPLATES.TemplateResponse(request, name, context, status_code=status_code)
