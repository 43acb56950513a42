"""Labelled training entries ('protest, threat | text') and the error for unreadable ones."""

from __future__ import annotations

import re

_LABELLED = re.compile(r"^\s*([a-z_,\s]+?)\s*\|\s*(.+)$", re.S)


class InventoryError(ValueError):
    """A training file that cannot be read; the message names the file and the entry."""


def split_labels(entry: str, where: str) -> tuple[tuple[str, ...], str]:
    """'protest, threat | text' -> (('protest', 'threat'), 'text'); 'none | text' -> ((), ...)."""
    match = _LABELLED.match(entry)
    if match is None:
        raise InventoryError(f"{where}: expected 'labels | text', got {entry[:60]!r}")
    labels = tuple(x.strip() for x in match.group(1).split(",") if x.strip() not in ("", "none"))
    return labels, match.group(2).strip()
