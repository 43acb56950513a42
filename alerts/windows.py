"""Windowed rule state as pure functions over a mapping (a dict in tests, a Faust table live).

Values are JSON-able and always assigned back (never mutated in place) so that a Faust
table writes every change to its changelog and a restarted worker resumes from it.
"""

from __future__ import annotations

from collections.abc import MutableMapping
from typing import Any

State = MutableMapping[str, Any]
KEEP_EVENTS = 10  # full events kept per window for the alert body; older ones only counted
MAX_SPIKE_POINTS = 5000


def threshold_step(
    state: State, key: str, ts: float, event: dict[str, Any], window_s: float, threshold: int
) -> list[dict[str, Any]] | None:
    """Count the event; at `threshold` events within the window return them and start over.

    An event already counted (a replay) changes nothing, nor does one older than the
    window behind the newest counted. Entries are [ts, id, doc|None].
    """
    stored = state.get(key) or []
    newest = max([ts, *(e[0] for e in stored)])
    if ts <= newest - window_s:
        return None  # too late for any window that is still open (or a replay of it)
    entries = [e for e in stored if e[0] > newest - window_s]
    if any(e[1] == event["id"] for e in entries):
        return None
    entries.append([ts, event["id"], event])
    if len(entries) >= threshold:
        state[key] = []
        return [e[2] for e in entries if e[2] is not None]
    for entry in entries[:-KEEP_EVENTS]:
        entry[2] = None
    state[key] = entries
    return None


def spike_step(
    state: State,
    key: str,
    ts: float,
    *,
    window_s: float,
    baseline_s: float,
    factor: float,
    min_count: int,
) -> int | None:
    """Record the event; the window's count when its rate is `factor` times the baseline's."""
    points = [p for p in state.get(key) or [] if p > ts - baseline_s]
    points.append(ts)
    state[key] = points[-MAX_SPIKE_POINTS:]
    in_window = sum(1 for p in points if p > ts - window_s)
    before = len(points) - in_window
    # An empty baseline counts as one event, so a first burst needs min_count and factor.
    baseline_rate = max(before, 1) / (baseline_s - window_s)
    if in_window >= min_count and in_window / window_s >= factor * baseline_rate:
        return in_window
    return None


def new_terms(state: State, key: str, values: list[str]) -> list[str]:
    """The values not seen before under `key` (and remember them)."""
    seen = set(state.get(key) or [])
    new = sorted({v for v in values if v not in seen})
    if new:
        state[key] = sorted(seen | set(new))
    return new


def throttled(state: State, key: str, ts: float, throttle_s: float | None) -> bool:
    """True when the last firing under `key` is less than `throttle_s` before `ts`."""
    if not throttle_s:
        return False
    last = state.get(key)
    return last is not None and 0 <= ts - last < throttle_s


def mark_fired(state: State, key: str, ts: float) -> None:
    state[key] = ts
