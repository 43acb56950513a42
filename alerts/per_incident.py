"""`per: incident` rules: each incident is seen once, however many reports it gets.

The first report of an incident that matches the rule goes through the rule as an event
would (an `any` rule fires, a threshold counts it once); the incident's later reports do
not, except that with `updates` the rule fires once more for each condition the incident
crosses (sources >= N, languages >= N, articles >= N, or its highest severity rising).
Ids are deterministic: the first alert's id comes from the rule and the incident, an
update's also from what it crossed, so a replay fires nothing new.
An event that joined no incident (a backtest over old events, a unit test) is an
incident of its own: such a rule then fires per event, as it did before incidents.
"""

from __future__ import annotations

import time
from typing import TYPE_CHECKING, Any

from eventwatch.alerts.matching import matches
from eventwatch.alerts.rules import AnyKindRule, AnyRule, Updates
from eventwatch.models import Alert, Event, Incident, stable_id

if TYPE_CHECKING:
    from eventwatch.alerts.engine import Engine

SEEN = "pi|"


def incident_of(event: Event, incident: Incident | None) -> str:
    return (incident.id if incident else None) or event.incident_id or event.id


def step(engine: Engine, rule: AnyKindRule, event: Event, incident: Incident | None) -> list[Alert]:
    incident_id = incident_of(event, incident)
    key = f"{SEEN}{rule.id}|{incident_id}"
    seen = engine.state.get(key)
    if seen is None:
        if not matches(rule.match, event):
            return []
        engine.state[key] = {
            "at": time.time(),
            "severity": _severity(event, incident),
            "crossed": _crossed(rule.updates, incident),
        }
        if isinstance(rule, AnyRule) and not rule.match.threat_level_change:
            title = rule.name or rule.id
            what = incident.title if incident else event.summary
            alert_id = stable_id(rule.id, incident_id)
            candidate = ("", [event], _reports(incident), alert_id, f"{title}: {what}")
            return engine._apply(rule, event, incident, [candidate])
        return engine._apply(rule, event, incident)
    if rule.updates is None or incident is None:
        return []
    return _updates(engine, rule, event, incident, key, dict(seen))


def _updates(
    engine: Engine,
    rule: AnyKindRule,
    event: Event,
    incident: Incident,
    key: str,
    seen: dict[str, Any],
) -> list[Alert]:
    assert rule.updates is not None
    crossed = set(seen.get("crossed", []))
    news = [c for c in _crossed(rule.updates, incident) if c not in crossed]
    rose = rule.updates.severity_rises and incident.severity > int(seen.get("severity", 5))
    if not news and not rose:
        return []
    seen["crossed"] = sorted(crossed | set(news))
    seen["severity"] = max(int(seen.get("severity", 0)), incident.severity)
    engine.state[key] = seen
    what = []
    if rose:
        what.append(f"severity {incident.severity}")
    what += [c.replace(">=", " reached ") for c in news]
    reason = ", ".join(what)
    title = rule.name or rule.id
    alert_id = stable_id(rule.id, incident.id, *sorted(news), f"severity={seen['severity']}")
    summary = f"{title}: {incident.title} (update: {reason})"
    candidate = ("", [event], _reports(incident), alert_id, summary)
    return engine._apply(rule, event, incident, [candidate])


def _crossed(updates: Updates | None, incident: Incident | None) -> list[str]:
    """The count conditions the incident meets now ('sources>=5', ...)."""
    if updates is None or incident is None:
        return []
    counts = {
        "sources": incident.outlets,
        "languages": len(incident.languages),
        "articles": incident.articles,
    }
    return [
        f"{name}>={limit}"
        for name, count in counts.items()
        if (limit := getattr(updates, name)) is not None and count >= limit
    ]


def _severity(event: Event, incident: Incident | None) -> int:
    return incident.severity if incident else event.severity


def _reports(incident: Incident | None) -> int:
    return incident.articles if incident else 1


def prune(state: Any, older_than: float) -> int:
    """Forget incidents first seen before `older_than` (epoch seconds)."""
    old = [
        k
        for k in list(state.keys())
        if k.startswith(SEEN)
        and (not isinstance(state[k], dict) or state[k].get("at", 0) < older_than)
    ]
    for key in old:
        del state[key]
    return len(old)
