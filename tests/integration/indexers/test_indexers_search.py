"""Search against the real Elasticsearch: languages, filters, facets, paging, replays."""

from __future__ import annotations

from collections import Counter
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from indexers_itest_support import COUNTRIES, generated, make_event

from eventwatch.indexers.bulk import BulkWriter
from eventwatch.indexers.search import get_event, make_query, search_events, threat_board
from eventwatch.indexers.setup import ensure_indices
from eventwatch.models import Event

pytestmark = pytest.mark.elasticsearch
N = 210


@pytest.fixture
def names(es: Any, test_settings: Any) -> Any:
    ensure_indices(es, test_settings.names)
    return test_settings.names


def _write(es: Any, names: Any, events: list[Event]) -> None:
    writer = BulkWriter(es, names, batch_docs=64)
    try:
        result = writer.write_events(events)
    finally:
        writer.close()
    assert result.written == len(events) and not result.failed
    es.indices.refresh(index=names.events_index)


def _ids(result: dict[str, Any]) -> set[str]:
    return {e["id"] for e in result["events"]}


def test_german_decompounding_english_and_french_inflections(es: Any, names: Any) -> None:
    now = datetime.now(UTC)
    texts = {
        "compound": ("de", "Der Terroranschlag auf den Bahnhof forderte viele Opfer."),
        "plural": ("de", "Nach den Anschlägen von gestern bleibt die Lage angespannt."),
        "unrelated": ("de", "Das Konzert in der Halle war ausverkauft."),
        "english": ("en", "The attack on the embassy was condemned."),
        "french": ("fr", "Les attentats ont été revendiqués par un groupe."),
        "french_other": ("fr", "Le sommet a été reporté à la semaine prochaine."),
    }
    events = [
        make_event(n, now=now, text=text, language=lang).model_copy(update={"id": key})
        for n, (key, (lang, text)) in enumerate(texts.items())
    ]
    _write(es, names, events)

    found = search_events(es, names, make_query(q="Anschlag", limit=50))
    assert _ids(found) == {"compound", "plural"}
    marked = {e["id"]: e["highlight"]["evidence.text"][0] for e in found["events"]}
    assert "\ue000Terroranschlag\ue001" in marked["compound"]
    assert "\ue000Anschlägen\ue001" in marked["plural"]

    assert _ids(search_events(es, names, make_query(q="attacks"))) == {"english"}
    assert _ids(search_events(es, names, make_query(q="attentat"))) == {"french"}
    # the query itself is not decompounded: a compound finds only the compound
    assert _ids(search_events(es, names, make_query(q="Terroranschlag"))) == {"compound"}


def test_filters_and_facets_count_exactly(es: Any, names: Any) -> None:
    events = generated(N)
    _write(es, names, events)

    everything = search_events(es, names, make_query(limit=0))
    assert everything["total"] == N
    facets = {k: {b["key"]: b["count"] for b in v} for k, v in everything["facets"].items()}
    assert facets["type"] == Counter(e.type for e in events)
    assert facets["country"] == Counter(e.location.country for e in events)
    assert facets["language"] == Counter(e.language for e in events)
    assert facets["source"] == Counter(e.article.source for e in events)
    actor_docs = Counter(
        name for e in events for name in {a.name for a in e.actors.source + e.actors.target}
    )
    assert facets["actor"] == actor_docs
    assert sum(facets["time"].values()) == N

    def expect(pred: Any) -> list[Event]:
        return [e for e in events if pred(e)]

    cases = [
        (
            {"types": ["terror_attack", "protest"], "countries": ["FR"], "min_severity": 3},
            lambda e: (
                e.type in ("terror_attack", "protest")
                and e.location.country == "FR"
                and e.severity >= 3
            ),
        ),
        (
            {"actors": ["jean dupont"]},
            lambda e: "Jean Dupont" in {a.name for a in e.actors.source + e.actors.target},
        ),
        (
            {"sources": ["Le Quotidien"], "languages": ["de"], "min_confidence": 0.6},
            lambda e: (
                e.article.source == "Le Quotidien" and e.language == "de" and e.confidence >= 0.6
            ),
        ),
        ({"modality": ["hypothetical"]}, lambda e: e.modality == "hypothetical"),
        ({"since": "24h"}, lambda e: e.tagged_at >= datetime.now(UTC) - timedelta(hours=24)),
        (
            {"since": "3d", "until": "1d", "countries": COUNTRIES[:3]},
            lambda e: (
                datetime.now(UTC) - timedelta(days=3)
                <= e.tagged_at
                <= datetime.now(UTC) - timedelta(days=1)
                and e.location.country in COUNTRIES[:3]
            ),
        ),
    ]
    for fields, pred in cases:
        wanted = expect(pred)
        assert wanted, fields  # each case selects something
        result = search_events(es, names, make_query(limit=500, **fields))
        assert result["total"] == len(wanted), fields
        assert _ids(result) == {e.id for e in wanted}, fields
        types = {b["key"]: b["count"] for b in result["facets"]["type"]}
        assert types == Counter(e.type for e in wanted), fields


def test_search_after_pages_through_everything_once(es: Any, names: Any) -> None:
    events = generated(N)
    _write(es, names, events)
    seen: list[str] = []
    token = None
    while True:
        page = search_events(es, names, make_query(limit=37, search_after=token))
        seen += [e["id"] for e in page["events"]]
        token = page["next"]
        if token is None:
            break
    # newest first; every event exactly once
    assert seen == [e.id for e in sorted(events, key=lambda e: e.tagged_at, reverse=True)]


def test_replaying_the_same_events_changes_no_count(es: Any, names: Any) -> None:
    events = generated(N)
    _write(es, names, events)
    before = search_events(es, names, make_query(limit=0))
    _write(es, names, events)  # a replay: same ids
    _write(es, names, [e.model_dump(mode="json") for e in events[:50]])  # and as dicts
    after = search_events(es, names, make_query(limit=0))
    assert after["total"] == before["total"] == N
    assert after["facets"] == before["facets"]
    one = get_event(es, names, events[7].id)
    assert one is not None and one["evidence"]["text"] == events[7].evidence.text
    assert one["indexed_at"] is not None
    assert get_event(es, names, "no-such-event") is None


def test_threat_board_shows_current_level_and_changes_per_country(es: Any, names: Any) -> None:
    events = generated(N)
    _write(es, names, events)
    reports: dict[str, list[Event]] = {}
    for e in sorted(events, key=lambda e: e.article.published_at):
        if e.type == "terror_alert" and e.modality == "asserted":
            reports.setdefault(e.location.country, []).append(e)
    board = threat_board(es, names)
    assert {row["country"] for row in board} == set(reports)
    for row in board:
        theirs = reports[row["country"]]
        latest = theirs[-1].threat_level
        assert (row["level"], row["rank"], row["of"]) == (latest.level, latest.rank, latest.of)
        # A run of reports at one level is one change; its first report is the evidence.
        runs = [
            e
            for n, e in enumerate(theirs)
            if n == 0 or e.threat_level.rank != theirs[n - 1].threat_level.rank
        ]
        assert len(row["history"]) == len(runs)
        assert row["event_id"] == runs[-1].id
        assert row["evidence"] == runs[-1].evidence.text
        assert row["history"][0]["level"] == row["level"]  # newest first
    one = threat_board(es, names, board[0]["country"])
    assert [r["country"] for r in one] == [board[0]["country"]]
