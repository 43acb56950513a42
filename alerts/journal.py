"""A local record of delivered alerts, written the instant each action returns.

Storing an alert in Elasticsearch takes a round trip (and waits while it is away); a
worker killed in that gap would otherwise deliver the alert again after a restart. One
line per action outcome, written straight to the kernel the moment the action returns
(no await in between; a killed process loses nothing already written), then one line
for the whole alert: after a restart, an alert's journaled actions are not run again and
a fully journaled alert is only stored. Lines are dropped once the alert is in the
alerts index. What is left is the instant between an action's request reaching its
receiver and that line: webhooks carry the alert id as Idempotency-Key for that case.

Several workers share a home, so each process appends to its own file in the journal
directory and reads the others' (again on reload(), when it takes over partitions); a
file whose process is gone is adopted: its lines move into the adopter's file.
"""

from __future__ import annotations

import contextlib
import json
import os
from pathlib import Path

from eventwatch.models import Alert, Delivery

COMPACT_EVERY = 1000  # stored alerts between rewrites of the file


class _Lines:
    """Alerts and part-way action outcomes read from journal lines."""

    def __init__(self) -> None:
        self.delivered: dict[str, Alert] = {}
        self.actions: dict[str, dict[int, Delivery]] = {}

    def read(self, path: Path) -> str:
        try:
            text = path.read_text(encoding="utf-8", errors="replace")
        except FileNotFoundError:  # adopted and removed by another worker just now
            return ""
        for line in text.splitlines():
            self.add(line)
        return text

    def add(self, line: str) -> None:
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


class DeliveryJournal:
    def __init__(self, directory: Path) -> None:
        directory.mkdir(parents=True, exist_ok=True)
        self.directory = directory
        self.path = directory / f"{os.getpid()}.jsonl"
        own = _Lines()
        orphans = [p for p in sorted(directory.glob("*.jsonl")) if not _alive(p)]
        for orphan in orphans:  # ours from a reused pid, or a dead worker's
            own.read(orphan)
        self.delivered, self.actions = own.delivered, own.actions
        self.others = _Lines()
        self.stored_since_compact = 0
        self._fd = -1
        self.compact()  # what was adopted is in our file before the orphans go
        for orphan in orphans:
            if orphan != self.path:
                with contextlib.suppress(FileNotFoundError):
                    orphan.unlink()
        self.reload()

    def reload(self) -> None:
        """Read what the other live workers have journaled (they may hand partitions over)."""
        others = _Lines()
        for path in sorted(self.directory.glob("*.jsonl")):
            if path != self.path:
                others.read(path)
        self.others = others

    def recorded(self, alert_id: str) -> Alert | None:
        """The alert with its deliveries, if some worker delivered it all."""
        return self.delivered.get(alert_id) or self.others.delivered.get(alert_id)

    def done_actions(self, alert_id: str) -> dict[int, Delivery] | None:
        """Outcomes of the actions run before a worker died part-way through."""
        return self.actions.get(alert_id) or self.others.actions.get(alert_id)

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
        self.others.delivered.pop(alert_id, None)
        if self.delivered.pop(alert_id, None) is None:
            return
        self.stored_since_compact += 1
        if self.stored_since_compact >= COMPACT_EVERY:
            self.compact()

    def compact(self) -> None:
        """Rewrite our file with only what is not stored yet."""
        tmp = self.path.with_suffix(".tmp")
        lines = [a.model_dump_json() for a in self.delivered.values()]
        for alert_id, done in self.actions.items():
            lines += [_action_line(alert_id, index, d) for index, d in done.items()]
        tmp.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
        os.replace(tmp, self.path)
        if self._fd >= 0:
            os.close(self._fd)
        self._fd = os.open(self.path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
        self.stored_since_compact = 0


def _alive(path: Path) -> bool:
    """Whether the worker that writes `path` runs (never true for this process's own)."""
    if not path.stem.isdigit() or int(path.stem) == os.getpid():
        return False
    try:
        os.kill(int(path.stem), 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # someone else's process with that pid: leave its file be
        return True
    return True


def _action_line(alert_id: str, index: int, delivery: Delivery) -> str:
    return json.dumps(
        {"alert": alert_id, "action": index, "delivery": delivery.model_dump(mode="json")}
    )
