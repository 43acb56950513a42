"""Feeds as configuration (SPEC section 7): one YAML document per feed, validated like rules.

`parse_feed(dict)` and `parse_feeds_yaml(text)` are the one validator the CLI, the API and
the workers use; they raise InvalidFeed, whose message and `.field` name the offending field.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Annotated, Any
from urllib.parse import urlsplit

import yaml
from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    PlainSerializer,
    ValidationError,
    WithJsonSchema,
    field_validator,
)

from eventwatch.durations import DURATION_PATTERN, format_duration, parse_duration
from eventwatch.errors import UsageError
from eventwatch.settings import get_settings

FEED_ID_RE = r"^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$"
LANGUAGE_RE = r"^[a-z]{2}$"
DEFAULT_INTERVAL = timedelta(minutes=5)
_PATTERN_MEANINGS = {
    FEED_ID_RE: "letters, digits, '.', '_' or '-' (starting with a letter or digit, at most 100)",
    LANGUAGE_RE: "a two-letter lower-case ISO 639-1 language code such as de",
}

Duration = Annotated[
    timedelta,
    BeforeValidator(parse_duration),
    PlainSerializer(format_duration, return_type=str),
    WithJsonSchema({"type": "string", "pattern": DURATION_PATTERN, "examples": ["5m", "30s"]}),
]


class InvalidFeed(UsageError):
    """A feed refused; the message names the feed and the field. The API answers 422."""

    status = 422

    def __init__(self, message: str, *, field: str, feed_id: str | None = None) -> None:
        prefix = f"feed {feed_id!r}: " if feed_id else "feed: "
        super().__init__(f"{prefix}{field}: {message}")
        self.field = field
        self.feed_id = feed_id
        self.reason = message


class FeedConfig(BaseModel):
    """One watched feed: where it is, what outlet it is, how often it is polled."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str = Field(pattern=FEED_ID_RE)
    url: str = Field(max_length=4096, description="http(s) URL of an RSS or Atom feed")
    name: str | None = Field(None, max_length=200, description="the outlet, as shown on articles")
    language: str | None = Field(None, pattern=LANGUAGE_RE)
    interval: Duration = Field(DEFAULT_INTERVAL, description="how often to poll, at least 30s")

    @field_validator("url")
    @classmethod
    def _http_url(cls, value: str) -> str:
        parts = urlsplit(value.strip())
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise ValueError(f"{value!r} is not an http(s) URL")
        if parts.username or parts.password:
            # They would show in `feeds list`, the dashboard and the logs.
            raise ValueError("credentials in the URL are not supported")
        return value.strip()

    @field_validator("interval")
    @classmethod
    def _not_too_often(cls, value: timedelta) -> timedelta:
        floor = min_interval()
        if value < floor:
            raise ValueError(
                f"{format_duration(value)} is too often: at least {format_duration(floor)}"
            )
        return value


def min_interval() -> timedelta:
    """The shortest interval accepted: 30s (politeness: no outlet wants to be asked more often,
    and a minute is the freshness target) unless EVENTWATCH_FEEDS_MIN_INTERVAL_SECONDS lowers it."""
    return timedelta(seconds=get_settings().feeds_min_interval_seconds)


def parse_feed(data: Any) -> FeedConfig:
    """A validated feed from a dict (YAML document, API body); InvalidFeed names the field."""
    feed_id = data.get("id") if isinstance(data, dict) else None
    feed_id = feed_id if isinstance(feed_id, str) else None
    if not isinstance(data, dict):
        raise InvalidFeed(f"must be a mapping, got {type(data).__name__}", field="feed")
    try:
        return FeedConfig.model_validate(data)
    except ValidationError as exc:
        field, message = _first_error(exc)
        raise InvalidFeed(message, field=field, feed_id=feed_id) from None


def _first_error(exc: ValidationError) -> tuple[str, str]:
    error = exc.errors()[0]
    loc = [str(part) for part in error.get("loc", ())]
    kind = error.get("type")
    message = str(error.get("msg", "invalid")).removeprefix("Value error, ")
    if kind == "missing":
        message = "required but missing"
    elif kind == "extra_forbidden":
        message = "unknown field (feeds have id, url, name, language, interval)"
    elif kind == "string_pattern_mismatch":
        pattern = str((error.get("ctx") or {}).get("pattern", ""))
        meaning = _PATTERN_MEANINGS.get(pattern, f"text matching {pattern}")
        message = f"{error.get('input')!r}: must be {meaning}"
    return ".".join(loc) or "feed", message


def parse_feeds_yaml(text: str, *, source: str = "<feeds>") -> list[FeedConfig]:
    """All feeds of a multi-document YAML text (a document may also be a list of feeds)."""
    try:
        documents = [d for d in yaml.safe_load_all(text) if d is not None]
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" at line {mark.line + 1}" if mark is not None else ""
        raise InvalidFeed(f"not valid YAML{where}", field=source) from None
    feeds: list[FeedConfig] = []
    seen: set[str] = set()
    for document in documents:
        for data in document if isinstance(document, list) else [document]:
            feed = parse_feed(data)
            if feed.id in seen:
                raise InvalidFeed("appears twice", field="id", feed_id=feed.id)
            seen.add(feed.id)
            feeds.append(feed)
    return feeds


def feed_to_dict(feed: FeedConfig) -> dict[str, Any]:
    return feed.model_dump(mode="json", exclude_none=True)
