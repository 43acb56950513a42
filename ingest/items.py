"""One candidate article from an input source."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Item:
    """A decoded candidate (`data`) or why it could not be decoded (`error`).

    `where` names file and line for messages; `raw` is what goes to the DLQ if the item is
    refused (None when there is nothing to keep, e.g. a URL that could not be fetched).
    """

    where: str
    raw: bytes | None
    data: Any = None
    error: str | None = None
