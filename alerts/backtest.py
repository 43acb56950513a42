"""What a rule would have fired over the indexed history, through the stream's own engine."""

from __future__ import annotations

from typing import Any

from eventwatch.alerts.engine import Engine, event_time
from eventwatch.alerts.rules import AnyKindRule
from eventwatch.durations import parse_duration
from eventwatch.errors import UsageError
from eventwatch.models import Event, utcnow
from eventwatch.names import Names

MAX_EVENTS = 100_000


def history(es: Any, names: Names, rule: AnyKindRule, since: str) -> list[Event]:
    """The indexed events of the period, oldest first; only the event types are prefiltered."""
    from elasticsearch.helpers import scan

    try:
        start = utcnow() - parse_duration(since)
    except ValueError as exc:
        refused = UsageError(f"since: {exc}")
        refused.field, refused.status = "since", 422  # type: ignore[attr-defined]
        raise refused from None
    time_fields = ("received_at", "tagged_at", "indexed_at")
    filters: list[dict[str, Any]] = [
        {
            "bool": {
                "should": [{"range": {f: {"gte": start.isoformat()}}} for f in time_fields],
                "minimum_should_match": 1,
            }
        }
    ]
    if rule.match.types:
        types = list(rule.match.types)
        # `type` is a keyword in the events template; a dynamically mapped index has .keyword
        should = [{"terms": {"type": types}}, {"terms": {"type.keyword": types}}]
        filters.append({"bool": {"should": should, "minimum_should_match": 1}})
    body = {"query": {"bool": {"filter": filters}}}
    events = []
    hits = scan(es, index=names.events_index, query=body, size=1000, ignore_unavailable=True)
    for hit in hits:
        try:
            events.append(Event.model_validate(hit["_source"]))
        except ValueError:
            continue  # not an event document (written by hand or an older schema)
        if len(events) >= MAX_EVENTS:
            break
    events.sort(key=lambda e: (event_time(e), e.id))
    return events


def run_backtest(
    es: Any, names: Names, rule: AnyKindRule, since: str, *, show: int = 5
) -> dict[str, Any]:
    events = history(es, names, rule, since)
    engine = Engine({}, [rule.model_copy(update={"enabled": True})])
    alerts = [alert for event in events for alert, _ in engine.process(event)]
    return {
        "rule_id": rule.id,
        "since": since,
        "events": len(events),
        "alerts": len(alerts),
        "first": [a.model_dump(mode="json") for a in alerts[:show]],
    }
