"""Modality of a trigger from cue words in its clause: 'denied any terror threat' is no alert.

A cue reaches over the clause it stands in, however long, and no further: 'no one was hurt,
but the bombing...' leaves the bombing asserted, 'did not, officials said on Monday, impose
sanctions' negates them. A clause ends at punctuation inside the sentence and before the words
a lexicon lists as 'clause_breaks' (conjunctions and relative pronouns that open a new clause).
After the trigger only the next two words count ('the attack was not confirmed', 'sanctions
could follow'): what follows further is the event's own content. A lexicon may narrow that
('cue_words_after': Arabic puts adjectives after the noun, so 'هجمات إرهابية محتملة' describes
the attacks warned of, not the warning).
"""

from __future__ import annotations

import re
from functools import lru_cache

from eventwatch.tagging.lexicon import Lexicon

_FIRST_WORD = re.compile(r"\s*(\w+)")
_CUE_ORDER = ("negated", "hypothetical", "future")
_PUNCTUATION = re.compile(r"[,;:()\[\]«»“”\"]|\s[–—-]\s|\.\.\.")
_WORDS_AFTER = 2
_SUBJECT_WORDS = 2  # words before a trigger that still opens its clause ('the', 'die große')
_PREDICATE_WORDS = 8  # how far a clause-opening trigger's verb may follow it
# 'agreed to postpone', 'threatened to cancel': what follows 'to' is the content of the
# event, not a cue about it (English infinitive; other languages have no such marker here).
_INFINITIVE = re.compile(r"\s*(?:not )?to\b")
# 'announced it would impose sanctions' reports a decision, not a supposition.
_REPORTED_DECISION = re.compile(
    r"\b(?:announced|decided|declared|confirmed)(?: on \w+| \w+day)? (?:that )?"
    r"(?:it|they|he|she|the \w+|\w+) would\b\s*$"
)


@lru_cache(maxsize=8)
def _words_after(count: int) -> re.Pattern[str]:
    return re.compile(r"\W*(?:\w+\W+){0,%d}\w*" % max(count - 1, 0))  # noqa: UP031


def clause_of(
    lexicon: Lexicon, folded: str, sentence: tuple[int, int], trigger: tuple[int, int]
) -> tuple[int, int]:
    """The clause around `trigger`: from the last break before it to the first one after it."""
    sent_start, sent_end = sentence
    start, end = trigger
    clause_start, clause_end = sent_start, sent_end
    for match in _breaks(lexicon, folded, sent_start, start):
        clause_start = match.end() if match.re is _PUNCTUATION else match.start()
    following = next(iter(_breaks(lexicon, folded, end, sent_end)), None)
    if following is not None:
        clause_end = following.start()
    return clause_start, clause_end


def _breaks(lexicon: Lexicon, folded: str, start: int, end: int) -> list[re.Match[str]]:
    found = [
        m
        for m in _PUNCTUATION.finditer(folded, start, end)
        if not _opens_complement(lexicon, folded, m)
    ]
    if lexicon.clause_breaks is not None:
        found += lexicon.clause_breaks.finditer(folded, start, end)
    return sorted(found, key=lambda m: m.start())


def _opens_complement(lexicon: Lexicon, folded: str, mark: re.Match[str]) -> bool:
    """'denied, that its troops...': a comma before a complementizer keeps the clause's cue
    (the complement is what the cue verb governs)."""
    if lexicon.complementizers is None:
        return False
    following = _FIRST_WORD.match(folded, mark.end())
    return bool(following and lexicon.complementizers.fullmatch(following.group(1)))


def modality_of(
    lexicon: Lexicon,
    folded: str,
    sentence: tuple[int, int],
    trigger: tuple[int, int],
    allowed: frozenset[str],
    kind: str = "",
) -> str:
    """The first modality among negated, hypothetical, future, historical whose cue is in the
    trigger's clause."""
    start, end = trigger
    clause_start, clause_end = clause_of(lexicon, folded, sentence, trigger)
    folded = _without_negated_modifiers(lexicon, folded, clause_start, clause_end)
    reach = lexicon.cue_words_after if lexicon.cue_words_after is not None else _WORDS_AFTER
    words = _words_after(reach).match(folded, end, clause_end)
    after = words.group(0) if words and reach else ""
    if _INFINITIVE.match(after):
        after = ""
    before = folded[clause_start:start]
    # A negation particle between a trigger's first and last word ('the army had not shelled')
    inner = " ".join(folded[start:end].split(" ")[1:-1])
    particles = lexicon.negation_particles
    if "negated" in allowed and inner and particles is not None and particles.search(inner):
        return "negated"
    if "negated" in allowed and _negated_predicate(
        lexicon, folded, clause_start, trigger, clause_end
    ):
        return "negated"
    for name in _CUE_ORDER:
        own = None if kind in lexicon.trigger_cues_skip else lexicon.trigger_cues.get(name)
        # The trigger's own verb form ('@imponer' also matches 'impondrá', 'impondría').
        if name in allowed and own is not None and own.match(folded, start, end):
            return name
        cue = lexicon.cues.get(name)
        if name not in allowed or cue is None:
            continue
        scope = before
        if name == "hypothetical" and _REPORTED_DECISION.search(scope):
            scope = scope[: scope.rfind("would")]
        # Cues right after the trigger count too ('attack was not confirmed').
        if cue.search(scope + " " + after):
            return name
        # A cue that opens before the trigger and closes after it ('wies jede Verantwortung
        # für den Anschlag zurück'): German separable verbs around their object.
        if any(m.start() < start < m.end() for m in cue.finditer(folded, clause_start, clause_end)):
            return name
    historical = lexicon.cues.get("historical")
    sent_start, sent_end = sentence
    if "historical" in allowed and historical and historical.search(folded, sent_start, sent_end):
        return "historical"
    return "asserted"


def _negated_predicate(
    lexicon: Lexicon, folded: str, clause_start: int, trigger: tuple[int, int], clause_end: int
) -> bool:
    """A trigger that opens its clause is its subject, and the clause's verb follows it
    further than the next two words: 'the summit in Cairo did not take place', 'Акция протеста
    в Москве не состоялась'. Only the lexicon's `predicate_negation` counts there (not 'no',
    'kein', 'aucune': 'the attack caused no casualties' still reports an attack)."""
    negation = lexicon.predicate_negation
    if negation is None or len(folded[clause_start : trigger[0]].split()) > _SUBJECT_WORDS:
        return False
    predicate = _words_after(_PREDICATE_WORDS).match(folded, trigger[1], clause_end)
    if predicate is None:
        return False
    words = predicate.group(0)
    # 'threaten a strike if the raise is not approved': a condition or complement that
    # follows has its own verb and its own negation
    for opener in (lexicon.cues.get("hypothetical"), lexicon.complementizers):
        found = opener.search(words) if opener is not None else None
        if found is not None:
            words = words[: found.start()]
    return bool(negation.search(words))


def _without_negated_modifiers(
    lexicon: Lexicon, folded: str, clause_start: int, clause_end: int
) -> str:
    """`folded` with the clause's negated modifiers blanked out: in 'hombres armados no
    identificados abrieron fuego' or 'eine nicht angemeldete Demonstration' the particle
    negates the adjective after it, not the clause's event."""
    modifiers = lexicon.negated_modifiers
    if modifiers is None:
        return folded
    found = list(modifiers.finditer(folded, clause_start, clause_end))
    if not found:
        return folded
    chars = list(folded)
    for match in found:
        chars[match.start() : match.end()] = " " * (match.end() - match.start())
    return "".join(chars)


def sentence_modality(
    lexicon: Lexicon, folded: str, sentence: tuple[int, int], allowed: frozenset[str]
) -> str:
    """Modality of an event found in a sentence without a trigger word (by the classifier):
    the first cue anywhere in the sentence decides."""
    start, end = sentence
    for name in ("negated", "hypothetical", "future", "historical"):
        cue = lexicon.cues.get(name)
        if name in allowed and cue is not None and cue.search(folded, start, end):
            return name
    return "asserted"
