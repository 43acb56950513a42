"""Rules per incident: one alert per happening, updates when it crosses a named mark."""

from __future__ import annotations

import pytest
from alerts_support import T0, make_event

from eventwatch.alerts.engine import Engine
from eventwatch.alerts.rules import InvalidRule, parse_rule, rule_json_schema, stored_rule
from eventwatch.models import Incident

LOG = [{"type": "log"}]


def incident(
    name: str, *, outlets: int = 1, languages: tuple[str, ...] = ("en",), severity: int = 4
) -> Incident:
    return Incident(
        id=f"inc-{name}",
        type="terror_alert",
        title=f"Alert raised ({name})",
        first_seen=T0,
        last_update=T0,
        articles=outlets,
        outlets=outlets,
        languages=list(languages),
        severity=severity,
        confidence=0.8,
    )


def test_new_rules_fire_once_per_incident_however_many_reports() -> None:
    engine = Engine({}, [parse_rule({"id": "r", "actions": LOG})])
    first = incident("a")
    fired = [engine.process(make_event(n, incident_id=first.id), first) for n in range(5)]
    assert [len(f) for f in fired] == [1, 0, 0, 0, 0]
    [(alert, rule)] = fired[0]
    assert alert.incident == first
    assert alert.summary == "r: Alert raised (a)"
    second = incident("b")
    assert len(engine.process(make_event(9, incident_id=second.id), second)) == 1


def test_per_event_rules_fire_for_every_report() -> None:
    engine = Engine({}, [parse_rule({"id": "r", "per": "event", "actions": LOG})])
    same = incident("a")
    fired = [engine.process(make_event(n, incident_id=same.id), same) for n in range(3)]
    assert [len(f) for f in fired] == [1, 1, 1]


def test_an_incident_is_seen_when_its_first_matching_report_arrives() -> None:
    rule = parse_rule({"id": "r", "match": {"languages": ["de"]}, "actions": LOG})
    engine = Engine({}, [rule])
    same = incident("a")
    assert engine.process(make_event(1, incident_id=same.id), same) == []  # English: no match
    assert len(engine.process(make_event(2, language="de", incident_id=same.id), same)) == 1


def test_updates_fire_once_when_the_incident_crosses_the_sources_mark() -> None:
    rule = parse_rule({"id": "r", "updates": {"sources": 3}, "actions": LOG})
    engine = Engine({}, [rule])
    fired = []
    for n in range(1, 6):
        grown = incident("a", outlets=n)
        fired.append([a.summary for a, _ in engine.process(make_event(n), grown)])
    assert fired == [
        ["r: Alert raised (a)"],
        [],
        ["r: Alert raised (a) (update: sources reached 3)"],
        [],
        [],
    ]


def test_updates_true_fires_when_the_severity_rises() -> None:
    engine = Engine({}, [parse_rule({"id": "r", "updates": True, "actions": LOG})])
    assert len(engine.process(make_event(1), incident("a", severity=3))) == 1
    assert engine.process(make_event(2), incident("a", severity=3)) == []
    [(alert, _)] = engine.process(make_event(3), incident("a", severity=5))
    assert "severity 5" in alert.summary
    assert engine.process(make_event(4), incident("a", severity=5)) == []


def test_a_replayed_report_fires_nothing_new_and_ids_are_stable() -> None:
    rule = parse_rule({"id": "r", "actions": LOG})
    state: dict = {}
    [(alert, _)] = Engine(state, [rule]).process(make_event(1), incident("a"))
    assert Engine(state, [rule]).process(make_event(1), incident("a")) == []
    [(again, _)] = Engine({}, [rule]).process(make_event(1), incident("a"))
    assert again.id == alert.id


def test_a_threshold_per_incident_counts_happenings_not_reports() -> None:
    rule = parse_rule(
        {"id": "t", "kind": "threshold", "window": "1h", "threshold": 2, "actions": LOG}
    )
    engine = Engine({}, [rule])
    one = incident("a")
    assert engine.process(make_event(1), one) == []
    assert engine.process(make_event(2, minutes=1), one) == []  # same happening
    [(alert, _)] = engine.process(make_event(3, minutes=2), incident("b"))
    assert alert.count == 2


def test_events_without_an_incident_stand_alone() -> None:
    """Backtests over events indexed before incidents: a rule per incident fires per event."""
    engine = Engine({}, [parse_rule({"id": "r", "actions": LOG})])
    assert [len(engine.process(make_event(n))) for n in range(3)] == [1, 1, 1]


def test_rules_stored_before_per_existed_keep_firing_per_event() -> None:
    old = {"id": "old", "actions": LOG}
    assert parse_rule(stored_rule(old)).per == "event"
    assert parse_rule(old).per == "incident"  # a new rule
    assert stored_rule({**old, "per": "incident"})["per"] == "incident"


def test_updates_are_refused_on_per_event_rules_and_named_in_the_schema() -> None:
    with pytest.raises(InvalidRule, match="updates: needs per: incident"):
        parse_rule({"id": "r", "per": "event", "updates": True, "actions": LOG})
    with pytest.raises(InvalidRule, match="per: Input should be 'incident' or 'event'"):
        parse_rule({"id": "r", "per": "article", "actions": LOG})
    schema = str(rule_json_schema())
    assert "'per'" in schema and "severity_rises" in schema
