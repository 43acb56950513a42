"""Rule secrets are write-only: every reader gets them masked, and a masked value sent back
by an editor (the form round-trips the rule) keeps what is stored.

Secret fields: webhook `headers` values, slack `url`, email `password`.
"""

from __future__ import annotations

import copy
from typing import Any

from eventwatch.alerts.rules import InvalidRule
from eventwatch.secrets import MASK, mask, mask_url


def mask_rule(rule: dict[str, Any]) -> dict[str, Any]:
    """A copy of a stored rule (as a dict) fit to show to anyone."""
    shown = copy.deepcopy(rule)
    for action in _actions(shown):
        kind = action.get("type")
        if kind == "webhook" and isinstance(action.get("headers"), dict):
            action["headers"] = {k: mask(str(v)) for k, v in action["headers"].items()}
        elif kind == "slack" and isinstance(action.get("url"), str):
            action["url"] = mask_url(action["url"])
        elif kind == "email" and isinstance(action.get("password"), str):
            action["password"] = mask(action["password"])
    return shown


def keep_secrets(sent: dict[str, Any], stored: dict[str, Any] | None) -> dict[str, Any]:
    """`sent` with each masked secret replaced by the stored one of the same action.

    Actions are matched by position and type; a mask with nothing stored behind it is
    refused, naming the field, rather than saved as the literal mask.
    """
    merged = copy.deepcopy(sent)
    before = _actions(stored or {})
    for index, action in enumerate(_actions(merged)):
        old = before[index] if index < len(before) else {}
        same = old.get("type") == action.get("type")
        where = f"actions[{index}]"
        kind = action.get("type")
        if kind == "webhook" and isinstance(action.get("headers"), dict):
            old_headers = old.get("headers") or {} if same else {}
            for name, value in action["headers"].items():
                if value == MASK:
                    action["headers"][name] = _stored(
                        old_headers.get(name), f"{where}.headers.{name}"
                    )
        elif kind == "slack" and isinstance(action.get("url"), str) and MASK in action["url"]:
            old_url = old.get("url") if same else None
            if old_url is None or mask_url(old_url) != action["url"]:
                raise _unknown(f"{where}.url")
            action["url"] = old_url
        elif kind == "email" and action.get("password") == MASK:
            action["password"] = _stored(old.get("password") if same else None, f"{where}.password")
    return merged


def _stored(value: Any, field: str) -> str:
    if not isinstance(value, str):
        raise _unknown(field)
    return value


def _unknown(field: str) -> InvalidRule:
    return InvalidRule(
        f"is the mask {MASK!r} but no secret is stored there to keep; send the real value",
        field=field,
    )


def _actions(rule: dict[str, Any]) -> list[dict[str, Any]]:
    actions = rule.get("actions")
    if not isinstance(actions, list):
        return []
    return [a for a in actions if isinstance(a, dict)]
