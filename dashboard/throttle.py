"""Failed keys and logins per client address: after a few, that address waits.

While an address is locked out even the right key is refused (429), or guessing could
go on at full speed and only the lucky guess would be let through.
"""

from __future__ import annotations

import threading
import time
from collections import deque

MAX_FAILURES = 5
WINDOW_S = 60.0
LOCKOUT_S = 60.0
MAX_TRACKED = 10_000


class FailureThrottle:
    def __init__(
        self,
        *,
        max_failures: int = MAX_FAILURES,
        window_s: float = WINDOW_S,
        lockout_s: float = LOCKOUT_S,
    ) -> None:
        self.max_failures = max_failures
        self.window_s = window_s
        self.lockout_s = lockout_s
        self._failures: dict[str, deque[float]] = {}
        self._locked_until: dict[str, float] = {}
        self._lock = threading.Lock()

    def retry_after(self, client: str) -> int:
        """Seconds this client must wait before another try; 0 when it may try now."""
        now = time.monotonic()
        with self._lock:
            until = self._locked_until.get(client, 0.0)
            if until <= now:
                self._locked_until.pop(client, None)
                return 0
            return max(1, int(until - now + 0.999))

    def failed(self, client: str) -> None:
        now = time.monotonic()
        with self._lock:
            if len(self._failures) > MAX_TRACKED:  # bounded memory under a spray of addresses
                self._failures.clear()
            recent = self._failures.setdefault(client, deque())
            recent.append(now)
            while recent and now - recent[0] > self.window_s:
                recent.popleft()
            if len(recent) >= self.max_failures:
                self._locked_until[client] = now + self.lockout_s
                recent.clear()
