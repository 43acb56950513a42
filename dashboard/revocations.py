"""Logged-out sessions, kept until their cookies would have expired anyway.

With EVENTWATCH_SESSION_SECRET set, a cookie outlives a restart and is accepted by every
dashboard process sharing the secret; so the revocations then live in a file under
EVENTWATCH_HOME that each process re-reads when it changes. Without a secret the
cookies die with the process, and memory is enough.
"""

from __future__ import annotations

import threading
import time
from pathlib import Path


class Revocations:
    def __init__(self, path: Path | None = None) -> None:
        self._path = path
        self._revoked: dict[str, float] = {}  # session id -> when its cookie expires
        self._seen_mtime = 0.0
        self._lock = threading.Lock()

    def revoke(self, session_id: str, expires_at: float) -> None:
        with self._lock:
            self._reload()
            now = time.time()
            self._revoked = {s: t for s, t in self._revoked.items() if t > now}
            self._revoked[session_id] = expires_at
            self._save()

    def __contains__(self, session_id: object) -> bool:
        with self._lock:
            self._reload()
            return session_id in self._revoked

    def _reload(self) -> None:
        if self._path is None:
            return
        try:
            mtime = self._path.stat().st_mtime
        except FileNotFoundError:
            return
        if mtime == self._seen_mtime:
            return
        self._seen_mtime = mtime
        for line in self._path.read_text(encoding="utf-8").splitlines():
            session_id, _, expires = line.partition(" ")
            try:
                self._revoked[session_id] = float(expires)
            except ValueError:
                continue  # a torn line from a crash mid-write

    def _save(self) -> None:
        if self._path is None:
            return
        self._path.parent.mkdir(parents=True, exist_ok=True)
        partial = self._path.with_suffix(".tmp")
        partial.write_text(
            "".join(f"{s} {t}\n" for s, t in self._revoked.items()), encoding="utf-8"
        )
        partial.replace(self._path)
        self._seen_mtime = self._path.stat().st_mtime
