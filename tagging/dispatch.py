"""One trigger regex per language, split by the first character a trigger can start with.

A plain alternation of a few hundred triggers makes the regex engine try every alternative at
every word start. Here each trigger goes into the buckets of the characters it can begin with
(read off its parsed form), and each bucket is guarded by a one-character lookahead, so a word
start costs a few dozen character-class tests plus the triggers that can really begin there.
Within a bucket the triggers keep their original order, so the leftmost-first choice between
alternatives, and therefore every match, is the same as the plain alternation's.
"""

from __future__ import annotations

import re
import re._constants as sre  # type: ignore[import-not-found]
import re._parser as sre_parse  # type: ignore[import-not-found]
from collections.abc import Iterable
from dataclasses import dataclass

_MAX_RANGE = 512  # a character range wider than this counts as 'could be anything'
_ZERO_WIDTH = {sre.AT, sre.ASSERT, sre.ASSERT_NOT}
_REPEATS = {sre.MAX_REPEAT, sre.MIN_REPEAT, getattr(sre, "POSSESSIVE_REPEAT", sre.MAX_REPEAT)}

# (characters a match can start with, or None for any; whether the part can match empty)
_First = tuple[frozenset[str] | None, bool]


def first_chars(pattern: str) -> frozenset[str] | None:
    """The characters a match of `pattern` can start with; None when that is not narrow."""
    chars, nullable = _sequence(sre_parse.parse(pattern).data)
    return None if nullable else chars


def _sequence(items: Iterable[tuple]) -> _First:
    found: set[str] = set()
    for op, av in items:
        chars, nullable = _item(op, av)
        if chars is None:
            return None, False
        found |= chars
        if not nullable:
            return frozenset(found), False
    return frozenset(found), True


def _item(op, av) -> _First:  # noqa: ANN001 - sre's own untyped tuples
    if op is sre.LITERAL:
        return frozenset(chr(av)), False
    if op is sre.IN:
        return _charset(av), False
    if op is sre.BRANCH:
        found: set[str] = set()
        nullable = False
        for alternative in av[1]:
            chars, empty = _sequence(alternative)
            if chars is None:
                return None, False
            found |= chars
            nullable = nullable or empty
        return frozenset(found), nullable
    if op is sre.SUBPATTERN:
        _group, add_flags, del_flags, body = av
        if add_flags or del_flags:  # inline flags such as (?i:...) change what a literal is
            return None, False
        return _sequence(body)
    if op in _REPEATS:
        low, _high, body = av
        chars, nullable = _sequence(body)
        return chars, nullable or low == 0
    if op in _ZERO_WIDTH:
        return frozenset(), True
    return None, False


def _charset(members) -> frozenset[str] | None:  # noqa: ANN001
    found: set[str] = set()
    for op, av in members:
        if op is sre.LITERAL:
            found.add(chr(av))
        elif op is sre.RANGE and av[1] - av[0] <= _MAX_RANGE:
            found.update(chr(c) for c in range(av[0], av[1] + 1))
        else:  # NEGATE, CATEGORY (\w, \s, ...), wide ranges
            return None
    return frozenset(found)


@dataclass(frozen=True)
class DispatchedAlternation:
    pattern: re.Pattern[str]
    kinds: dict[str, str]  # group name -> the trigger kind it stands for


def compile_dispatched(ordered: list[tuple[str, str]], prefix: str = "") -> DispatchedAlternation:
    """`ordered` is (kind, pattern) in the priority of the plain alternation
    `prefix(?:(?P<kind>p1|p2)|...)`; the result finds exactly the same matches."""
    starts = [(kind, pattern, first_chars(pattern)) for kind, pattern in ordered]
    known = sorted({c for _, _, chars in starts if chars for c in chars})
    # Characters whose buckets hold the same triggers share one lookahead class.
    by_members: dict[tuple[int, ...], list[str]] = {}
    for char in known:
        members = tuple(
            i for i, (_, _, chars) in enumerate(starts) if chars is None or char in chars
        )
        by_members.setdefault(members, []).append(char)
    anywhere = tuple(i for i, (_, _, chars) in enumerate(starts) if chars is None)

    kinds: dict[str, str] = {}
    buckets = []
    for members, chars in by_members.items():
        buckets.append(f"(?={_char_class(chars)})(?:{_groups(members, starts, kinds)})")
    if anywhere:
        guard = f"(?!{_char_class(known)})" if known else ""
        buckets.append(f"{guard}(?:{_groups(anywhere, starts, kinds)})")
    body = "|".join(buckets) or "(?!)"
    return DispatchedAlternation(re.compile(f"{prefix}(?:{body})"), kinds)


def _groups(members: tuple[int, ...], starts: list, kinds: dict[str, str]) -> str:
    """Consecutive triggers of one kind share a named group, as in the plain alternation."""
    runs: list[tuple[str, list[str]]] = []
    for i in members:
        kind, pattern, _ = starts[i]
        if runs and runs[-1][0] == kind:
            runs[-1][1].append(pattern)
        else:
            runs.append((kind, [pattern]))
    parts = []
    for kind, patterns in runs:
        name = f"g{len(kinds)}"
        kinds[name] = kind
        parts.append(f"(?P<{name}>{'|'.join(patterns)})")
    return "|".join(parts)


def _char_class(chars: Iterable[str]) -> str:
    return "[" + "".join(_class_member(c) for c in chars) + "]"


def _class_member(char: str) -> str:
    return "\\" + char if char in "\\]^-[" else char
