"""Instant rules: matched on each event as it arrives, with no state to keep.

An `any` rule without throttle or threat-level change needs no window, so it need not
wait for the hop onto the one-partition input that the windowed rules share: whichever
worker reads an event's partition fires it. Once-only then rests on the event's offset:
the stream acks an event only after its alerts are journaled, so a crash replays it, and
an alert from an event that may have been read before (below the partition's end when
this worker took it) is checked against the journal and the alerts index first.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Iterable
from typing import Any

from eventwatch.alerts.engine import Engine
from eventwatch.alerts.matching import matches
from eventwatch.alerts.rules import AnyKindRule, AnyRule
from eventwatch.alerts.sender import AlertSender
from eventwatch.models import Alert, Event

RECENT = 100_000  # alert ids this process fired, against an article tagged twice


def is_instant(rule: AnyKindRule) -> bool:
    return (
        isinstance(rule, AnyRule)
        and rule.per == "event"  # per incident needs the incident, decided after this hop
        and rule.throttle is None
        and not rule.match.threat_level_change
    )


def wanted_by_windowed_rules(rules: Iterable[AnyKindRule], event: Event) -> bool:
    """Whether an enabled rule that is not instant could use `event`: its match accepts
    it, or it follows what any report may move (an incident's updates, threat levels)."""
    for rule in rules:
        if not rule.enabled or is_instant(rule):
            continue
        if rule.updates is not None or rule.match.threat_level_change:
            return True
        if matches(rule.match, event):
            return True
    return False


class InstantAlerts:
    def __init__(self, sender: AlertSender, rules: Iterable[AnyKindRule] = ()) -> None:
        self.sender = sender
        self.engine = Engine({})
        self.recent: OrderedDict[str, None] = OrderedDict()
        self.set_rules(rules)

    def set_rules(self, rules: Iterable[AnyKindRule]) -> None:
        self.engine.set_rules(rule for rule in rules if is_instant(rule))

    @property
    def rules(self) -> list[AnyKindRule]:
        return self.engine.rules

    def accept(self, event: Event) -> list[tuple[Alert, AnyKindRule]]:
        """The alerts `event` fires that this process has not fired yet."""
        fresh = []
        for alert, rule in self.engine.process(event):
            if alert.id not in self.recent:
                self.recent[alert.id] = None
                fresh.append((alert, rule))
        while len(self.recent) > RECENT:
            self.recent.popitem(last=False)
        self.engine.state.clear()  # throttle stamps of rules without a throttle: unused
        return fresh

    async def send(self, alert: Alert, rule: AnyKindRule, *, seen_before: bool) -> Alert | None:
        """`seen_before`: the event may have been read by a worker before (a replay)."""
        return await self.sender.send(alert, rule, sure=seen_before, check=seen_before)


class ReplayZone:
    """Offsets a worker may have read before: below a partition's end when this worker
    first read it after an assignment (a dead worker, or this one before a rebalance)."""

    def __init__(self, highwater: Callable[[Any], int | None]) -> None:
        self.highwater = highwater
        self.ends: dict[Any, int] = {}

    def reset(self) -> None:
        self.ends.clear()

    def seen_before(self, tp: Any, offset: int) -> bool:
        end = self.ends.get(tp)
        if end is None:
            try:
                end = self.highwater(tp)
            except Exception:  # e.g. the partition was just revoked
                end = None
            if end is None:  # no fetch answer yet: assume the worst
                return True
            self.ends[tp] = end
        return offset < end
