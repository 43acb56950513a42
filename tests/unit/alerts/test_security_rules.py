"""Probe rows about rules: limits, header and mail injection, YAML alias bombs, and secrets
that editors may write but nobody reads back."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import pytest

from eventwatch.alerts.rules import InvalidRule, parse_rule, parse_rules_yaml, rule_to_dict
from eventwatch.alerts.secrets import MASK, keep_secrets, mask_rule

HOOK = "https://hooks.example.org/ew"


def rule_with(*actions: dict) -> dict:
    return {"id": "r1", "name": "R", "kind": "any", "actions": list(actions)}


def refused_field(rule: dict) -> str:
    with pytest.raises(InvalidRule) as refused:
        parse_rule(rule)
    return refused.value.field


def test_ten_thousand_actions_are_refused() -> None:
    assert refused_field(rule_with(*[{"type": "log"}] * 10_000)) == "actions"
    parse_rule(rule_with(*[{"type": "log"}] * 20))


@pytest.mark.parametrize(
    ("headers", "field"),
    [
        ({"X-Token": "a\r\nX-Injected: 1"}, "actions[0].headers"),
        ({"X-Token\r\nX-Injected": "1"}, "actions[0].headers"),
        ({"Bad Name": "1"}, "actions[0].headers"),
    ],
)
def test_crlf_and_bad_names_in_webhook_headers_are_refused(headers: dict, field: str) -> None:
    assert refused_field(rule_with({"type": "webhook", "url": HOOK, "headers": headers})) == field


def test_crlf_in_a_mail_subject_is_refused() -> None:
    action = {"type": "email", "to": ["duty@example.org"], "subject": "Hi\r\nBcc: x@evil.test"}
    assert refused_field(rule_with(action)) == "actions[0].subject"


@pytest.mark.parametrize(
    "address",
    ["a@example.org,b@example.org", "a,b@example.org", "a@example.org;b@x.org", "<a@x.org>"],
)
def test_comma_joined_mail_addresses_are_refused(address: str) -> None:
    assert refused_field(rule_with({"type": "email", "to": [address]})) == "actions[0].to[0]"


def alias_bomb(levels: int = 9) -> str:
    """The billion laughs in YAML: each level lists the one before nine times."""
    lines = ["l0: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
    for n in range(1, levels + 1):
        lines.append(f"l{n}: &l{n} [" + ", ".join([f"*l{n - 1}"] * 9) + "]")
    lines += ["id: bomb", f"kind: *l{levels}", "actions: [{type: log}]"]
    return "\n".join(lines) + "\n"


ALIAS_BOMB = alias_bomb()


def test_a_yaml_alias_bomb_is_refused_quickly_in_one_line(tmp_path: Path) -> None:
    path = tmp_path / "bomb.yaml"
    path.write_text(ALIAS_BOMB)
    started = time.monotonic()
    command = [sys.executable, "-m", "eventwatch.cli", "rules", "validate", str(path)]
    result = subprocess.run(command, capture_output=True, text=True, timeout=120)
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and len(lines[0]) < 300, result.stderr[:500]
    assert "alias" in lines[0] or "aliases" in lines[0]
    assert time.monotonic() - started < 60  # a generous bound: the bomb took 38 s and 2.7 GB


def test_a_huge_rules_document_is_refused() -> None:
    with pytest.raises(InvalidRule, match="too large"):
        parse_rules_yaml("id: big\nname: " + "x" * (3 * 1024 * 1024) + "\nactions: [{type: log}]\n")


# --- secrets ---------------------------------------------------------------------------------

SECRET_RULE = rule_with(
    {
        "type": "webhook",
        "url": HOOK,
        "headers": {"Authorization": "Bearer tok-123", "X-Env": "${ENV:HOOK_TOKEN}"},
    },
    {"type": "slack", "url": "https://hooks.slack.example/services/T0/B0/sekrit"},
    {
        "type": "email",
        "to": ["duty@example.org"],
        "host": "mail.example.org",
        "username": "ew",
        "password": "smtp-pw",
    },
)


def test_secrets_are_masked_for_every_reader() -> None:
    shown = mask_rule(rule_to_dict(parse_rule(SECRET_RULE)))
    text = repr(shown)
    for secret in ("tok-123", "sekrit", "smtp-pw"):
        assert secret not in text
    webhook, slack, email = shown["actions"]
    assert webhook["headers"] == {"Authorization": MASK, "X-Env": "${ENV:HOOK_TOKEN}"}
    assert slack["url"].startswith("https://hooks.slack.example/") and MASK in slack["url"]
    assert email["password"] == MASK and email["username"] == "ew"


def test_a_masked_rule_sent_back_keeps_the_stored_secrets() -> None:
    stored = rule_to_dict(parse_rule(SECRET_RULE))
    edited = mask_rule(stored) | {"name": "Renamed"}
    merged = rule_to_dict(parse_rule(keep_secrets(edited, stored)))
    assert merged["name"] == "Renamed"
    assert merged["actions"][0]["headers"]["Authorization"] == "Bearer tok-123"
    assert merged["actions"][1]["url"].endswith("/sekrit")
    assert merged["actions"][2]["password"] == "smtp-pw"


def test_a_mask_that_matches_nothing_stored_is_refused() -> None:
    stored = rule_to_dict(parse_rule(rule_with({"type": "log"})))
    sent = rule_with({"type": "webhook", "url": HOOK, "headers": {"Authorization": MASK}})
    with pytest.raises(InvalidRule) as refused:
        keep_secrets(sent, stored)
    assert refused.value.field == "actions[0].headers.Authorization"


def test_an_environment_reference_is_valid_where_a_slack_url_goes() -> None:
    parse_rule(rule_with({"type": "slack", "url": "${ENV:SLACK_HOOK}"}))
    assert refused_field(rule_with({"type": "slack", "url": "${ENV:bad name}"})) == "actions[0].url"
