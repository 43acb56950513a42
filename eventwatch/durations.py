"""Durations written the way analysts write them in rules and feeds: 30s, 10m, 1h, 7d, 2w."""

from __future__ import annotations

import re
from datetime import timedelta

_DURATION_RE = re.compile(r"^\s*(\d+)\s*([smhdw])\s*$")
_UNIT_SECONDS = {"s": 1, "m": 60, "h": 3600, "d": 86400, "w": 604800}
DURATION_PATTERN = r"^\s*\d+\s*[smhdw]\s*$"


def parse_duration(value: object) -> timedelta:
    """'10m' -> 10 minutes; a timedelta passes through; anything else is refused."""
    if isinstance(value, timedelta):
        return value
    if isinstance(value, str):
        match = _DURATION_RE.match(value)
        if match and int(match.group(1)) > 0:
            try:
                return timedelta(seconds=int(match.group(1)) * _UNIT_SECONDS[match.group(2)])
            except OverflowError:
                raise ValueError(f"{value!r} is longer than any duration can be") from None
    raise ValueError(f"{value!r} is not a duration like 10m, 1h, 7d")


def format_duration(value: timedelta) -> str:
    """The shortest exact spelling, so a rule dumped and parsed again is the same rule."""
    seconds = int(value.total_seconds())
    for unit in ("w", "d", "h", "m"):
        size = _UNIT_SECONDS[unit]
        if seconds % size == 0:
            return f"{seconds // size}{unit}"
    return f"{seconds}s"
