"""Instant rules: which rules skip the window hop, once per process, and the replay zone."""

from __future__ import annotations

from alerts_support import make_event

from eventwatch.alerts.actions import DeliveryContext
from eventwatch.alerts.instant import InstantAlerts, ReplayZone, is_instant
from eventwatch.alerts.rules import parse_rule
from eventwatch.alerts.sender import AlertSender

LOG = [{"type": "log"}]


def test_only_stateless_any_rules_are_instant() -> None:
    assert is_instant(parse_rule({"id": "a", "per": "event", "actions": LOG}))
    # per incident (the default) needs the incident, decided after the events topic
    assert not is_instant(parse_rule({"id": "i", "actions": LOG}))
    assert not is_instant(parse_rule({"id": "t", "throttle": "1h", "actions": LOG}))
    changed = parse_rule({"id": "c", "match": {"threat_level_change": True}, "actions": LOG})
    assert not is_instant(changed)
    counted = {"id": "n", "kind": "threshold", "window": "10m", "threshold": 3, "actions": LOG}
    assert not is_instant(parse_rule(counted))


def test_instant_alerts_fire_once_per_process_and_keep_no_state() -> None:
    rules = [
        parse_rule({"id": "a", "per": "event", "actions": LOG}),
        parse_rule({"id": "t", "per": "event", "throttle": "1h", "actions": LOG}),
    ]
    instant = InstantAlerts(AlertSender(None, None, DeliveryContext()), rules)
    assert [rule.id for rule in instant.rules] == ["a"]
    [(alert, rule)] = instant.accept(make_event(1))
    assert (alert.rule_id, rule.id) == ("a", "a")
    assert instant.accept(make_event(1)) == []  # the same event read again
    assert len(instant.accept(make_event(2))) == 1
    assert instant.engine.state == {}


def test_the_replay_zone_is_below_the_end_seen_at_first_read() -> None:
    ends = {"p0": 10}
    zone = ReplayZone(ends.get)
    assert zone.seen_before("p1", 0)  # no fetch answer yet: assume the worst
    assert zone.seen_before("p0", 9)
    ends["p0"] = 50  # new messages arrive; the zone stays where it was
    assert not zone.seen_before("p0", 10)
    zone.reset()  # a rebalance: everything up to the new end may have been read
    assert zone.seen_before("p0", 49)
    assert not zone.seen_before("p0", 50)


def test_an_unknown_end_counts_as_seen_before() -> None:
    def revoked(tp: str) -> int:
        raise AssertionError("Partition is not assigned")

    assert ReplayZone(revoked).seen_before("p0", 10**9)


def test_only_events_a_windowed_or_per_incident_rule_may_use_go_on_to_them() -> None:
    from eventwatch.alerts.instant import wanted_by_windowed_rules

    lyon = make_event(1)  # a terror alert in France
    instant = parse_rule({"id": "a", "per": "event", "actions": LOG})
    elsewhere = parse_rule({"id": "de", "match": {"countries": ["DE"]}, "actions": LOG})
    assert not wanted_by_windowed_rules([], lyon)
    assert not wanted_by_windowed_rules([instant, elsewhere], lyon)  # instant: fired before
    france = parse_rule({"id": "fr", "match": {"countries": ["FR"]}, "actions": LOG})
    assert wanted_by_windowed_rules([elsewhere, france], lyon)
    off = parse_rule({"id": "off", "enabled": False, "actions": LOG})
    assert not wanted_by_windowed_rules([off], lyon)
    # A rule that follows an incident's growth sees every report (any may cross a line).
    growing = {"id": "g", "match": {"countries": ["DE"]}, "updates": {"sources": 5}}
    assert wanted_by_windowed_rules([parse_rule({**growing, "actions": LOG})], lyon)
