"""Modality of a trigger from cue words near it: 'denied any terror threat' is no alert."""

from __future__ import annotations

import re

from eventwatch.tagging.lexicon import Lexicon

# How far before the trigger (in characters, same sentence) each kind of cue reaches.
_WINDOWS = {"negated": 45, "hypothetical": 50, "future": 35}
_AFTER = 12
# 'agreed to postpone', 'threatened to cancel': what follows 'to' is the content of the
# event, not a cue about it (English infinitive; other languages have no such marker here).
_INFINITIVE = re.compile(r"\s*(?:not )?to\b")
# 'announced it would impose sanctions' reports a decision, not a supposition.
_REPORTED_DECISION = re.compile(
    r"\b(?:announced|decided|declared|confirmed)(?: on \w+| \w+day)? (?:that )?"
    r"(?:it|they|he|she|the \w+|\w+) would\b\s*$"
)


def modality_of(
    lexicon: Lexicon,
    folded: str,
    sentence: tuple[int, int],
    trigger: tuple[int, int],
    allowed: frozenset[str],
) -> str:
    """The first modality among negated, hypothetical, future, historical whose cue is near."""
    sent_start, sent_end = sentence
    start, end = trigger
    stop = min(sent_end, end + _AFTER)
    while stop < sent_end and folded[stop].isalnum():
        stop += 1  # the last word whole: 'au ni|veau' cut short would read as the cue 'ni'
    after = folded[end:stop]
    if _INFINITIVE.match(after):
        after = ""
    for name, window in _WINDOWS.items():
        if name not in allowed:
            continue
        cue = lexicon.cues.get(name)
        if cue is None:
            continue
        before = folded[max(sent_start, start - window) : start]
        if name == "hypothetical" and _REPORTED_DECISION.search(before):
            before = before[: before.rfind("would")]
        # Cues right after the trigger count too ('attack was not confirmed').
        if cue.search(before + " " + after):
            return name
    historical = lexicon.cues.get("historical")
    if "historical" in allowed and historical and historical.search(folded, sent_start, sent_end):
        return "historical"
    return "asserted"


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
