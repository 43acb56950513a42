"""Exception handlers: bad input is a 4xx that names the field; a server we need is a 503."""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from typing import Any, TypeVar, cast

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response

from eventwatch.errors import EventwatchError, InvalidArticle, ServiceUnavailable, UsageError

log = logging.getLogger(__name__)
E = TypeVar("E", bound=Exception)


class InvalidField(UsageError):
    """Input refused by the API: answered 422 naming the field."""

    def __init__(self, message: str, *, field: str | None = None, status: int = 422) -> None:
        super().__init__(message)
        self.field = field
        self.status = status


def field_name(loc: tuple | list) -> str:
    """('body', 'match', 'types', 0) -> 'match.types[0]'; the request part is dropped."""
    parts = list(loc)
    if parts and parts[0] in ("body", "query", "path", "header", "cookie"):
        parts = parts[1:]
    name = ""
    for part in parts:
        name += f"[{part}]" if isinstance(part, int) else (f".{part}" if name else str(part))
    return name or "body"


def problem(status: int, message: str, field: str | None = None, **extra: object) -> JSONResponse:
    body: dict[str, object] = {"detail": message}
    if field is not None:
        body["field"] = field
    body.update(extra)
    return JSONResponse(body, status_code=status)


async def _validation(_: Request, exc: RequestValidationError) -> JSONResponse:
    errors = [
        {"field": field_name(e.get("loc", ())), "message": str(e.get("msg", "invalid"))}
        for e in exc.errors()
    ]
    first = errors[0] if errors else {"field": "body", "message": "invalid"}
    return problem(
        422, f"field '{first['field']}': {first['message']}", first["field"], errors=errors
    )


async def _invalid_field(_: Request, exc: InvalidField) -> JSONResponse:
    return problem(exc.status, str(exc), exc.field)


async def _invalid_article(_: Request, exc: InvalidArticle) -> JSONResponse:
    return problem(422, exc.reason, exc.field or "body")


async def _usage(_: Request, exc: UsageError) -> JSONResponse:
    return problem(getattr(exc, "status", 400), str(exc), getattr(exc, "field", None))


async def _unavailable(_: Request, exc: Exception) -> JSONResponse:
    log.warning("backend unavailable: %s", exc)
    return problem(503, f"a backend is unavailable: {exc}")


async def _failure(_: Request, exc: EventwatchError) -> JSONResponse:
    return problem(500, str(exc))


def handle(
    app: FastAPI, exc_type: type[E], handler: Callable[[Request, E], Awaitable[Response]]
) -> None:
    # Starlette types a handler as taking any Exception; ours take the class they handle.
    app.add_exception_handler(exc_type, cast(Any, handler))


def install(app: FastAPI) -> None:
    handle(app, RequestValidationError, _validation)
    handle(app, InvalidField, _invalid_field)
    handle(app, InvalidArticle, _invalid_article)
    handle(app, UsageError, _usage)
    handle(app, ServiceUnavailable, _unavailable)
    handle(app, EventwatchError, _failure)
    from elasticsearch import ConnectionError as ESConnectionError
    from elasticsearch import NotFoundError, RequestError, TransportError

    async def _es_not_found(_: Request, exc: NotFoundError) -> JSONResponse:
        return problem(404, "not found")

    async def _es_request(_: Request, exc: RequestError) -> JSONResponse:
        return problem(400, f"the search was refused: {_es_reason(exc)}", "q")

    async def _es_transport(request: Request, exc: TransportError) -> JSONResponse:
        return await _unavailable(request, exc)

    handle(app, NotFoundError, _es_not_found)
    handle(app, RequestError, _es_request)
    handle(app, ESConnectionError, _es_transport)
    handle(app, TransportError, _es_transport)
    from kafka.errors import KafkaError

    handle(app, KafkaError, _unavailable)


def _es_reason(exc: Exception) -> str:
    info = getattr(exc, "info", None)
    if isinstance(info, dict):
        error = info.get("error")
        if isinstance(error, dict):
            causes = error.get("root_cause") or [error]
            return str(causes[0].get("reason", "bad request"))[:200]
    return "bad request"
