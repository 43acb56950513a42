"""EventQuery validation and the query builder (no server needed)."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

import pytest

from eventwatch.errors import UsageError
from eventwatch.indexers.analysis import compound_parts_de
from eventwatch.indexers.query import EventQuery, decode_after, encode_after
from eventwatch.indexers.search import build_query, make_query, search_body


def test_singular_names_become_filters() -> None:
    query = EventQuery(country="fr", actor="Macron", lang="DE", type="terror_alert")
    assert query.countries == ["FR"]
    assert query.actors == ["Macron"]
    assert query.languages == ["de"]
    assert query.types == ["terror_alert"]


def test_relative_and_iso_times() -> None:
    before = datetime.now(UTC)
    query = EventQuery(since="24h", until="2030-01-02T03:04:05Z")
    after = datetime.now(UTC)
    assert before - timedelta(hours=24) <= query.since <= after - timedelta(hours=24)
    assert query.until == datetime(2030, 1, 2, 3, 4, 5, tzinfo=UTC)


@pytest.mark.parametrize(
    ("fields", "named"),
    [
        ({"types": ["bombing"]}, "types"),
        ({"countries": ["France"]}, "countries"),
        ({"languages": ["deu"]}, "languages"),
        ({"since": "yesterday"}, "since"),
        ({"limit": 10_000}, "limit"),
        ({"min_severity": 9}, "min_severity"),
        ({"q": "x" * 20_000}, "q"),
        ({"search_after": "not-a-token"}, "search_after"),
        ({"sort": "random"}, "sort"),
    ],
)
def test_bad_input_is_one_usage_error_naming_the_field(fields: dict, named: str) -> None:
    with pytest.raises(UsageError) as caught:
        make_query(**fields)
    message = str(caught.value)
    assert message.startswith(named)
    assert "\n" not in message


def test_control_characters_are_dropped_from_text() -> None:
    assert EventQuery(q="\x00bomb\x1b[31m attack\x07").q == "bomb [31m attack"
    assert EventQuery(q="\x00\x01 ").q is None


def test_user_text_only_reaches_simple_query_string() -> None:
    hostile = '*:* OR "unbalanced script: {"source": "x"}'
    body = json.dumps(build_query(EventQuery(q=hostile, actors=['{"script": 1}'])))
    parsed = json.loads(body)
    text = parsed["bool"]["must"][0]["simple_query_string"]
    assert text["query"] == hostile
    assert "FUZZY" not in text["flags"] and "ALL" not in text["flags"]
    # the actor lands in a terms filter as a plain value, not as a query
    assert {"terms": {"actor_names.lower": ['{"script": 1}']}} in parsed["bool"]["filter"]


def test_filters_for_every_field() -> None:
    query = EventQuery(
        types=["protest"],
        countries=["DE"],
        sources=["Daily"],
        languages=["de"],
        modality=["asserted"],
        min_severity=3,
        min_confidence=0.5,
    )
    filters = build_query(query)["bool"]["filter"]
    assert {"terms": {"type": ["protest"]}} in filters
    assert {"terms": {"location.country": ["DE"]}} in filters
    assert {"terms": {"article.source": ["Daily"]}} in filters
    assert {"terms": {"language": ["de"]}} in filters
    assert {"terms": {"modality": ["asserted"]}} in filters
    assert {"range": {"severity": {"gte": 3}}} in filters
    assert {"range": {"confidence": {"gte": 0.5}}} in filters


def test_search_after_round_trip_and_sort_mismatch() -> None:
    token = encode_after([1700000000000, "abc"])
    assert decode_after(token) == [1700000000000, "abc"]
    body = search_body(EventQuery(search_after=token))
    assert body["search_after"] == [1700000000000, "abc"]
    with pytest.raises(UsageError):
        search_body(EventQuery(search_after=token, sort="relevance"))


def test_compound_list_is_lowercase_and_folded() -> None:
    parts = compound_parts_de()
    assert "anschlag" in parts
    assert all(p == p.lower() and not set(p) & set("äöüß") for p in parts)


def test_building_the_model_directly_also_raises_a_usage_error() -> None:
    with pytest.raises(UsageError) as caught:
        EventQuery(lang="\x00\x01")
    assert caught.value.field == "languages"
    assert caught.value.status == 422
