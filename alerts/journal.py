"""A local record of delivered alerts, written the instant each action returns.

Storing an alert in Elasticsearch takes a round trip (and waits while it is away); a
worker killed in that gap would otherwise deliver the alert again after a restart. One
line per action outcome, written straight to the kernel the moment the action returns
(no await in between; a killed process loses nothing already written), then one line
for the whole alert: after a restart, an alert's journaled actions are not run again and
a fully journaled alert is only stored. Lines are dropped once the alert is in the
alerts index. What is left is the instant between an action's request reaching its
receiver and that line: webhooks carry the alert id as Idempotency-Key for that case.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from eventwatch.models import Alert, Delivery

COMPACT_EVERY = 1000  # stored alerts between rewrites of the file


class DeliveryJournal:
    def __init__(self, path: Path) -> None:
        self.path = path
        path.parent.mkdir(parents=True, exist_ok=True)
        self.delivered: dict[str, Alert] = {}
        self.actions: dict[str, dict[int, Delivery]] = {}  # alerts part-way through
        text = path.read_text(encoding="utf-8", errors="replace") if path.exists() else ""
        for line in text.splitlines():
            self._load(line)
        self.stored_since_compact = 0
        self._fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
        if text and not text.endswith("\n"):  # end a torn line so the next one stays whole
            os.write(self._fd, b"\n")

    def _load(self, line: str) -> None:
        try:
            data = json.loads(line)
            if "action" in data:
                delivery = Delivery.model_validate(data["delivery"])
                self.actions.setdefault(data["alert"], {})[int(data["action"])] = delivery
                return
            alert = Alert.model_validate(data)
        except (ValueError, KeyError, TypeError):  # a line torn by a kill mid-write
            return
        self.delivered[alert.id] = alert
        self.actions.pop(alert.id, None)

    def record_action(self, alert_id: str, index: int, delivery: Delivery) -> None:
        """Synchronous on purpose: called with no await after the action returns."""
        os.write(self._fd, _action_line(alert_id, index, delivery).encode("utf-8") + b"\n")
        self.actions.setdefault(alert_id, {})[index] = delivery

    def record(self, alert: Alert) -> None:
        """All actions done: the alert with its deliveries."""
        os.write(self._fd, alert.model_dump_json().encode("utf-8") + b"\n")
        self.delivered[alert.id] = alert
        self.actions.pop(alert.id, None)

    def stored(self, alert_id: str) -> None:
        """The alert is in the alerts index: its lines are no longer needed."""
        if self.delivered.pop(alert_id, None) is None:
            return
        self.stored_since_compact += 1
        if self.stored_since_compact >= COMPACT_EVERY:
            self.compact()

    def compact(self) -> None:
        tmp = self.path.with_suffix(".tmp")
        lines = [a.model_dump_json() for a in self.delivered.values()]
        for alert_id, done in self.actions.items():
            lines += [_action_line(alert_id, index, d) for index, d in done.items()]
        tmp.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
        os.replace(tmp, self.path)
        os.close(self._fd)
        self._fd = os.open(self.path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
        self.stored_since_compact = 0


def _action_line(alert_id: str, index: int, delivery: Delivery) -> str:
    return json.dumps(
        {"alert": alert_id, "action": index, "delivery": delivery.model_dump(mode="json")}
    )
