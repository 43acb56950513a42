"""Terror threat levels: which national scale a sentence speaks of, the new level on it, the
old one when named, the direction of the change and the country whose level it is.

Reads one sentence (lowercased, as the tagger folds it). The scales are data
(tagging/data/threat_systems.json, via threat_scales); each language's words for levels,
numbers, ordinals and directions are the `threat_levels` entry of its lexicon.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from eventwatch.models import ThreatLevel
from eventwatch.tagging.threat_grammar import TERROR, Grammar
from eventwatch.tagging.threat_scales import (
    GENERIC,
    Scale,
    load_scales,
    normalized_for,
    scale_of_country,
)

_QUOTES = "\"'«»„“”‚‘’ "
_MARKER_REACH = 32  # characters before a level in which 'from' / 'to' decide its role


@dataclass
class Mention:
    start: int
    end: int
    rank: int | None  # None until the scale is known (ordinals: 'highest')
    scale: Scale | None  # the scale whose word this is; None for numbers and ordinals
    ordinal: str = ""  # highest | second_highest | lowest
    of: int | None = None
    role: str = ""  # new | previous | '' (unmarked)


@dataclass(frozen=True)
class Reading:
    threat: ThreatLevel
    country: str | None
    # Where the sentence names levels: their words ('possible', 'probable') are no cues.
    level_spans: tuple[tuple[int, int], ...] = ()


def read_threat(
    grammar: Grammar,
    sentence: str,
    countries: list[tuple[str, int]],
    trigger: str = "",
) -> Reading | None:
    """The threat-level statement in `sentence` (lowercased); None for a look-alike.

    `countries`: ISO codes named in the sentence with their offsets, in order.
    """
    if grammar.call.search(sentence):
        return None  # a call to raise the level is no change of it
    if grammar.lookalike.search(sentence) and not TERROR.search(sentence):
        return None
    if grammar.history.search(sentence) and not grammar.maintained.search(sentence):
        return None
    scales, generic = load_scales()
    identified = [s for s in scales.values() if s.identify and s.identify.search(sentence)]
    verb_at = _first_verb(grammar, sentence)
    subject = _subject(countries, verb_at)
    of_countries = [
        s for s in (scale_of_country(c) for c, _ in _by_closeness(countries, verb_at)) if s
    ]
    if not identified and not of_countries:
        identified = [s for s in scales.values() if s.hints and s.hints.search(sentence)]
    candidates = _unique(identified + of_countries)
    words = _word_mentions(candidates, sentence)
    if not words and not countries and grammar.level_noun.search(sentence):
        # No country named: a scale may still show by its level words ('raised to severe').
        words = _best_scale_words(list(scales.values()), sentence)
    levelled = bool(identified or grammar.level_noun.search(sentence) or words)
    numbers = _number_mentions(grammar, sentence) if levelled else []
    size = _scale_size(grammar, sentence, numbers) if levelled else None
    scale = _choose_scale(identified, words, subject, size, countries)
    mentions = [m for m in words if m.scale is scale] + numbers
    if scale is None:
        scale = generic
        mentions = _without_overlaps(numbers + _word_mentions([generic], sentence))
    of = scale.of if scale is not generic else size
    mentions = _resolve(mentions, of)
    _mark_roles(grammar, sentence, mentions)
    new, previous = _new_and_previous(mentions)
    direction = _direction(grammar, sentence, new, previous)
    country = scale.country if scale is not generic else subject
    threat = _threat(scale, of, new, previous, direction, trigger, sentence)
    spans = tuple((m.start, m.end) for m in (new, previous) if m is not None)
    return Reading(threat, country, spans)


def _unique(scales: list[Scale]) -> list[Scale]:
    seen: list[Scale] = []
    for scale in scales:
        if scale not in seen:
            seen.append(scale)
    return seen


def _first_verb(grammar: Grammar, sentence: str) -> int | None:
    found = [
        m.start()
        for p in (grammar.raised, grammar.lowered, grammar.maintained, grammar.set)
        if (m := p.search(sentence))
    ]
    return min(found) if found else None


def _by_closeness(countries: list[tuple[str, int]], at: int | None) -> list[tuple[str, int]]:
    """Countries named before `at` (nearest first), then those after it."""
    if at is None:
        return countries
    before = sorted((c for c in countries if c[1] < at), key=lambda c: at - c[1])
    return before + [c for c in countries if c[1] >= at]


def _subject(countries: list[tuple[str, int]], verb_at: int | None) -> str | None:
    """The country whose level changed: the one named nearest before the verb."""
    ordered = _by_closeness(countries, verb_at)
    return ordered[0][0] if ordered else None


def _word_mentions(scales: list[Scale], sentence: str) -> list[Mention]:
    found: list[Mention] = []
    for scale in scales:
        for level in scale.levels:
            for m in level.words.finditer(sentence):
                found.append(Mention(m.start(), m.end(), level.rank, scale))
    return _without_overlaps(found)


def _without_overlaps(mentions: list[Mention]) -> list[Mention]:
    """Longer mentions win ('very serious' over 'serious'), then earlier scales."""
    kept: list[Mention] = []
    for m in sorted(mentions, key=lambda m: m.start - m.end):
        if all(m.end <= k.start or m.start >= k.end for k in kept):
            kept.append(m)
    return sorted(kept, key=lambda m: m.start)


def _best_scale_words(scales: list[Scale], sentence: str) -> list[Mention]:
    """With no country and no agency named: the scale most of whose level words appear."""
    best: list[Mention] = []
    for scale in scales:
        found = _word_mentions([scale], sentence)
        if len(found) > len(best):
            best = found
    return best


def _number_mentions(grammar: Grammar, sentence: str) -> list[Mention]:
    noun = grammar.level_noun.pattern
    number = grammar.number
    markers = f"(?:{grammar.previous}|{grammar.new})"
    patterns = [
        rf"(?:{noun})\s+(?:n[ºo°.]\s*)?{number}",
        rf"{number}\s+(?:{noun})",
        rf"(?<!\w){markers}\s+(?:\w{{1,4}}\s+)?(?P<bare>{number})",
    ]
    found: list[Mention] = []
    for pattern in patterns:
        for m in re.finditer(pattern, sentence, re.I):
            value = grammar.number_value(m)
            if value is not None:
                # A bare number begins at itself: its marker ('from', 'auf') decides its role.
                start = m.start("bare") if "bare" in m.groupdict() else m.start()
                found.append(Mention(start, m.end(), value, None))
    for kind in ("second_highest", "highest", "lowest"):
        for m in getattr(grammar, kind).finditer(sentence):
            found.append(Mention(m.start(), m.end(), None, None, ordinal=kind))
    return _without_overlaps(found)


def _scale_size(grammar: Grammar, sentence: str, numbers: list[Mention]) -> int | None:
    """How many levels the text gives the scale ('4 of 5', 'on a five-point scale'); the
    number mentions naming that size are removed from `numbers`."""
    ends = {m.end for m in numbers}
    for pattern, after_number in zip(grammar.scale_of, grammar.after_number, strict=True):
        for m in pattern.finditer(sentence):
            if after_number and not any(0 <= m.start() - end <= 2 for end in ends):
                continue
            value = grammar.number_value(m, "m")
            if value and value >= 3:
                numbers[:] = [n for n in numbers if n.end <= m.start() or n.start >= m.end()]
                return value
    return None


def _choose_scale(
    identified: list[Scale],
    words: list[Mention],
    subject: str | None,
    size: int | None,
    countries: list[tuple[str, int]],
) -> Scale | None:
    if identified:
        return identified[0]
    if words:
        return words[0].scale
    for country in [subject] + [c for c, _ in countries]:
        scale = scale_of_country(country) if country else None
        if scale is not None and (size is None or scale.of == size):
            return scale
    return None


def _resolve(mentions: list[Mention], of: int | None) -> list[Mention]:
    for m in mentions:
        if m.ordinal and of:
            m.rank = {"highest": of, "second_highest": of - 1, "lowest": 1}[m.ordinal]
        elif m.ordinal:
            m.rank = None
        m.of = of
    return [m for m in mentions if m.rank is not None and (of is None or 1 <= m.rank <= of)]


def _mark_roles(grammar: Grammar, sentence: str, mentions: list[Mention]) -> None:
    previous = re.compile(rf"(?<!\w)(?:{grammar.previous})\s+(?:\w{{1,6}}\s+){{0,2}}$", re.I)
    new = re.compile(rf"(?<!\w)(?:{grammar.new})\s+(?:\w{{1,6}}\s+){{0,2}}$", re.I)
    noun = re.compile(rf"(?:{grammar.level_noun.pattern})\s*$", re.I)
    for m in mentions:
        before = sentence[max(0, m.start - _MARKER_REACH) : m.start].rstrip(_QUOTES) + " "
        before = noun.sub("", before.rstrip()).rstrip(_QUOTES) + " "
        # The marker nearest the level decides: 'von vier auf drei' -> drei is new.
        was, now = previous.search(before), new.search(before)
        if was and (now is None or was.start() > now.start()):
            m.role = "previous"
        elif now:
            m.role = "new"


def _new_and_previous(mentions: list[Mention]) -> tuple[Mention | None, Mention | None]:
    marked_new = [m for m in mentions if m.role == "new"]
    unmarked = [m for m in mentions if not m.role]
    new = marked_new[0] if marked_new else (unmarked[0] if unmarked else None)
    previous = next(
        (m for m in mentions if m.role == "previous" and (new is None or m.rank != new.rank)),
        None,
    )
    if new is None and previous is not None and len(mentions) == 1:
        new, previous = previous, None  # 'from level 3' alone is the level it is at
    return new, previous


def _direction(
    grammar: Grammar, sentence: str, new: Mention | None, previous: Mention | None
) -> str:
    if new and previous and new.rank and previous.rank and new.rank != previous.rank:
        return "raised" if new.rank > previous.rank else "lowered"
    verbs = [
        (m.start(), order, name)
        for order, (name, p) in enumerate(
            (
                ("raised", grammar.raised),
                ("lowered", grammar.lowered),
                ("maintained", grammar.maintained),
                ("set", grammar.set),
            )
        )
        if (m := p.search(sentence))
    ]
    verb = min(verbs)[2] if verbs else None
    if verb == "set" and any(name == "maintained" for *_, name in verbs):
        verb = "maintained"  # 'gilt weiterhin': still in force, not newly set
    if verb == "set":
        return "raised" if new is not None and (new.rank or 0) > 1 else "issued"
    if verb is not None and (new is not None or verb != "maintained"):
        return verb
    return "maintained" if new is not None else "issued"


def _threat(
    scale: Scale,
    of: int | None,
    new: Mention | None,
    previous: Mention | None,
    direction: str,
    trigger: str,
    sentence: str,
) -> ThreatLevel:
    system = scale.key
    if new is None or new.rank is None:
        return ThreatLevel(
            level=trigger.strip() or "warning",
            normalized="elevated",
            system=system if scale.key != GENERIC else GENERIC,
            direction=direction,  # type: ignore[arg-type]
        )
    return ThreatLevel(
        level=_level_name(scale, new, sentence),
        normalized=_normalized(scale, new, of),  # type: ignore[arg-type]
        system=system,
        rank=new.rank,
        of=of,
        direction=direction,  # type: ignore[arg-type]
        previous=_level_name(scale, previous, sentence) if previous and previous.rank else None,
    )


def _level_name(scale: Scale, mention: Mention, sentence: str) -> str:
    if scale.key != GENERIC:
        level = scale.level(mention.rank or 0)
        if level is not None:
            return level.name
    return sentence[mention.start : mention.end].strip(_QUOTES)


def _normalized(scale: Scale, mention: Mention, of: int | None) -> str:
    rank = mention.rank or 1
    if scale.key != GENERIC or mention.scale is scale:  # a national level, or a generic word
        level = scale.level(rank)
        if level is not None:
            return level.normalized
    # A number on an unknown scale: of five levels unless the text says how many.
    return normalized_for(rank, of or 5)
