"""Rules applied to events, one at a time: the same code in the stream and in backtests.

The engine keeps all its state in one mapping (a Faust table in the worker) and returns
the alerts to deliver. Alert ids are deterministic, so a replayed event yields the same
ids and the caller's delivered-marker check keeps them from being sent twice.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, datetime
from itertools import product
from typing import Any

from eventwatch import threat_state
from eventwatch.alerts import per_incident, windows
from eventwatch.alerts.matching import matches
from eventwatch.alerts.rules import AnyKindRule, NewTermRule, SpikeRule, ThresholdRule
from eventwatch.alerts.windows import State
from eventwatch.durations import format_duration
from eventwatch.models import Alert, Event, Incident, stable_id, utcnow


def event_time(event: Event) -> datetime:
    return event.received_at or event.tagged_at or event.indexed_at or utcnow()


def field_values(event: Event, path: str) -> list[str]:
    """Values of a dotted path (alerts.rules.EVENT_FIELDS); `actors.*` means any actor."""
    actors = event.actors.source + event.actors.target
    if path == "actors.name":
        return sorted({a.name for a in actors})
    if path == "actors.country":
        return sorted({a.country for a in actors if a.country})
    value: Any = event
    for part in path.split("."):
        value = getattr(value, part, None)
        if value is None:
            return []
    return [str(value)]


def groups(event: Event, group_by: list[str]) -> list[str]:
    """One group per combination of values; a missing value groups under '-'."""
    choices = [field_values(event, path) or ["-"] for path in group_by]
    return [",".join(combo) for combo in product(*choices)] if group_by else [""]


class Engine:
    def __init__(self, state: State, rules: Iterable[AnyKindRule] = ()) -> None:
        self.state = state
        self._change: dict[str, Any] | None = None
        self.rules: list[AnyKindRule] = []
        self.set_rules(rules)

    def set_rules(self, rules: Iterable[AnyKindRule]) -> None:
        self.rules = [r for r in rules if r.enabled]

    def process(
        self, event: Event, incident: Incident | None = None
    ) -> list[tuple[Alert, AnyKindRule]]:
        """The alerts `event` fires; `incident` is the one it joined (None: it stands alone)."""
        # A country's level changes once, in one place, before any rule looks at it.
        self._change = None
        if any(rule.match.threat_level_change for rule in self.rules):
            self._change = threat_state.observe(self.state, event)
        fired: list[tuple[Alert, AnyKindRule]] = []
        for rule in self.rules:
            # A threat level change is once per change already, whichever `per` the rule says.
            if rule.per == "incident" and not rule.match.threat_level_change:
                fired += [(a, rule) for a in per_incident.step(self, rule, event, incident)]
            elif matches(rule.match, event):
                fired += [(alert, rule) for alert in self._apply(rule, event)]
        return fired

    def _apply(
        self,
        rule: AnyKindRule,
        event: Event,
        incident: Incident | None = None,
        candidates: list[tuple] | None = None,
    ) -> list[Alert]:
        when = event_time(event)
        ts = when.astimezone(UTC).timestamp()
        if candidates is None:
            candidates = self._candidates(rule, event, ts)
        alerts = []
        for group, events, count, alert_id, summary in candidates:
            key = f"th|{rule.id}|{group}"
            throttle = rule.throttle.total_seconds() if rule.throttle else None
            if windows.throttled(self.state, key, ts, throttle):
                continue
            windows.mark_fired(self.state, key, ts)
            alerts.append(
                Alert(
                    id=alert_id,
                    rule_id=rule.id,
                    rule_name=rule.name,
                    fired_at=when,
                    group=group,
                    count=count,
                    events=events,
                    summary=summary,
                    incident=incident,
                )
            )
        return alerts

    def _candidates(self, rule: AnyKindRule, event: Event, ts: float) -> list[tuple]:
        title = rule.name or rule.id
        if isinstance(rule, ThresholdRule):
            return self._threshold(rule, event, ts, title)
        if isinstance(rule, SpikeRule):
            return self._spike(rule, event, ts, title)
        if isinstance(rule, NewTermRule):
            return self._new_term(rule, event, title)
        if rule.match.threat_level_change:
            return self._threat_change(rule, event, title)
        return [("", [event], 1, stable_id(rule.id, event.id), f"{title}: {event.summary}")]

    def _threat_change(self, rule: AnyKindRule, event: Event, title: str) -> list[tuple]:
        change = self._change
        if change is None:
            return []
        if rule.match.directions and change["direction"] not in rule.match.directions:
            return []
        was = f"{change['previous']} -> " if change["previous"] else ""
        summary = (
            f"{title}: {change['system']} threat level in {change['country']} "
            f"{change['direction']}: {was}{change['level']} ({change['rank']} of {change['of']})"
        )
        return [(change["country"], [event], 1, stable_id(rule.id, change["id"]), summary)]

    def _threshold(self, rule: ThresholdRule, event: Event, ts: float, title: str) -> list[tuple]:
        out = []
        doc = event.model_dump(mode="json")
        for group in groups(event, rule.group_by):
            key = f"w|{rule.id}|{group}"
            window_s = rule.window.total_seconds()
            docs = windows.threshold_step(self.state, key, ts, doc, window_s, rule.threshold)
            if docs is None:
                continue
            events = [Event.model_validate(d) for d in docs]
            alert_id = stable_id(rule.id, group, *sorted(e.id for e in events))
            where = f" in {group}" if group else ""
            summary = f"{title}: {rule.threshold} events{where} within {_fmt(rule.window)}"
            out.append((group, events, rule.threshold, alert_id, summary))
        return out

    def _spike(self, rule: SpikeRule, event: Event, ts: float, title: str) -> list[tuple]:
        out = []
        window_s = rule.window.total_seconds()
        for group in groups(event, rule.group_by):
            count = windows.spike_step(
                self.state,
                f"s|{rule.id}|{group}",
                ts,
                window_s=window_s,
                baseline_s=rule.baseline.total_seconds(),
                factor=rule.factor,
                min_count=rule.min_count,
            )
            if count is None:
                continue
            bucket = str(int(ts // window_s))
            if self.state.get(f"sb|{rule.id}|{group}") == bucket:
                continue  # one spike alert per window bucket
            self.state[f"sb|{rule.id}|{group}"] = bucket
            where = f" in {group}" if group else ""
            summary = f"{title}: {count} events{where} within {_fmt(rule.window)} (spike)"
            out.append((group, [event], count, stable_id(rule.id, group, bucket), summary))
        return out

    def _new_term(self, rule: NewTermRule, event: Event, title: str) -> list[tuple]:
        out = []
        for group in groups(event, rule.group_by):
            key = f"n|{rule.id}|{group}"
            for value in windows.new_terms(self.state, key, field_values(event, rule.field)):
                summary = f"{title}: new {rule.field} {value!r}"
                out.append((group, [event], 1, stable_id(rule.id, group, value), summary))
        return out


def _fmt(value: Any) -> str:

    return format_duration(value)
