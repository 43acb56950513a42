"""Rules applied to events: any, threshold, spike, new_term, threat level changes, throttle."""

from __future__ import annotations

import time

from alerts_support import make_event

from eventwatch.alerts.engine import Engine
from eventwatch.alerts.matching import matches
from eventwatch.alerts.rules import Match, parse_rule

LOG = [{"type": "log"}]


def engine(**rule: object) -> Engine:
    return Engine({}, [parse_rule({"id": "r", "actions": LOG, **rule})])


def test_any_rule_fires_for_matching_event_only() -> None:
    e = engine(match={"types": ["terror_alert"], "countries": ["FR"], "min_confidence": 0.5})
    [(alert, rule)] = e.process(make_event(1))
    assert (alert.rule_id, alert.count, alert.events[0].id) == ("r", 1, "ev-1")
    assert e.process(make_event(2, type="protest")) == []
    assert e.process(make_event(3, location={"name": "Bonn", "country": "DE"}, actors={})) == []
    assert e.process(make_event(4, confidence=0.4)) == []


def test_replayed_event_has_the_same_alert_id() -> None:
    first = engine().process(make_event(1))[0][0]
    again = engine().process(make_event(1))[0][0]
    assert first.id == again.id


def test_throttle_holds_per_rule_then_releases() -> None:
    e = engine(throttle="1h")
    assert len(e.process(make_event(1))) == 1
    assert e.process(make_event(2, minutes=30)) == []
    assert len(e.process(make_event(3, minutes=61))) == 1


def test_threshold_fires_once_at_three_within_window_per_country() -> None:
    e = engine(
        kind="threshold",
        match={"types": ["terror_attack"]},
        window="10m",
        threshold=3,
        group_by=["location.country"],
    )
    attack = {"type": "terror_attack"}
    assert e.process(make_event(1, minutes=0, **attack)) == []
    assert e.process(make_event(2, minutes=4, **attack)) == []
    de = {"name": "Bonn", "country": "DE"}
    assert e.process(make_event(9, minutes=5, location=de, **attack)) == []
    assert e.process(make_event(2, minutes=5, **attack)) == []  # replay counts once
    [(alert, _)] = e.process(make_event(3, minutes=9, **attack))
    assert (alert.group, alert.count) == ("FR", 3)
    assert [ev.id for ev in alert.events] == ["ev-1", "ev-2", "ev-3"]
    assert e.process(make_event(4, minutes=9.5, **attack)) == []


def test_threshold_forgets_events_older_than_window() -> None:
    e = engine(kind="threshold", window="10m", threshold=3)
    e.process(make_event(1, minutes=0))
    e.process(make_event(2, minutes=5))
    assert e.process(make_event(3, minutes=11)) == []
    assert len(e.process(make_event(4, minutes=12))) == 1


def test_new_term_fires_once_per_new_value() -> None:
    e = engine(kind="new_term", field="location.country")
    assert len(e.process(make_event(1))) == 1
    assert e.process(make_event(2)) == []
    assert len(e.process(make_event(3, location={"name": "Rome", "country": "IT"}))) == 1


def test_spike_fires_when_window_rate_exceeds_baseline() -> None:
    e = engine(kind="spike", window="10m", baseline="1d", factor=5, min_count=3)
    fired = [e.process(make_event(n, minutes=n * 0.5)) for n in range(1, 5)]
    assert [len(f) for f in fired] == [0, 0, 1, 0]  # same window bucket: one alert id


def _level(rank: int, direction: str, outlet: str, level: str) -> dict[str, object]:
    return {
        "threat_level": {
            "level": level,
            "normalized": "critical" if rank == 3 else "elevated",
            "system": "Vigipirate",
            "rank": rank,
            "of": 3,
            "direction": direction,
        },
        "article": {"id": f"art-{outlet}-{rank}", "source": outlet},
    }


def test_threat_level_change_fires_once_per_change_however_many_outlets() -> None:
    e = engine(match={"threat_level_change": True})
    assert e.process(make_event(1)) == []  # no level on a scale stated
    [(alert, _)] = e.process(make_event(2, **_level(3, "raised", "afp", "urgence attentat")))
    assert alert.group == "FR" and "raised" in alert.summary and "urgence attentat" in alert.summary
    for n, outlet in enumerate(("reuters", "le-monde", "dpa"), start=3):
        assert e.process(make_event(n, **_level(3, "raised", outlet, "urgence attentat"))) == []
    [(lowered, _)] = e.process(make_event(9, **_level(2, "lowered", "afp", "risque attentat")))
    assert "lowered: urgence attentat -> risque attentat" in lowered.summary
    assert lowered.id != alert.id


def test_threat_level_change_filters_on_direction() -> None:
    e = engine(match={"threat_level_change": True, "directions": ["raised"]})
    assert len(e.process(make_event(1, **_level(3, "raised", "afp", "urgence attentat")))) == 1
    assert e.process(make_event(2, **_level(2, "lowered", "afp", "risque attentat"))) == []


def test_a_level_first_seen_as_maintained_is_no_change() -> None:
    e = engine(match={"threat_level_change": True})
    assert e.process(make_event(1, **_level(2, "maintained", "afp", "risque attentat"))) == []
    assert len(e.process(make_event(2, **_level(3, "raised", "afp", "urgence attentat")))) == 1


def test_directions_need_threat_level_change() -> None:
    import pytest

    from eventwatch.alerts.rules import InvalidRule

    with pytest.raises(InvalidRule, match="directions"):
        parse_rule({"id": "r", "actions": LOG, "match": {"directions": ["raised"]}})


def test_query_matches_summary_evidence_and_actors() -> None:
    ev = make_event(1)
    assert matches(Match(query='"terror alert" lyon'), ev)
    assert matches(Match(query="ministry -paris"), ev)
    assert matches(Match(query="interior*"), ev)
    assert not matches(Match(query="marseille | toulouse"), ev)
    assert matches(Match(actors=["interior ministry"]), ev)
    assert not matches(Match(actors=["Police"]), ev)


def test_delivered_markers_are_pruned_after_a_week() -> None:
    from eventwatch.alerts.actions import DeliveryContext
    from eventwatch.alerts.pipeline import MARKER_SECONDS, AlertPipeline

    e = engine()
    pipeline = AlertPipeline(e, None, None, DeliveryContext())  # accept() needs no servers
    [(alert, _)] = pipeline.accept(make_event(1))
    assert pipeline.accept(make_event(1)) == []  # marked: not accepted twice
    assert e.state[f"sent|{alert.id}"] == {"pending": alert.model_dump(mode="json")}
    assert pipeline.prune_markers(time.time() + MARKER_SECONDS + 1) == 0  # pending: kept
    pipeline.finished.add(alert.id)  # delivered and recorded
    pipeline.accept(make_event(2))
    marked = e.state[f"sent|{alert.id}"]
    assert pipeline.prune_markers(marked + 60) == 0
    assert pipeline.prune_markers(marked + MARKER_SECONDS + 1) == 1
    assert f"sent|{alert.id}" not in e.state


def test_a_restarted_pipeline_resends_alerts_left_pending_once() -> None:
    from eventwatch.alerts.actions import DeliveryContext
    from eventwatch.alerts.pipeline import AlertPipeline

    e = engine()
    crashed = AlertPipeline(e, None, None, DeliveryContext())
    [(alert, _)] = crashed.accept(make_event(1))  # accepted, then the worker died

    restarted = AlertPipeline(Engine(e.state, e.rules), None, None, DeliveryContext())
    again = restarted.accept(make_event(2))
    assert [(a.id, r.id) for a, r in again][0] == (alert.id, "r")
    assert len(again) == 2  # the pending one, then the new event's alert
    assert alert.id not in {a.id for a, _ in restarted.accept(make_event(3))}
