"""The end of every fault test: everything exactly once, compared with a run without faults.

Losses that other components are known to have (named by the test with the reason) make
the test an expected failure, and only those: a duplicate, or any other loss, still fails.
"""

from __future__ import annotations

import contextlib
import importlib.util
from collections import Counter
from typing import Any

import pytest
from faults_support import alert_deliveries, alert_event_ids, indexed_ids, wait_for
from support.workers import Worker
from whereabouts import describe

from eventwatch.settings import Settings

HAS_ALERTS = importlib.util.find_spec("eventwatch.alerts.rules") is not None


def wait_until_complete(
    es: Any, settings: Settings, articles: set[str], events: set[str], timeout: float
) -> None:
    """Every event indexed (a hard requirement), then up to 20 s more for the rest."""
    names = settings.names
    wait_for(
        lambda: indexed_ids(es, names.events_index)[1] >= events,
        timeout=timeout,
        what=f"all {len(events)} events indexed",
        every=1.0,
    )
    with contextlib.suppress(AssertionError):  # assert_exactly_once says what is missing
        wait_for(
            lambda: (
                indexed_ids(es, names.articles_index)[1] >= articles
                and (
                    not HAS_ALERTS or len(alert_event_ids(es, names.alerts_index)[1]) >= len(events)
                )
            ),
            timeout=20,
            what="articles and alerts",
        )


def assert_exactly_once(
    es: Any,
    settings: Settings,
    worker: Worker,
    articles: set[str],
    events: set[str],
    *,
    known: dict[str, str] | None = None,
) -> None:
    """`known`: {"articles" | "alerts_undelivered" | "alerts_unstored": reason}."""
    names = settings.names
    gaps: dict[str, str] = {}
    event_count, event_ids = indexed_ids(es, names.events_index)
    assert event_ids == events and event_count == len(events)
    article_count, article_ids = indexed_ids(es, names.articles_index)
    assert article_ids <= articles and article_count == len(article_ids)
    if article_ids != articles:
        missing = articles - article_ids
        gaps["articles"] = (
            f"{len(missing)} articles missing from the index ({describe(settings, missing)})"
        )
    if HAS_ALERTS:
        gaps |= _alert_gaps(es, settings, worker, events)
    unknown = {kind: what for kind, what in gaps.items() if kind not in (known or {})}
    assert not unknown, unknown
    if gaps:
        pytest.xfail("; ".join(f"{what} ({(known or {})[kind]})" for kind, what in gaps.items()))


def _alert_gaps(es: Any, settings: Settings, worker: Worker, events: set[str]) -> dict[str, str]:
    """One `any` rule without throttle: one alert per event, delivered and stored once."""
    gaps = {}
    deliveries = alert_deliveries(worker)
    times = Counter(d["alert"] for d in deliveries)
    repeated = {alert: n for alert, n in times.items() if n > 1}
    assert not repeated, f"alerts delivered more than once: {repeated}"
    delivered_events = [e for d in deliveries for e in d["events"]]
    assert len(delivered_events) == len(set(delivered_events)) <= len(events)
    assert set(delivered_events) <= events
    if set(delivered_events) != events:
        gaps["alerts_undelivered"] = f"{len(events - set(delivered_events))} alerts undelivered"

    alert_docs, alert_ids, stored_events = alert_event_ids(es, settings.names.alerts_index)
    assert alert_docs == len(alert_ids)
    assert len(stored_events) == len(set(stored_events)) and set(stored_events) <= events
    assert alert_ids <= set(times), "an alert stored that was never delivered"
    if set(stored_events) != set(delivered_events):
        missing = set(delivered_events) - set(stored_events)
        gaps["alerts_unstored"] = f"{len(missing)} delivered alerts not in the alerts index"
    return gaps
