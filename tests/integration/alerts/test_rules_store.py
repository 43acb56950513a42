"""Rules in the real Elasticsearch: store, percolator twin, backtest, alerts index."""

from __future__ import annotations

import asyncio
import dataclasses
from datetime import UTC, datetime, timedelta

import pytest
from alerts_itest_support import WebhookReceiver, make_event

from eventwatch.alerts.actions import DeliveryContext
from eventwatch.alerts.engine import Engine
from eventwatch.alerts.matching import matches
from eventwatch.alerts.pipeline import AlertPipeline
from eventwatch.alerts.rules import InvalidRule, parse_rule
from eventwatch.alerts.store import (
    RuleConflict,
    backtest,
    create_rule,
    delete_rule,
    get_rule,
    list_rules,
    replace_rule,
    set_enabled,
)
from eventwatch.alerts.store_alerts import list_alerts
from eventwatch.errors import ServiceUnavailable
from eventwatch.indexers.setup import ensure_alert_indices, ensure_indices

pytestmark = pytest.mark.elasticsearch

LOG = [{"type": "log"}]


@pytest.fixture(autouse=True)
def alert_indices(es, test_settings) -> None:
    """What `eventwatch setup` does before any rule is stored."""
    ensure_alert_indices(es, test_settings.names)


def test_a_rule_is_refused_before_setup(es, test_settings) -> None:
    names = dataclasses.replace(
        test_settings.names, index_prefix=test_settings.names.index_prefix + "nosetup-"
    )
    with pytest.raises(ServiceUnavailable, match="eventwatch setup"):
        create_rule(es, names, {"id": "early", "actions": LOG})


def test_store_round_trip_and_errors(es, test_settings) -> None:
    names = test_settings.names
    rule = {"id": "fr", "match": {"types": ["terror_alert"]}, "throttle": "1h", "actions": LOG}
    assert create_rule(es, names, rule)["throttle"] == "1h"
    with pytest.raises(RuleConflict):
        create_rule(es, names, rule)
    with pytest.raises(InvalidRule) as caught:
        replace_rule(es, names, "fr", {**rule, "throttle": "10 parsecs"})
    assert caught.value.field == "throttle"
    assert set_enabled(es, names, "fr", False)["enabled"] is False
    assert get_rule(es, names, "fr")["enabled"] is False
    assert [r["id"] for r in list_rules(es, names)] == ["fr"]
    assert set_enabled(es, names, "nope", True) is None
    assert delete_rule(es, names, "fr") and not delete_rule(es, names, "fr")
    assert list_rules(es, names) == []


RULE_MATCHES = [
    {"types": ["terror_alert"], "countries": ["FR"]},
    {"countries": ["DE"]},
    {"actors": ["prefecture"], "min_severity": 4},
    {"query": '"terror alert" marseille'},
    {"query": "prefect* -lyon"},
    {"query": "paris | berlin"},
    {"min_confidence": 0.95},
    {"modality": ["negated"], "languages": ["en"]},
]


def test_percolator_twin_agrees_with_the_local_matcher(es, test_settings) -> None:
    names = test_settings.names
    for n, match in enumerate(RULE_MATCHES):
        create_rule(es, names, {"id": f"r{n}", "match": match, "actions": LOG})
    events = [
        make_event(1),
        make_event(2, location={"name": "Berlin", "country": "DE"}, actors={}),
        make_event(3, modality="negated", confidence=0.99, severity=2),
    ]
    for event in events:
        doc = event.model_dump(mode="json")
        body = {"size": 100, "query": {"percolate": {"field": "query", "document": doc}}}
        hits = es.search(index=names.rules_index, body=body)["hits"]["hits"]
        stored = {h["_id"] for h in hits}
        local = {f"r{n}" for n, m in enumerate(RULE_MATCHES) if matches(parse_match(m), event)}
        assert stored == local, event.id


def parse_match(match: dict):
    return parse_rule({"id": "x", "match": match, "actions": LOG}).match


def test_backtest_counts_what_the_stream_would_fire(es, test_settings) -> None:
    names = test_settings.names
    ensure_indices(es, names)  # the real events mapping
    now = datetime.now(UTC)
    docs = [
        make_event(n, type="terror_attack", received_at=(now - timedelta(hours=h)).isoformat())
        for n, h in [(1, 30), (2, 29.95), (3, 29.9), (4, 5), (5, 4.9), (6, 200)]
    ]
    for event in docs:
        es.index(index=names.events_index, id=event.id, body=event.model_dump(mode="json"))
    es.indices.refresh(index=names.events_index)
    rule = {
        "id": "three",
        "kind": "threshold",
        "match": {"types": ["terror_attack"]},
        "window": "10m",
        "threshold": 3,
        "group_by": ["location.country"],
        "actions": LOG,
    }
    result = backtest(es, names, rule, "7d")
    assert (result["events"], result["alerts"]) == (5, 1)
    assert [e["id"] for e in result["first"][0]["events"]] == ["it-ev-1", "it-ev-2", "it-ev-3"]
    any_rule = {"id": "any", "match": {"types": ["terror_attack"]}, "actions": LOG}
    assert backtest(es, names, any_rule, "2d")["alerts"] == 5
    assert backtest(es, names, any_rule, "1d")["alerts"] == 2


def test_pipeline_delivers_once_and_records_the_alert(es, test_settings) -> None:
    names = test_settings.names
    ensure_alert_indices(es, names)
    receiver = WebhookReceiver()
    try:
        rule = parse_rule(
            {
                "id": "fr-terror-alert",
                "match": {"types": ["terror_alert"], "countries": ["FR"]},
                "actions": [{"type": "webhook", "url": receiver.url}, {"type": "log"}],
            }
        )

        async def run() -> list:
            ctx = DeliveryContext(allow_private=True)
            first = AlertPipeline(Engine({}, [rule]), es, names, ctx)
            sent = await first.handle(make_event(1))
            # A fresh engine (state lost) still sends nothing twice: the alerts index knows.
            again = AlertPipeline(Engine({}, [rule]), es, names, ctx)
            return sent + await again.handle(make_event(1))

        sent = asyncio.run(run())
        assert len(sent) == 1 and len(receiver.requests) == 1
        es.indices.refresh(index=names.alerts_index)
        [stored] = list_alerts(es, names, since=timedelta(hours=1), limit=10)
        assert stored["id"] == sent[0].id
        assert [(d["action"], d["status"]) for d in stored["deliveries"]] == [
            ("webhook", "sent"),
            ("log", "sent"),
        ]
    finally:
        receiver.close()


def test_private_webhook_target_refused_by_default(es, test_settings) -> None:
    names = test_settings.names
    ensure_alert_indices(es, names)
    receiver = WebhookReceiver()
    try:
        rule = parse_rule(
            {"id": "private", "actions": [{"type": "webhook", "url": receiver.url, "retries": 0}]}
        )
        pipeline = AlertPipeline(Engine({}, [rule]), es, names, DeliveryContext())
        [alert] = asyncio.run(pipeline.handle(make_event(1)))
        [delivery] = alert.deliveries
        assert delivery.status == "failed"
        assert "EVENTWATCH_WEBHOOK_ALLOW_PRIVATE" in delivery.error
        assert receiver.requests == []
    finally:
        receiver.close()
