"""EventQuery: the validated search request shared by the CLI, the API and backtests.

Nothing a user types reaches Elasticsearch as DSL: free text goes through
simple_query_string (which never raises on syntax), everything else into term filters.
"""

from __future__ import annotations

import base64
import json
import re
from datetime import UTC, datetime, timedelta
from typing import Any, Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    ValidationError,
    field_validator,
    model_validator,
)

from eventwatch.errors import UsageError
from eventwatch.models import EVENT_TYPES, Modality

MAX_QUERY_CHARS = 2000
MAX_LIMIT = 500
_RELATIVE = re.compile(r"^(\d{1,6})([smhdw])$")
_UNITS = {"s": "seconds", "m": "minutes", "h": "hours", "d": "days", "w": "weeks"}
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
# Singular names (as the dashboard and the CLI call them) -> the list fields.
_SINGULAR = {
    "type": "types",
    "country": "countries",
    "actor": "actors",
    "source": "sources",
    "language": "languages",
    "lang": "languages",
}


def parse_time(value: str | datetime, field: str, now: datetime | None = None) -> datetime:
    """'24h', '7d', '30m' -> now minus that; ISO 8601 -> itself (UTC when naive)."""
    if isinstance(value, datetime):
        return value if value.tzinfo else value.replace(tzinfo=UTC)
    text = value.strip()
    match = _RELATIVE.match(text)
    if match:
        amount, unit = int(match.group(1)), _UNITS[match.group(2)]
        return (now or datetime.now(UTC)) - timedelta(**{unit: amount})
    try:
        parsed = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        raise ValueError(
            f"{field}: expected a duration like 24h or 7d, or an ISO 8601 date; got {value!r}"
        ) from None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


class InvalidQuery(UsageError):
    """A search request that cannot run; names the field (the API answers 422)."""

    status = 422

    def __init__(self, message: str, *, field: str) -> None:
        super().__init__(message)
        self.field = field


def _invalid(exc: ValidationError) -> InvalidQuery:
    first = exc.errors()[0]
    where = ".".join(str(p) for p in first.get("loc", ())) or "query"
    message = str(first.get("msg")).removeprefix("Value error, ")
    message = message.removeprefix(f"{where}: ")  # validators may name the field already
    return InvalidQuery(f"{where}: {message}", field=where)


class EventQuery(BaseModel):
    """Construction raises InvalidQuery (a UsageError naming the field) on bad input, so
    the CLI exits 2 and the API answers 422 whoever builds the query."""

    model_config = ConfigDict(extra="forbid")

    def __init__(self, **data: Any) -> None:
        try:
            super().__init__(**data)
        except ValidationError as exc:
            raise _invalid(exc) from None

    q: str | None = Field(default=None, max_length=MAX_QUERY_CHARS)
    types: list[str] = Field(default_factory=list)
    countries: list[str] = Field(default_factory=list)
    actors: list[str] = Field(default_factory=list)
    sources: list[str] = Field(default_factory=list)
    languages: list[str] = Field(default_factory=list)
    min_severity: int | None = Field(default=None, ge=1, le=5)
    min_confidence: float | None = Field(default=None, ge=0.0, le=1.0)
    modality: list[Modality] = Field(default_factory=list)
    since: datetime | None = None
    until: datetime | None = None
    sort: Literal["time", "relevance"] = "time"
    limit: int = Field(default=20, ge=0, le=MAX_LIMIT)
    search_after: str | None = Field(default=None, max_length=1000)

    @model_validator(mode="before")
    @classmethod
    def _singular_names(cls, data: Any) -> Any:
        if not isinstance(data, dict):
            return data
        data = dict(data)
        for singular, plural in _SINGULAR.items():
            if singular in data:
                value = data.pop(singular)
                if value is not None and value != []:
                    values = value if isinstance(value, list) else [value]
                    data[plural] = [*(data.get(plural) or []), *values]
        if isinstance(data.get("modality"), str):
            data["modality"] = [data["modality"]]
        return data

    @field_validator("q")
    @classmethod
    def _clean_text(cls, value: str | None) -> str | None:
        if value is None:
            return None
        value = _CONTROL.sub(" ", value).strip()
        return value or None

    @field_validator("types")
    @classmethod
    def _known_types(cls, values: list[str]) -> list[str]:
        for value in values:
            if value not in EVENT_TYPES:
                raise ValueError(f"unknown event type {value!r}; one of {', '.join(EVENT_TYPES)}")
        return values

    @field_validator("countries")
    @classmethod
    def _country_codes(cls, values: list[str]) -> list[str]:
        out = []
        for value in values:
            code = value.strip().upper()
            if not re.fullmatch(r"[A-Z]{2}", code):
                raise ValueError(f"country must be an ISO 3166 alpha-2 code, got {value!r}")
            out.append(code)
        return out

    @field_validator("languages")
    @classmethod
    def _language_codes(cls, values: list[str]) -> list[str]:
        out = []
        for value in values:
            code = value.strip().lower()
            if not re.fullmatch(r"[a-z]{2}", code):
                raise ValueError(f"language must be an ISO 639-1 code, got {value!r}")
            out.append(code)
        return out

    @field_validator("actors", "sources")
    @classmethod
    def _short_values(cls, values: list[str]) -> list[str]:
        out = [_CONTROL.sub(" ", v).strip() for v in values]
        for value in out:
            if not value or len(value) > 200:
                raise ValueError("must be 1 to 200 characters")
        return out

    @field_validator("since", "until", mode="before")
    @classmethod
    def _times(cls, value: Any, info: Any) -> Any:
        if value is None or value == "":
            return None
        if isinstance(value, str | datetime):
            return parse_time(value, info.field_name)
        return value

    @field_validator("search_after")
    @classmethod
    def _token(cls, value: str | None) -> str | None:
        if value:
            decode_after(value)
        return value or None


def encode_after(values: list[Any]) -> str:
    return base64.urlsafe_b64encode(json.dumps(values).encode()).decode()


def decode_after(token: str) -> list[Any]:
    """The sort values of the last hit of a previous page; only tokens we gave out."""
    try:
        values = json.loads(base64.urlsafe_b64decode(token.encode()))
    except (ValueError, UnicodeError):
        values = None
    ok = isinstance(values, list) and 1 <= len(values) <= 3
    if not ok or not all(isinstance(v, int | float | str) for v in values):
        raise ValueError("not a search_after token this service gave out")
    return values
