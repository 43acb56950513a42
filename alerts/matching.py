"""Does an event match a rule's `match`? One function for the stream and for backtests.

`percolator_query` is the same filter as an Elasticsearch query (stored with the rule in
the rules index); both read the query text through alerts.query's single parser.
`threat_level_change` is stateful and is checked by the engine, not here.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from eventwatch.alerts.query import Node, evaluate, parse_query, to_elasticsearch, tokenize
from eventwatch.alerts.rules import Match
from eventwatch.models import Event

TEXT_FIELDS = ("summary", "evidence.text", "actors.source.name", "actors.target.name")


@lru_cache(maxsize=1024)
def _parsed(query: str) -> Node:
    return parse_query(query)


def event_countries(event: Event) -> set[str]:
    countries = {a.country for a in event.actors.source + event.actors.target if a.country}
    if event.location is not None and event.location.country:
        countries.add(event.location.country)
    return {c.upper() for c in countries}


def actor_names(event: Event) -> list[str]:
    return [a.name for a in event.actors.source + event.actors.target]


def matches(match: Match, event: Event) -> bool:
    if match.types and event.type not in match.types:
        return False
    if match.languages and event.language not in match.languages:
        return False
    if match.modality and event.modality not in match.modality:
        return False
    if match.min_severity is not None and event.severity < match.min_severity:
        return False
    if match.min_confidence is not None and event.confidence < match.min_confidence:
        return False
    if match.countries and not event_countries(event) & set(match.countries):
        return False
    if match.actors:
        wanted = {a.casefold() for a in match.actors}
        if not wanted & {n.casefold() for n in actor_names(event)}:
            return False
    if match.query:
        texts = [event.summary, event.evidence.text, *actor_names(event)]
        return evaluate(_parsed(match.query), [tokenize(t) for t in texts])
    return True


def percolator_query(match: Match) -> dict[str, Any]:
    filters: list[dict[str, Any]] = []
    for field, values in (
        ("type", match.types),
        ("language", match.languages),
        ("modality", match.modality),
    ):
        if values:
            filters.append({"terms": {field: list(values)}})
    if match.min_severity is not None:
        filters.append({"range": {"severity": {"gte": match.min_severity}}})
    if match.min_confidence is not None:
        filters.append({"range": {"confidence": {"gte": match.min_confidence}}})
    if match.countries:
        places = ("location.country", "actors.source.country", "actors.target.country")
        should = [{"terms": {f: list(match.countries)}} for f in places]
        filters.append({"bool": {"should": should, "minimum_should_match": 1}})
    if match.actors:
        lowered = [a.casefold() for a in match.actors]
        fields = ("actors.source.name.lower", "actors.target.name.lower")
        should = [{"terms": {f: lowered}} for f in fields]
        filters.append({"bool": {"should": should, "minimum_should_match": 1}})
    if match.query:
        filters.append(to_elasticsearch(_parsed(match.query), TEXT_FIELDS))
    return {"bool": {"filter": filters}} if filters else {"match_all": {}}
