"""Trigger regexes dispatched on their first character find what the plain alternation finds."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from eventwatch.tagging.dispatch import compile_dispatched, first_chars, literal_expansions
from eventwatch.tagging.lexicon import (
    available_languages,
    compile_plain_triggers,
    fold,
    load_lexicon,
    ordered_triggers,
    raw_lexicon,
    trigger_prefix,
)


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        ("bomb", {"b"}),
        ("[bp]omb", {"b", "p"}),
        ("(?:a|the) bomb", {"a", "t"}),
        ("(?:national )?terror", {"n", "t"}),
        ("(?<!the )propos\\w*", {"p"}),
        ("[a-c]x", {"a", "b", "c"}),
        ("[وف]{0,2}(?:ال)?هجوم", {"و", "ف", "ا", "ه"}),
        ("\\w*террор", None),  # a word character of any kind
        ("(?:x)?", None),  # can match the empty string anywhere
        ("[^a]b", None),
    ],
)
def test_first_chars_of_a_pattern(pattern: str, expected: set[str] | None) -> None:
    assert first_chars(pattern) == (None if expected is None else frozenset(expected))


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        ("bomb\\w*", ["bomb\\w*"]),
        ("(?:a|the) bomb", ["a bomb", "the bomb"]),
        ("(?:national )?terror", ["national terror", "terror"]),  # greedy '?' tries it first
        ("[aä]b(?:x|y)", ["ab(?:x|y)", "äb(?:x|y)"]),
        ("foo|(?:b|c)ar", ["foo", "bar", "car"]),
        ("(?<!the )propos", None),
        ("\\w*alarm", None),
        ("(?:a|b)*c", None),
        ("[a-c]x", None),
        ("ab?c", ["ab?c"]),
        ("a?b", None),
        ("(?:x|y\\|z)w", ["xw", "y\\|zw"]),  # an escaped bar splits nothing
        ("(?:x|[|)]y)w", None),  # nor does one inside a class (a class of specials: kept whole)
        ("(?:a|[b", None),  # unterminated: left for re.compile to report
    ],
)
def test_literal_expansions_of_a_pattern(pattern: str, expected: list[str] | None) -> None:
    assert literal_expansions(pattern) == expected


# Priority matters: 'suicide bombing' (first kind) must win over 'bomb' at the same start,
# a kind listed earlier wins a tie, and patterns starting anywhere (\w*) keep their place.
ORDERED = [
    ("terror_attack", "suicide bomb\\w*"),
    ("terror_attack", "(?:a|the) bomb (?:exploded|went off)"),
    ("_attack", "attack\\w*"),
    ("threat", "threat\\w* to"),
    ("terror_alert", "(?:national )?terror alert"),
    ("terror_alert", "\\w*alarm"),
    ("protest", "(?<!the )protest\\w*"),
    ("agreement", "agree\\w*"),
    ("accusation", "a\\w+ of"),
    ("sanctions", "alarming"),  # loses to the earlier '\\w*alarm' where both start
]
TEXTS = [
    "a suicide bomber struck; the bomb went off near the market",
    "the attackers threatened to strike and a national terror alert followed",
    "bomb alarm and fire-alarm, protests but not the protest itself",
    "they agreed on an accusation of fraud; attack of the clones",
    "",
    "ATTACK in capitals is folded first",
    "an alarming report of a bomb alarm",
]


@pytest.mark.parametrize("text", TEXTS)
def test_dispatched_alternation_matches_like_the_plain_one(text: str) -> None:
    plain = compile_plain_triggers(ORDERED, r"\b")
    dispatched = compile_dispatched(ORDERED, r"\b")
    folded = fold(text)
    expected = [(m.lastgroup, m.span()) for m in plain.finditer(folded)]
    found = [(dispatched.kinds[m.lastgroup], m.span()) for m in dispatched.pattern.finditer(folded)]
    assert found == expected


def test_the_longer_pattern_of_the_earlier_kind_wins_at_one_start() -> None:
    dispatched = compile_dispatched(ORDERED, r"\b")
    match = dispatched.pattern.search("a suicide bombing")
    assert match is not None
    kind = dispatched.kinds[match.lastgroup or ""]
    assert (kind, match.group()) == ("terror_attack", "suicide bombing")


def _trigger_texts(lang: str) -> st.SearchStrategy[str]:
    """Texts stitched from strings that the language's own triggers match (hypothesis generates
    them from the patterns), so that triggers overlap and compete for the same word starts."""
    raw = raw_lexicon(lang)
    generatable = []
    for patterns in raw["triggers"].values():
        for pattern in patterns:
            if "(?<" in pattern or "(?=" in pattern or "(?!" in pattern:
                continue  # lookarounds: hypothesis cannot generate from them
            generatable.append(raw.get("trigger_prefix", "") + pattern.lstrip("~").lower())
    pieces = st.sampled_from(generatable).flatmap(lambda p: st.from_regex(p, fullmatch=True))
    filler = st.sampled_from(["the", "a", "of", ",", ".", "und", "de", "в", "في"])
    return st.lists(st.one_of(pieces, filler), max_size=12).map(" ".join)


@pytest.mark.parametrize("lang", available_languages())
def test_every_shipped_lexicon_finds_the_same_triggers_as_the_plain_alternation(lang: str) -> None:
    lexicon = load_lexicon(lang)
    assert lexicon is not None
    raw = raw_lexicon(lang)
    ordered = ordered_triggers(raw["triggers"], infix=False)
    plain = compile_plain_triggers(ordered, trigger_prefix(raw))
    kinds = lexicon.triggers.kinds

    @settings(max_examples=150, deadline=None)
    @given(_trigger_texts(lang))
    def same_matches(text: str) -> None:
        folded = fold(text)
        expected = [(m.lastgroup, m.span()) for m in plain.finditer(folded)]
        found = [(kinds[m.lastgroup], m.span()) for m in lexicon.triggers.pattern.finditer(folded)]
        assert found == expected

    same_matches()
