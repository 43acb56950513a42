"""Durations written the way analysts write them in rules and feeds: 30s, 10m, 1h, 7d, 2w."""

from __future__ import annotations

import re
from datetime import timedelta

_DURATION_RE = re.compile(r"^\s*(\d+)\s*([smhdw])\s*$")
_UNIT_SECONDS = {"s": 1, "m": 60, "h": 3600, "d": 86400, "w": 604800}
DURATION_PATTERN = r"^\s*\d+\s*[smhdw]\s*$"
# Far beyond any window or look-back, and small enough that now minus it is still a date
# (9999999w is not: the subtraction overflowed into a 500).
MAX_DURATION = timedelta(days=100 * 366)


def parse_duration(value: object) -> timedelta:
    """'10m' -> 10 minutes; a timedelta passes through; anything else is refused."""
    if isinstance(value, timedelta):
        return value
    if isinstance(value, str):
        match = _DURATION_RE.match(value)
        if match and int(match.group(1)) > 0:
            seconds = int(match.group(1)) * _UNIT_SECONDS[match.group(2)]
            if seconds > MAX_DURATION.total_seconds():
                raise ValueError(f"{value[:40]!r} is longer than 100 years")
            return timedelta(seconds=seconds)
    raise ValueError(f"{value!r} is not a duration like 10m, 1h, 7d")


def format_duration(value: timedelta) -> str:
    """The shortest exact spelling, so a rule dumped and parsed again is the same rule."""
    seconds = int(value.total_seconds())
    for unit in ("w", "d", "h", "m"):
        size = _UNIT_SECONDS[unit]
        if seconds % size == 0:
            return f"{seconds // size}{unit}"
    return f"{seconds}s"
