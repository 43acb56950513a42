"""Rules in Elasticsearch: what the CLI, the dashboard and the workers read and write.

Every write validates through alerts.rules.parse_rule and refreshes, so a worker polling
the index (alerts.reload) sees the change within its poll interval.
"""

from __future__ import annotations

from typing import Any

from eventwatch.alerts.backtest import run_backtest
from eventwatch.alerts.matching import percolator_query
from eventwatch.alerts.rules import AnyKindRule, parse_rule, rule_to_dict, stored_rule
from eventwatch.errors import ServiceUnavailable, UsageError
from eventwatch.models import utcnow
from eventwatch.names import Names

MAX_RULES = 10_000


class RuleConflict(UsageError):
    """Creating a rule whose id is taken; the API answers 409."""

    status = 409

    def __init__(self, rule_id: str) -> None:
        super().__init__(f"rule {rule_id!r} already exists (replace it instead)")
        self.field = "id"


def _document(rule: AnyKindRule) -> dict[str, Any]:
    return {
        "rule": rule_to_dict(rule),
        "rule_id": rule.id,
        "kind": rule.kind,
        "enabled": rule.enabled,
        "updated_at": utcnow().isoformat(),
        "query": percolator_query(rule.match),
    }


def save_rule(es: Any, names: Names, rule: AnyKindRule, *, create: bool = False) -> dict[str, Any]:
    if not es.indices.exists(index=names.rules_index):
        # Writing now would let Elasticsearch create the index with guessed mappings.
        raise ServiceUnavailable(
            f"the rules index {names.rules_index} does not exist (run 'eventwatch setup')"
        )
    op_type = "create" if create else "index"
    result = es.index(
        index=names.rules_index,
        id=rule.id,
        body=_document(rule),
        op_type=op_type,
        refresh="wait_for",
        ignore=[409] if create else [],
    )
    if result.get("status") == 409:
        raise RuleConflict(rule.id)
    return rule_to_dict(rule)


def list_rules(es: Any, names: Names) -> list[dict[str, Any]]:
    body = {"size": MAX_RULES, "query": {"match_all": {}}, "sort": [{"rule_id": "asc"}]}
    result = es.search(index=names.rules_index, body=body, ignore_unavailable=True)
    hits = result["hits"]["hits"]
    return [stored_rule(hit["_source"]["rule"]) for hit in hits if "rule" in hit["_source"]]


def get_rule(es: Any, names: Names, rule_id: str) -> dict[str, Any] | None:
    doc = es.get(index=names.rules_index, id=rule_id, ignore=[404])
    if not doc.get("found") or "rule" not in doc.get("_source", {}):
        return None
    return stored_rule(doc["_source"]["rule"])


def create_rule(es: Any, names: Names, rule: dict[str, Any]) -> dict[str, Any]:
    return save_rule(es, names, parse_rule(rule), create=True)


def replace_rule(es: Any, names: Names, rule_id: str, rule: dict[str, Any]) -> dict[str, Any]:
    return save_rule(es, names, parse_rule({**rule, "id": rule_id}))


def delete_rule(es: Any, names: Names, rule_id: str) -> bool:
    result = es.delete(index=names.rules_index, id=rule_id, refresh="wait_for", ignore=[404])
    return result.get("result") == "deleted"


def set_enabled(es: Any, names: Names, rule_id: str, enabled: bool) -> dict[str, Any] | None:
    current = get_rule(es, names, rule_id)
    if current is None:
        return None
    return save_rule(es, names, parse_rule({**current, "enabled": enabled}))


def backtest(es: Any, names: Names, rule: dict[str, Any], since: str) -> dict[str, Any]:

    return run_backtest(es, names, parse_rule(rule), since)


def load_rules(es: Any, names: Names) -> tuple[tuple[Any, ...], list[AnyKindRule]]:
    """All stored rules and a version token that changes whenever any rule changes."""
    body = {"size": MAX_RULES, "seq_no_primary_term": True, "query": {"match_all": {}}}
    result = es.search(index=names.rules_index, body=body, ignore_unavailable=True)
    hits = sorted(result["hits"]["hits"], key=lambda h: h["_id"])
    token = tuple((h["_id"], h.get("_seq_no"), h.get("_primary_term")) for h in hits)
    rules = []
    for hit in hits:
        try:
            rules.append(parse_rule(stored_rule(hit["_source"].get("rule"))))
        except UsageError:
            continue  # written by hand around the validator; the CLI's `rules list` shows it
    return token, rules
