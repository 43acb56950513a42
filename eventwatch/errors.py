"""Errors that reach users. Each carries the exit code the CLI uses (SPEC section 7)."""

from __future__ import annotations


class EventwatchError(Exception):
    """A failure the user can act on; printed as one line, exit code 1."""

    exit_code = 1


class UsageError(EventwatchError):
    """Bad input or usage; exit code 2."""

    exit_code = 2


class InvalidArticle(UsageError):
    """An article that cannot be accepted; `reason` says exactly why."""

    def __init__(self, reason: str, *, field: str | None = None) -> None:
        super().__init__(reason)
        self.reason = reason
        self.field = field


class ServiceUnavailable(EventwatchError):
    """Kafka or Elasticsearch cannot be reached."""
