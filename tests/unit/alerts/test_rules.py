"""The shared rule validator: valid rules parse, invalid ones are refused naming the field."""

from __future__ import annotations

import pytest

from eventwatch.alerts.rules import (
    InvalidRule,
    parse_rule,
    parse_rules_yaml,
    rule_json_schema,
    rule_to_dict,
)

SPEC_RULES = """
id: fr-terror-alert
name: Terror alert in France
kind: any
match: {types: [terror_alert], countries: [fr], min_confidence: 0.5, modality: [asserted]}
throttle: 1h
actions:
  - {type: webhook, url: "https://hooks.example.org/x", headers: {Authorization: "Bearer t"}}
  - {type: email, to: [duty@example.org]}
---
id: attacks-per-country
kind: threshold
match: {types: [terror_attack]}
window: 10m
threshold: 3
group_by: [location.country]
actions: [{type: log}]
"""


def rule(**extra: object) -> dict[str, object]:
    return {"id": "x", "actions": [{"type": "log"}], **extra}


def test_multi_document_yaml_parses_and_round_trips() -> None:
    rules = parse_rules_yaml(SPEC_RULES)
    assert [r.kind for r in rules] == ["any", "threshold"]
    assert rules[0].match.countries == ["FR"]
    dumped = rule_to_dict(rules[1])
    assert dumped["window"] == "10m"
    assert parse_rule(dumped) == rules[1]


@pytest.mark.parametrize(
    ("data", "field", "words"),
    [
        (rule(kind="threshold", window="10 parsecs", threshold=3), "window", "10m, 1h, 7d"),
        (rule(kind="percentile"), "kind", "'percentile' is not one of"),
        ({"id": "x", "actions": []}, "actions", "at least one action"),
        ({"id": "x"}, "actions", "missing"),
        (rule(colour="red"), "colour", "unknown field"),
        (rule(match={"typez": ["protest"]}), "match.typez", "unknown field"),
        ({"id": "x", "actions": [{"type": "pager"}]}, "actions[0].type", "'pager'"),
        ({"id": "x", "actions": [{"type": "webhook"}]}, "actions[0].url", "missing"),
        (rule(match={"types": ["picnic"]}), "match.types[0]", "terror_attack"),
        (rule(match={"query": '"open'}), "match.query", "unbalanced quote"),
        (rule(kind="threshold", window="1m", threshold=2, group_by=["x"]), "group_by[0]", "'x'"),
        (rule(kind="spike", window="1h", baseline="10m", factor=3), "baseline", "longer"),
        (rule(match={"countries": ["FRA"]}), "match.countries[0]", "two-letter ISO 3166"),
        (rule(match={"languages": ["German"]}), "match.languages[0]", "ISO 639-1"),
    ],
)
def test_invalid_rules_name_the_field(data: dict, field: str, words: str) -> None:
    with pytest.raises(InvalidRule) as caught:
        parse_rule(data)
    assert caught.value.field == field
    assert str(caught.value).startswith(f"rule 'x': {field}: ")
    assert words in str(caught.value)
    assert caught.value.exit_code == 2


def test_a_bad_id_is_explained_in_words_not_as_a_regex() -> None:
    with pytest.raises(InvalidRule) as caught:
        parse_rule({"id": "fr alerts!", "actions": [{"type": "log"}]})
    assert caught.value.field == "id"
    assert "letters, digits" in str(caught.value)
    assert "^[" not in str(caught.value)


def test_duplicate_ids_and_bad_yaml_are_refused() -> None:
    twice = "id: a\nactions: [{type: log}]\n---\nid: a\nactions: [{type: log}]\n"
    with pytest.raises(InvalidRule, match="appears twice"):
        parse_rules_yaml(twice)
    with pytest.raises(InvalidRule, match="not valid YAML at line"):
        parse_rules_yaml("id: [unclosed\n")


def test_json_schema_covers_every_kind() -> None:
    schema = rule_json_schema()
    assert schema["discriminator"]["propertyName"] == "kind"
    assert set(schema["discriminator"]["mapping"]) == {"any", "threshold", "spike", "new_term"}
