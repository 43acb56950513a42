"""Shared shape of the per-language inventory tables (test_inventory_<lang>.py).

A row is a text written for the test, the event types the tagger must report for it (asserted
or historical) and those it must not. Every type needs three positives and a hard negative.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from eventwatch.models import Article, Event
from eventwatch.tagging import Tagger

# (text, types that must be found, types that must not)
Row = tuple[str, set[str], set[str]]


def yes(text: str, *types: str, absent: tuple[str, ...] = ()) -> Row:
    return (text, set(types), set(absent))


def no(text: str, *types: str) -> Row:
    return (text, set(), set(types))


def check_row(found: set[str], row: Row) -> None:
    _, present, absent = row
    missing, wrong = present - found, absent & found
    assert not missing and not wrong, f"missing {sorted(missing)}, wrong {sorted(wrong)}: {found}"


def types_lacking_rows(
    rows: list[Row],
    types: Iterable[str],
    positives: int | Mapping[str, int] = 3,
    negatives: int = 1,
) -> set[str]:
    """The types with fewer positives (three, or as many as `positives` names for the type)
    or fewer hard negatives (rows that must not report it and report nothing) in `rows`."""

    def least(name: str) -> int:
        return positives if isinstance(positives, int) else positives[name]

    return {
        name
        for name in types
        if sum(name in present for _, present, _ in rows) < least(name)
        or sum(name in absent and not present for _, present, absent in rows) < negatives
    }


def first_event(tagger: Tagger, text: str, lang: str, kind: str) -> Event:
    events = tagger.tag(Article(id="t", text=text, language=lang))
    matching = [e for e in events if e.type == kind]
    assert matching, f"no {kind} in {text!r}, only {[e.type for e in events]}"
    return matching[0]
