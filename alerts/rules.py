"""The rule model (SPEC section 6), shared by YAML files, the API and the CLI.

`parse_rule(dict)` and `parse_rules_yaml(text)` are the one validator everybody uses; they
raise InvalidRule, whose message and `.field` name the offending field.
"""

from __future__ import annotations

import re
from datetime import timedelta
from typing import Annotated, Any, Literal

import yaml
from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    PlainSerializer,
    TypeAdapter,
    ValidationError,
    ValidationInfo,
    WithJsonSchema,
    field_validator,
)

from eventwatch import yamlsafe
from eventwatch.alerts.actions import ActionConfigUnion, email
from eventwatch.alerts.actions.webhook import MAX_HEADERS
from eventwatch.alerts.query import QuerySyntaxError, parse_query
from eventwatch.durations import DURATION_PATTERN, format_duration, parse_duration
from eventwatch.errors import UsageError
from eventwatch.models import EventType, Modality, ThreatDirection

KINDS = ("any", "threshold", "spike", "new_term")
Per = Literal["incident", "event"]
# What `per` means for a rule stored before the field existed: what it did then.
STORED_RULE_PER = "event"
MAX_ACTIONS = 20
# Dotted event paths a rule may group by or watch (new_term); `actors.name` means any actor.
EVENT_FIELDS = (
    "type",
    "language",
    "modality",
    "location.country",
    "location.name",
    "actors.name",
    "actors.country",
    "article.source",
    "threat_level.normalized",
)
RULE_ID_RE = r"^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$"
COUNTRY_RE = r"^[A-Za-z]{2}$"
LANGUAGE_RE = r"^[a-z]{2}$"
# What a pattern means, for people: the raw regex is no help in a form or a terminal.
PATTERN_MEANINGS = {
    RULE_ID_RE: "letters, digits, '.', '_' or '-' (starting with a letter or digit, at most 100)",
    COUNTRY_RE: "a two-letter ISO 3166 country code such as FR",
    LANGUAGE_RE: "a two-letter lower-case ISO 639-1 language code such as de",
    email.ADDRESS: "one mail address like duty@example.org (one per list item, no commas)",
    email.ONE_LINE: "one line of text (no CR or LF)",
}

Duration = Annotated[
    timedelta,
    BeforeValidator(parse_duration),
    PlainSerializer(format_duration, return_type=str),
    WithJsonSchema({"type": "string", "pattern": DURATION_PATTERN, "examples": ["10m", "1h"]}),
]


class InvalidRule(UsageError):
    """A rule refused; the message names the rule and the field. API answers 422."""

    status = 422

    def __init__(self, message: str, *, field: str, rule_id: str | None = None) -> None:
        prefix = f"rule {rule_id!r}: " if rule_id else "rule: "
        super().__init__(f"{prefix}{field}: {message}")
        self.field = field
        self.rule_id = rule_id
        self.reason = message


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Match(_Strict):
    types: list[EventType] = Field(default_factory=list)
    countries: list[Annotated[str, Field(pattern=COUNTRY_RE)]] = Field(
        default_factory=list, description="ISO 3166-1 alpha-2; location or any actor's country"
    )
    actors: list[Annotated[str, Field(min_length=1, max_length=200)]] = Field(default_factory=list)
    languages: list[Annotated[str, Field(pattern=LANGUAGE_RE)]] = Field(default_factory=list)
    modality: list[Modality] = Field(default_factory=list)
    min_severity: int | None = Field(default=None, ge=1, le=5)
    min_confidence: float | None = Field(default=None, ge=0.0, le=1.0)
    query: str | None = Field(
        default=None, description="simple_query_string over summary, evidence and actor names"
    )
    threat_level_change: bool = Field(
        default=False,
        description="only events that change their country's threat level (once per change, "
        "however many outlets report it)",
    )
    directions: list[ThreatDirection] = Field(
        default_factory=list,
        description="with threat_level_change: only these directions (raised, lowered)",
    )

    @field_validator("countries")
    @classmethod
    def _upper(cls, value: list[str]) -> list[str]:
        return [c.upper() for c in value]

    @field_validator("directions")
    @classmethod
    def _directions_need_change(cls, value: list[str], info: ValidationInfo) -> list[str]:
        if value and not info.data.get("threat_level_change"):
            raise ValueError("directions need threat_level_change: true")
        return value

    @field_validator("query")
    @classmethod
    def _query(cls, value: str | None) -> str | None:
        if value is not None:
            try:
                parse_query(value)
            except QuerySyntaxError as exc:
                raise ValueError(f"not a valid query: {exc}") from exc
        return value


def _field_path(value: str) -> str:
    if value not in EVENT_FIELDS:
        raise ValueError(f"{value!r} is not one of {', '.join(EVENT_FIELDS)}")
    return value


FieldPath = Annotated[str, BeforeValidator(_field_path)]


class Updates(_Strict):
    """When an incident already alerted on is worth another alert (each fires once)."""

    sources: int | None = Field(
        None, ge=2, le=10_000, description="once the incident is reported by this many outlets"
    )
    languages: int | None = Field(
        None, ge=2, le=50, description="once the incident is reported in this many languages"
    )
    articles: int | None = Field(
        None, ge=2, le=100_000, description="once the incident has this many reports"
    )
    severity_rises: bool = Field(False, description="whenever its highest severity rises")

    def crossings(self) -> list[str]:
        return [
            name
            for name in ("sources", "languages", "articles", "severity_rises")
            if getattr(self, name)
        ]


def _updates(value: Any) -> Any:
    if value is True:  # `updates: true`: the one condition that needs no number
        return {"severity_rises": True}
    if value is False:
        return None
    return value


class RuleBase(_Strict):
    id: str = Field(pattern=RULE_ID_RE)
    name: str | None = Field(default=None, max_length=200)
    description: str | None = Field(default=None, max_length=2000)
    enabled: bool = True
    match: Match = Field(default_factory=lambda: Match())
    throttle: Duration | None = None
    actions: list[ActionConfigUnion] = Field(min_length=1, max_length=MAX_ACTIONS)
    per: Per = Field(
        "incident",
        description=(
            "incident: the rule sees each incident once (its first matching report), however"
            " many articles report it; event: every matching event (rules stored before this"
            " field existed keep event)"
        ),
    )
    updates: Annotated[Updates | None, BeforeValidator(_updates)] = Field(
        None,
        description="per incident only: fire again when the incident crosses one of these"
        " (true: when its severity rises)",
    )

    @field_validator("updates")
    @classmethod
    def _updates_need_incidents(cls, value: Updates | None, info: ValidationInfo) -> Any:
        if value is not None and info.data.get("per") == "event":
            raise ValueError("needs per: incident (an event is never updated)")
        if value is not None and not value.crossings():
            raise ValueError("name at least one of sources, languages, articles, severity_rises")
        return value


class AnyRule(RuleBase):
    kind: Literal["any"] = "any"


class ThresholdRule(RuleBase):
    kind: Literal["threshold"]
    window: Duration
    threshold: int = Field(ge=1, le=100_000)
    group_by: list[FieldPath] = Field(default_factory=list)


class SpikeRule(RuleBase):
    kind: Literal["spike"]
    window: Duration
    baseline: Duration = Field(description="the longer period the window's rate is compared with")
    factor: float = Field(gt=1.0, le=1000.0)
    min_count: int = Field(
        default=3, ge=1, description="no spike below this many events in the window"
    )
    group_by: list[FieldPath] = Field(default_factory=list)

    @field_validator("baseline")
    @classmethod
    def _baseline_longer(cls, value: timedelta, info: ValidationInfo) -> timedelta:
        window = info.data.get("window")
        if window is not None and value <= window:
            raise ValueError(f"must be longer than window ({format_duration(window)})")
        return value


class NewTermRule(RuleBase):
    kind: Literal["new_term"]
    field: FieldPath
    group_by: list[FieldPath] = Field(default_factory=list)


Rule = Annotated[AnyRule | ThresholdRule | SpikeRule | NewTermRule, Field(discriminator="kind")]
RULE_ADAPTER: TypeAdapter[Any] = TypeAdapter(Rule)
AnyKindRule = AnyRule | ThresholdRule | SpikeRule | NewTermRule


def parse_rule(data: Any) -> AnyKindRule:
    """A validated rule from a dict (YAML document, API body); InvalidRule names the field."""
    if not isinstance(data, dict):
        raise InvalidRule(f"must be a mapping, not {type(data).__name__}", field="rule")
    rule_id = data.get("id") if isinstance(data.get("id"), str) else None
    data = {"kind": "any", **data}
    if data["kind"] not in KINDS:
        raise InvalidRule(
            f"{data['kind']!r} is not one of {', '.join(KINDS)}", field="kind", rule_id=rule_id
        )
    try:
        return RULE_ADAPTER.validate_python(data)
    except ValidationError as exc:
        field, message = _first_error(exc, data["kind"])
        raise InvalidRule(message, field=field, rule_id=rule_id) from None


def _first_error(exc: ValidationError, kind: str) -> tuple[str, str]:
    error = exc.errors(include_url=False)[0]
    loc = list(error.get("loc", ()))
    if loc and loc[0] == kind:  # the discriminated union puts the tag first
        loc = loc[1:]
    if len(loc) >= 3 and loc[0] == "actions" and isinstance(loc[2], str):
        loc = loc[:2] + loc[3:]  # same for the action's `type` tag
    message = str(error.get("msg", "invalid"))
    if len(loc) >= 3 and loc[0] == "actions" and loc[2] == "headers":
        # A header's value may be a secret: name the field, never echo what was sent.
        return f"actions[{loc[1]}].headers", (
            "header names must be tokens (letters, digits, '-') and values one line of "
            f"at most 4096 characters without control characters (CR, LF); at most {MAX_HEADERS}"
        )
    message = re.sub(r"^(Value error|Assertion failed), ", "", message)
    if error.get("type") in ("union_tag_invalid", "union_tag_not_found"):
        loc.append("type")
        message = f"{error.get('input', {}).get('type')!r} is not one of webhook, email, slack, log"
        if error.get("type") == "union_tag_not_found":
            message = "missing (one of webhook, email, slack, log)"
    elif error.get("type") == "string_pattern_mismatch":
        pattern = str((error.get("ctx") or {}).get("pattern", ""))
        meaning = PATTERN_MEANINGS.get(pattern, f"text matching {pattern}")
        message = f"{error.get('input')!r}: must be {meaning}"
    elif error.get("type") == "missing":
        message = "required but missing"
    elif error.get("type") == "extra_forbidden":
        message = "unknown field"
    elif error.get("type") == "too_short" and loc == ["actions"]:
        message = "at least one action is required (webhook, email, slack or log)"
    elif error.get("type") == "too_long" and loc == ["actions"]:
        message = f"at most {MAX_ACTIONS} actions"
    field = ""
    for part in loc:
        field += f"[{part}]" if isinstance(part, int) else (f".{part}" if field else str(part))
    return field or "rule", message


def parse_rules_yaml(text: str, *, source: str = "<rules>") -> list[AnyKindRule]:
    """All rules of a multi-document YAML text; the first invalid one is refused."""
    try:
        documents = [d for d in yamlsafe.load_all(text) if d is not None]
    except yamlsafe.YamlTooLarge as exc:
        raise InvalidRule(f"refused: {exc}", field=source) from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" at line {mark.line + 1}" if mark is not None else ""
        raise InvalidRule(f"not valid YAML{where}", field=source) from None
    rules: list[AnyKindRule] = []
    seen: set[str] = set()
    for document in documents:
        rule = parse_rule(document)
        if rule.id in seen:
            raise InvalidRule("appears twice in the file", field="id", rule_id=rule.id)
        seen.add(rule.id)
        rules.append(rule)
    return rules


def stored_rule(data: Any) -> Any:
    """A rule as stored; one saved before `per` existed keeps firing per event.

    New rules default to per incident, and saving a rule writes its `per` out, so only
    rules from before incidents lack it.
    """
    if isinstance(data, dict) and "per" not in data:
        return {**data, "per": STORED_RULE_PER}
    return data


def rule_to_dict(rule: AnyKindRule) -> dict[str, Any]:
    return rule.model_dump(mode="json", exclude_none=True)


def rule_json_schema() -> dict[str, Any]:
    return RULE_ADAPTER.json_schema()
