"""One trigger regex per language, arranged as a trie of first characters.

A plain alternation of a few hundred triggers makes the regex engine enter every alternative at
every word start. Here triggers are rewritten to begin with a plain character where that keeps
their meaning ('(?:a|the) bomb' becomes 'a bomb' and 'the bomb'), grouped under that character,
and grouped again under the second and third: the engine compares a group's first character
without entering it, so a word start costs a few dozen character comparisons. Wherever two
triggers can begin alike they keep their original order, so the leftmost-first choice between
alternatives, and therefore every match, is the same as the plain alternation's.

A trigger's possible first characters are read off by the standard library's own regex parser
(re._parser: private, but in this form since Python 3.11, which the project requires).
"""

from __future__ import annotations

import re
import re._constants as sre  # type: ignore[import-not-found]
import re._parser as sre_parse  # type: ignore[import-not-found]
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

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


def _item(op: Any, av: Any) -> _First:  # sre's own untyped tuples
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


def _charset(members: Any) -> frozenset[str] | None:
    found: set[str] = set()
    for op, av in members:
        if op is sre.LITERAL:
            found.add(chr(av))
        elif op is sre.RANGE and av[1] - av[0] <= _MAX_RANGE:
            found.update(chr(c) for c in range(av[0], av[1] + 1))
        else:  # NEGATE, CATEGORY (\w, \s, ...), wide ranges
            return None
    return frozenset(found)


_SPECIAL = set("\\.^$*+?{}[]|()")
_QUANTIFIERS = set("*+?{")
_MAX_EXPANSIONS = 64
_GROUP_NAMES_OR_BACKREFERENCES = re.compile(r"\(\?P|\\\d")


def literal_expansions(pattern: str) -> list[str] | None:
    """Patterns that each begin with a plain literal character and, tried in order, match what
    `pattern` matches, in the same order: a leading non-capturing group is distributed over
    the rest ('(?:a|the) bomb' -> 'a bomb', 'the bomb'; an optional one adds the rest alone
    after them, as greedy '?' tries it last), a leading class of plain characters becomes one
    pattern per character. None where that is not possible (lookbehinds, \\w*, ...)."""
    if _GROUP_NAMES_OR_BACKREFERENCES.search(pattern):
        return None  # copies of a pattern must not repeat a group name or renumber groups
    done: list[str] = []
    todo = _top_level_split(pattern)
    while todo:
        current = todo.pop(0)
        if current and current[0] not in _SPECIAL:
            if len(current) > 1 and current[1] in _QUANTIFIERS:
                return None
            done.append(current)
        elif current.startswith("(?:"):
            end = _closing_paren(current)
            if end is None:
                return None
            alternatives, rest = _top_level_split(current[3:end]), current[end + 1 :]
            if rest[:1] == "?" and rest[1:2] not in ("?", "+"):
                expanded = [a + rest[1:] for a in alternatives] + [rest[1:]]
            elif rest[:1] in _QUANTIFIERS:
                return None
            else:
                expanded = [a + rest for a in alternatives]
            todo = expanded + todo
        elif current.startswith("[") and not current.startswith("[^"):
            end = current.find("]", 1)
            members = current[1:end]
            rest = current[end + 1 :]
            if (
                end < 0
                or any(c in _SPECIAL or c == "-" for c in members)
                or rest[:1] in _QUANTIFIERS
            ):
                return None
            todo = [c + rest for c in dict.fromkeys(members)] + todo
        else:
            return None
        if len(done) + len(todo) > _MAX_EXPANSIONS:
            return None
    return done


def _tokens(text: str) -> Iterator[tuple[int, str]]:
    """(offset, token) of a regex source: an escape or a whole character class is one token,
    so that the parentheses and bars inside them are not taken for structure."""
    i = 0
    while i < len(text):
        if text[i] == "\\":
            end = i + 2
        elif text[i] == "[":
            end = i + 1
            end += text.startswith("^", end)
            end += text.startswith("]", end)  # a ']' first in a class is a member
            while end < len(text) and text[end] != "]":
                end += 2 if text[end] == "\\" else 1
            end += 1  # past the ']' (or the end of an unterminated class)
        else:
            end = i + 1
        yield i, text[i:end]
        i = end


def _closing_paren(text: str) -> int | None:
    """Offset of the ')' that closes the group opening `text`."""
    depth = 0
    for offset, token in _tokens(text):
        depth += (token == "(") - (token == ")")
        if token == ")" and depth == 0:
            return offset
    return None


def _top_level_split(text: str) -> list[str]:
    """`text` split at the '|' that are not inside a group or class."""
    parts, depth, start = [], 0, 0
    for offset, token in _tokens(text):
        depth += (token == "(") - (token == ")")
        if token == "|" and depth == 0:
            parts.append(text[start:offset])
            start = offset + 1
    return [*parts, text[start:]]


@dataclass(frozen=True)
class DispatchedAlternation:
    pattern: re.Pattern[str]
    kinds: dict[str, str]  # group name -> the trigger kind it stands for


@dataclass(frozen=True)
class _Item:
    kind: str
    pattern: str
    literal: str | None  # the first character, when the pattern begins with it literally
    starts: frozenset[str] | None  # otherwise the characters it can begin with (None: any)


def compile_dispatched(
    ordered: list[tuple[str, str]], prefix: str = "", depth: int = 3
) -> DispatchedAlternation:
    """`ordered` is (kind, pattern) in the priority of the plain alternation
    `prefix(?:(?P<kind>p1|p2)|...)`; the result finds exactly the same matches.

    Each position tries triggers grouped under their first character, which the regex engine
    compares without entering the group; inside, the same happens for the second and third
    character. Triggers keep their relative order wherever two of them can start alike."""
    kinds: dict[str, str] = {}
    items = _items(ordered)
    body = _alternation(items, depth, kinds)
    return DispatchedAlternation(re.compile(f"{prefix}(?:{body or '(?!)'})"), kinds)


def _items(ordered: list[tuple[str, str]]) -> list[_Item]:
    items = []
    for kind, pattern in ordered:
        expansions = literal_expansions(pattern)
        if expansions is None:
            items.append(_Item(kind, pattern, None, first_chars(pattern)))
        else:
            items += [_Item(kind, e, e[0], None) for e in expansions]
    return items


def _alternation(items: list[_Item], depth: int, kinds: dict[str, str]) -> str:
    if depth == 0:
        return "|".join(_leaf(item, kinds) for item in items)
    remaining = list(range(len(items)))
    parts = []
    while remaining:
        first = items[remaining[0]]
        if first.literal is None:
            parts.append(_leaf(first, kinds))
            remaining.pop(0)
            continue
        # The highest-priority trigger begins with `char`: take it and every later trigger
        # beginning with `char` up to the first one that could compete with a non-literal one.
        char, run = first.literal, []
        for index in remaining:
            item = items[index]
            if item.literal == char:
                run.append(index)
            elif item.literal is None and (item.starts is None or char in item.starts):
                break
        taken = set(run)
        remaining = [i for i in remaining if i not in taken]
        rests = [(items[i].kind, items[i].pattern[1:]) for i in run]
        inner = _alternation(_items(rests), depth - 1, kinds)
        parts.append(f"{re.escape(char)}(?:{inner})")
    return "|".join(parts)


def _leaf(item: _Item, kinds: dict[str, str]) -> str:
    # An empty group after the pattern names its kind: it is the last group a match closes.
    name = f"g{len(kinds)}"
    kinds[name] = item.kind
    return f"(?:{item.pattern})(?P<{name}>)"
