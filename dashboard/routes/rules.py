"""Alert rules: list, create, read, replace, delete, enable/disable, backtest."""

from __future__ import annotations

import asyncio
from typing import Annotated, Any

from fastapi import APIRouter, Body, Query, Response

from eventwatch.dashboard import backends
from eventwatch.dashboard.deps import Editor, ESDep, NamesDep, Viewer
from eventwatch.dashboard.errors import InvalidField

router = APIRouter(prefix="/api/rules", tags=["rules"])
RuleBody = Annotated[
    dict[str, Any], Body(description="a rule (SPEC section 6)", examples=[backends.RULE_EXAMPLE])
]
Since = Annotated[str, Query(description="how far back: 24h, 7d, 2w", max_length=20)]


def _missing(rule_id: str) -> InvalidField:
    return InvalidField(f"no rule with id {rule_id!r}", field="id", status=404)


@router.get("")
async def list_rules(es: ESDep, names: NamesDep, _: Viewer) -> dict[str, Any]:
    rules = await asyncio.to_thread(backends.list_rules, es, names)
    return {"total": len(rules), "rules": rules}


@router.post("", status_code=201)
async def create_rule(rule: RuleBody, es: ESDep, names: NamesDep, _: Editor) -> dict[str, Any]:
    """Refused with 422 naming the field when invalid; 409 when the id is taken."""
    return await asyncio.to_thread(backends.create_rule, es, names, rule)


@router.post("/backtest")
async def backtest_draft(
    rule: RuleBody, es: ESDep, names: NamesDep, _: Viewer, since: Since = "7d"
) -> dict[str, Any]:
    """Backtest a rule that is not saved yet (the form's preview)."""
    return await asyncio.to_thread(backends.backtest, es, names, rule, since)


@router.get("/{rule_id}")
async def get_rule(rule_id: str, es: ESDep, names: NamesDep, _: Viewer) -> dict[str, Any]:
    rule = await asyncio.to_thread(backends.get_rule, es, names, rule_id)
    if rule is None:
        raise _missing(rule_id)
    return rule


@router.put("/{rule_id}")
async def replace_rule(
    rule_id: str, rule: RuleBody, es: ESDep, names: NamesDep, _: Editor
) -> dict[str, Any]:
    if rule.setdefault("id", rule_id) != rule_id:
        raise InvalidField(
            f"field 'id': {rule['id']!r} differs from the URL's {rule_id!r}", field="id"
        )
    return await asyncio.to_thread(backends.replace_rule, es, names, rule_id, rule)


@router.delete("/{rule_id}", status_code=204)
async def delete_rule(rule_id: str, es: ESDep, names: NamesDep, _: Editor) -> Response:
    if not await asyncio.to_thread(backends.delete_rule, es, names, rule_id):
        raise _missing(rule_id)
    return Response(status_code=204)


@router.post("/{rule_id}/enable")
async def enable_rule(rule_id: str, es: ESDep, names: NamesDep, _: Editor) -> dict[str, Any]:
    return await _set_enabled(es, names, rule_id, True)


@router.post("/{rule_id}/disable")
async def disable_rule(rule_id: str, es: ESDep, names: NamesDep, _: Editor) -> dict[str, Any]:
    return await _set_enabled(es, names, rule_id, False)


async def _set_enabled(es: Any, names: Any, rule_id: str, enabled: bool) -> dict[str, Any]:
    rule = await asyncio.to_thread(backends.set_enabled, es, names, rule_id, enabled)
    if rule is None:
        raise _missing(rule_id)
    return rule


@router.post("/{rule_id}/backtest")
async def backtest_rule(
    rule_id: str, es: ESDep, names: NamesDep, _: Viewer, since: Since = "7d"
) -> dict[str, Any]:
    """What the stored rule would have fired on the indexed history."""
    rule = await asyncio.to_thread(backends.get_rule, es, names, rule_id)
    if rule is None:
        raise _missing(rule_id)
    return await asyncio.to_thread(backends.backtest, es, names, rule, since)
