"""Creating and migrating the indices: versioned index templates reached by aliases.

`ensure_indices(es, names)` is idempotent. For each kind it installs the index template,
then either creates `<alias>-v<N>` with the alias as write index, leaves it alone when it
is current, or migrates an older version (or a plain index that took the alias's name):
writes to the old index are blocked, its documents reindexed into the new one, and the
alias swapped in one atomic step. Writers that meet the write block retry (BulkWriter
treats it as transient), so no document is lost.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from typing import Any

from elasticsearch import RequestError

from eventwatch.indexers.templates import ALERTS, ALL_SPECS, RULES, IndexSpec
from eventwatch.names import Names

log = logging.getLogger(__name__)
TEMPLATE_PRIORITY = 200


def ensure_indices(
    es: Any, names: Names, specs: Iterable[IndexSpec] = ALL_SPECS
) -> list[tuple[str, str]]:
    """Templates, indices and aliases for every kind; returns (alias, status) rows."""
    return [(spec.alias(names), ensure_index(es, names, spec)) for spec in specs]


def ensure_index(es: Any, names: Names, spec: IndexSpec) -> str:
    alias = spec.alias(names)
    put_template(es, names, spec)
    current = _current_index(es, alias)
    if current is None:
        return _create(es, names, spec)
    index, is_alias = current
    version = index_version(es, index)
    if version == spec.version and is_alias:
        return "exists"
    if version > spec.version:
        return f"exists (v{version} is newer than this code's v{spec.version})"
    moved = migrate(es, names, spec, index, is_alias=is_alias)
    return f"migrated v{version} -> v{spec.version} ({moved} documents)"


def put_template(es: Any, names: Names, spec: IndexSpec) -> None:
    alias = spec.alias(names)
    body = {
        # The alias name itself too: a document written before setup ran creates a
        # concrete index that at least carries the right mapping (setup migrates it later).
        "index_patterns": [f"{alias}-v*", alias],
        "priority": TEMPLATE_PRIORITY,
        "version": spec.version,
        "template": spec.body(),
    }
    es.transport.perform_request("PUT", f"/_index_template/{spec.template_name(names)}", body=body)


def index_version(es: Any, index: str) -> int:
    mapping = es.indices.get_mapping(index=index)[index]["mappings"]
    return int((mapping.get("_meta") or {}).get("eventwatch_version", 0))


def _current_index(es: Any, alias: str) -> tuple[str, bool] | None:
    """(index behind the alias, True) or (alias, False) when a plain index took the name."""
    found = es.indices.get_alias(name=alias) if es.indices.exists_alias(name=alias) else None
    if found:
        writers = [i for i, a in found.items() if a["aliases"][alias].get("is_write_index")]
        return (writers or sorted(found))[0], True
    if es.indices.exists(index=alias):
        return alias, False
    return None


def _create(es: Any, names: Names, spec: IndexSpec) -> str:
    body = spec.body() | {"aliases": {spec.alias(names): {"is_write_index": True}}}
    try:
        es.indices.create(index=spec.index_name(names), body=body)
    except RequestError as exc:
        if exc.error != "resource_already_exists_exception":
            raise
        return "exists"  # another setup created it a moment ago
    return "created"


def migrate(es: Any, names: Names, spec: IndexSpec, old: str, *, is_alias: bool) -> int:
    """Copy `old` into the current version and point the alias at it; returns the count."""
    alias, new = spec.alias(names), spec.index_name(names)
    if not es.indices.exists(index=new):
        es.indices.create(index=new, body=spec.body())
    es.indices.put_settings(index=old, body={"index.blocks.write": True})
    es.indices.refresh(index=old)
    result = es.reindex(
        body={
            "source": {"index": old},
            "dest": {"index": new, "op_type": "create"},
            "conflicts": "proceed",
        },
        refresh=True,
        wait_for_completion=True,
        request_timeout=3600,
    )
    if result.get("failures"):
        es.indices.put_settings(index=old, body={"index.blocks.write": False})
        raise RuntimeError(f"reindex {old} -> {new} failed: {result['failures'][0]}")
    remove = (
        {"remove": {"index": old, "alias": alias}} if is_alias else {"remove_index": {"index": old}}
    )
    add = {"add": {"index": new, "alias": alias, "is_write_index": True}}
    es.indices.update_aliases(body={"actions": [remove, add]})
    if is_alias:
        es.indices.delete(index=old)
    log.info("migrated %s -> %s (%s documents)", old, new, result.get("total"))
    return int(result.get("total", 0))


RETENTION_FIELDS = {"events": "tagged_at", "articles": "received_at", "alerts": "fired_at"}


def apply_retention(es: Any, names: Names, days: int) -> dict[str, int]:
    """Delete events, articles and alerts older than `days`; returns counts per kind.

    The OSS server has no ILM, so this is the delete job (run it from cron or setup).
    """
    if days < 1:
        raise ValueError("retention must be at least 1 day")
    deleted = {}
    for kind, field in RETENTION_FIELDS.items():
        index = names.index(f"eventwatch-{kind}")
        # delete_by_query sees only refreshed documents; old ones may have just arrived.
        es.indices.refresh(index=index, ignore_unavailable=True)
        result = es.delete_by_query(
            index=index,
            body={"query": {"range": {field: {"lt": f"now-{days}d"}}}},
            conflicts="proceed",
            ignore_unavailable=True,
            refresh=True,
        )
        deleted[kind] = int(result.get("deleted", 0))
    return deleted


def ensure_alert_indices(es: Any, names: Names) -> None:
    """The rules (percolator) and alerts indices, for writers that may run before `setup`."""
    for spec in (RULES, ALERTS):
        ensure_index(es, names, spec)
