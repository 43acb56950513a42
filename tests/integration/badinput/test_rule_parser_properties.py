"""Property-based: any input to the rule parser gives a Rule or an InvalidRule that names a
field, never another exception (rules arrive from YAML files and the API alike)."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

rules = pytest.importorskip("eventwatch.alerts.rules")

KEYS = [
    "id", "name", "enabled", "kind", "match", "throttle", "actions", "window", "threshold",
    "group_by", "baseline", "factor", "min_count", "field", "description",
    "types", "countries", "actors", "languages", "modality", "min_severity", "min_confidence",
    "query", "type", "url", "headers", "to", "threat_level_change", "directions",
]  # fmt: skip
SCALARS = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(2**70), max_value=2**70),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=30),
    st.sampled_from(["any", "threshold", "spike", "new_term", "log", "webhook", "email",
                     "slack", "10m", "1h", "0s", "-5m", "terror_attack", "FR", "de",
                     "location.country", "a AND (", "\x00", "\ud800", "raised"]),
)  # fmt: skip
# Durations as analysts write them, absurdly long ones included.
DURATIONS = st.builds(
    lambda n, unit: f"{n}{unit}", st.integers(-5, 10**25), st.sampled_from("smhdw")
)
VALUES = st.recursive(
    SCALARS,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.sampled_from(KEYS), inner),
    max_leaves=12,
)
RULE_LIKE = st.fixed_dictionaries(
    {},
    optional={
        "id": st.one_of(st.just("r1"), VALUES),
        "kind": st.one_of(st.sampled_from(["any", "threshold", "spike", "new_term"]), VALUES),
        "match": st.one_of(st.dictionaries(st.sampled_from(KEYS), VALUES), VALUES),
        "actions": st.one_of(
            st.just([{"type": "log"}]),
            st.lists(st.one_of(st.dictionaries(st.sampled_from(KEYS), VALUES), VALUES)),
            VALUES,
        ),
        "window": st.one_of(DURATIONS, VALUES),
        "threshold": VALUES,
        "group_by": VALUES,
        "baseline": st.one_of(DURATIONS, VALUES),
        "factor": VALUES,
        "field": VALUES,
        "throttle": st.one_of(DURATIONS, VALUES),
    },
)


def check(data: Any) -> None:
    try:
        rule = rules.parse_rule(data)
    except rules.InvalidRule as exc:
        assert exc.field, data
        assert str(exc).count("\n") == 0
        return
    assert rule.id and rule.actions


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(RULE_LIKE)
def test_rule_like_dicts_give_a_rule_or_an_error_naming_a_field(data: dict[str, Any]) -> None:
    check(data)


@settings(max_examples=200, deadline=None)
@given(VALUES)
def test_any_value_gives_a_rule_or_an_error_naming_a_field(data: Any) -> None:
    check(data)
