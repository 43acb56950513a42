"""What the poller remembers about one feed, and the health it shows from it.

The state is a plain JSON-able dict so that it can live in a Faust table (changelog-backed:
it survives a restart and moves with the feed's partition) and be copied to the feeds index
for `feeds status`, the dashboard and /metrics.
"""

from __future__ import annotations

import random
import statistics
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from typing import Any

SEEN_CAP = 2000  # ids and content hashes kept per feed: far more than any feed lists
HISTORY_SECONDS = 24 * 3600.0
HISTORY_CAP = 500
JITTER = 0.1  # polls spread over +-10% of the interval, so feeds added together drift apart
MAX_BACKOFF_SECONDS = 3600.0
MAX_RETRY_AFTER_SECONDS = 24 * 3600.0
MIN_GAPS_FOR_WARNING = 3


@dataclass
class FeedState:
    etag: str | None = None
    last_modified: str | None = None
    first_poll: float | None = None  # epoch seconds
    last_poll: float | None = None
    next_poll: float = 0.0
    last_new_item: float | None = None
    last_error: str | None = None
    last_error_at: float | None = None
    failures: int = 0  # consecutive
    polls: int = 0
    seen: list[str] = field(default_factory=list)  # article ids and content hashes
    new_items: list[float] = field(default_factory=list)  # when new items appeared

    @classmethod
    def from_dict(cls, data: dict[str, Any] | None) -> FeedState:
        if not data:
            return cls()
        known = {k: v for k, v in data.items() if k in cls.__dataclass_fields__}
        return cls(**known)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    def remember(self, keys: list[str]) -> None:
        if keys:
            self.seen = [*self.seen, *keys][-SEEN_CAP:]

    def polled(self, now: float, interval: float, new_items: int) -> None:
        """A successful poll (200 or 304)."""
        if self.first_poll is None:
            self.first_poll = now
        self.last_poll = now
        self.polls += 1
        self.failures = 0
        self.last_error = None
        if new_items:
            self.last_new_item = now
            recent = [t for t in self.new_items if t > now - HISTORY_SECONDS]
            self.new_items = [*recent, *([now] * new_items)][-HISTORY_CAP:]
        self.next_poll = now + jittered(interval)

    def failed(self, now: float, interval: float, error: str, retry_after: float | None) -> None:
        if self.first_poll is None:
            self.first_poll = now
        self.last_poll = now
        self.polls += 1
        self.failures += 1
        self.last_error = error
        self.last_error_at = now
        self.next_poll = now + backoff(interval, self.failures, retry_after)


def jittered(interval: float) -> float:
    return interval * random.uniform(1 - JITTER, 1 + JITTER)


def backoff(interval: float, failures: int, retry_after: float | None) -> float:
    """Doubling from the interval after each failure in a row, at most an hour (or the
    interval, when that is longer); never sooner than the server's Retry-After."""
    delay = min(interval * 2 ** max(failures - 1, 0), max(MAX_BACKOFF_SECONDS, interval))
    if retry_after is not None:
        delay = max(delay, min(retry_after, MAX_RETRY_AFTER_SECONDS))
    return jittered(delay)


def _iso(stamp: float | None) -> str | None:
    return None if stamp is None else datetime.fromtimestamp(stamp, tz=UTC).isoformat()


def items_per_hour(state: FeedState, now: float) -> float:
    """New items per hour over the last day (or since the first poll, at least an hour)."""
    if state.first_poll is None:
        return 0.0
    recent = [t for t in state.new_items if t > now - HISTORY_SECONDS]
    hours = max(min(now - state.first_poll, HISTORY_SECONDS), 3600.0) / 3600.0
    return round(len(recent) / hours, 2)


def silence_warning(state: FeedState, now: float, interval: float) -> str | None:
    """A warning when the feed has been quiet for much longer than it usually is."""
    times = sorted(set(state.new_items))
    gaps = [b - a for a, b in zip(times, times[1:], strict=False)]
    if len(gaps) < MIN_GAPS_FOR_WARNING or state.last_new_item is None:
        return None
    usual = statistics.median(gaps)
    quiet = now - state.last_new_item
    if quiet <= max(3 * usual, 2 * interval):
        return None
    return (
        f"no new item for {_span(quiet)} (usually one every {_span(usual)}): "
        "the feed may have moved or stopped"
    )


def _span(seconds: float) -> str:
    minutes = int(seconds // 60)
    if minutes < 1:
        return f"{int(seconds)}s"
    if minutes < 120:
        return f"{minutes}m"
    return f"{minutes // 60}h {minutes % 60}m"


def feed_status(
    feed: dict[str, Any], state: FeedState, now: float, interval: float
) -> dict[str, Any]:
    """One row of `feeds status --format json` (SPEC section 7) and of the dashboard."""
    return {
        "id": feed["id"],
        "url": feed["url"],
        "name": feed.get("name"),
        "interval": feed.get("interval"),
        "last_poll": _iso(state.last_poll),
        "last_new_item": _iso(state.last_new_item),
        "last_error": state.last_error,
        "last_error_at": _iso(state.last_error_at),
        "items_per_hour": items_per_hour(state, now),
        "polls": state.polls,
        "failures": state.failures,
        "next_poll": _iso(state.next_poll) if state.next_poll else None,
        "warning": silence_warning(state, now, interval),
    }
