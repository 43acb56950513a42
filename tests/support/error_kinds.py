"""Shared shape of the per-language error-kind tables (test_error_kinds_<lang>.py).

Each row: the error kind of issue 12 it guards against, a text written for the test, the event
types the tagger must report (asserted or historical) and those it must not. Every kind has a
positive (a type that must be found) and a hard negative (the same words, no such event).
"""

from __future__ import annotations

from dataclasses import dataclass

ERROR_KINDS = ("phrasing", "sense", "domain", "sibling", "background", "modality")


@dataclass(frozen=True)
class Case:
    kind: str
    text: str
    present: frozenset[str] = frozenset()
    absent: frozenset[str] = frozenset()

    def __post_init__(self) -> None:
        assert self.kind in ERROR_KINDS, self.kind
        assert self.present or self.absent, "a case that asserts nothing"


def pos(kind: str, text: str, *types: str, absent: tuple[str, ...] = ()) -> Case:
    return Case(kind, text, frozenset(types), frozenset(absent))


def neg(kind: str, text: str, *types: str) -> Case:
    return Case(kind, text, frozenset(), frozenset(types))


def check(found: set[str], case: Case) -> None:
    missing = case.present - found
    wrong = case.absent & found
    assert not missing and not wrong, f"missing {sorted(missing)}, wrong {sorted(wrong)}: {found}"


def covers_every_kind(cases: list[Case]) -> set[str]:
    """The error kinds lacking a positive or a hard negative in `cases`."""
    lacking = set()
    for kind in ERROR_KINDS:
        rows = [c for c in cases if c.kind == kind]
        if not any(c.present for c in rows) or not any(not c.present for c in rows):
            lacking.add(kind)
    return lacking
