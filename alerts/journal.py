"""A local record of delivered alerts, written the instant delivery returns.

Storing an alert in Elasticsearch takes a round trip (and waits while it is away); a
worker killed in that gap would otherwise deliver the alert again after a restart. One
appended line per alert, written straight to the kernel (a killed process loses nothing
already written), narrows that gap to a few instructions. Lines are dropped once the
alert is in the alerts index.
"""

from __future__ import annotations

import os
from pathlib import Path

from eventwatch.models import Alert

COMPACT_EVERY = 1000  # recorded alerts between rewrites of the file


class DeliveryJournal:
    def __init__(self, path: Path) -> None:
        self.path = path
        path.parent.mkdir(parents=True, exist_ok=True)
        self.delivered: dict[str, Alert] = {}
        text = path.read_text(encoding="utf-8", errors="replace") if path.exists() else ""
        if text:
            for line in text.splitlines():
                try:
                    alert = Alert.model_validate_json(line)
                except ValueError:  # a line torn by a kill mid-write
                    continue
                self.delivered[alert.id] = alert
        self.stored_since_compact = 0
        self._fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
        if text and not text.endswith("\n"):  # end a torn line so the next one stays whole
            os.write(self._fd, b"\n")

    def record(self, alert: Alert) -> None:
        """Synchronous on purpose: no await between delivery and this write."""
        os.write(self._fd, alert.model_dump_json().encode("utf-8") + b"\n")
        self.delivered[alert.id] = alert

    def stored(self, alert_id: str) -> None:
        """The alert is in the alerts index: its line is no longer needed."""
        if self.delivered.pop(alert_id, None) is None:
            return
        self.stored_since_compact += 1
        if self.stored_since_compact >= COMPACT_EVERY:
            self.compact()

    def compact(self) -> None:
        tmp = self.path.with_suffix(".tmp")
        lines = "".join(a.model_dump_json() + "\n" for a in self.delivered.values())
        tmp.write_text(lines, encoding="utf-8")
        os.replace(tmp, self.path)
        os.close(self._fd)
        self._fd = os.open(self.path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
        self.stored_since_compact = 0
