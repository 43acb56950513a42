"""Modality of a trigger from cue words near it: 'denied any terror threat' is no alert."""

from __future__ import annotations

from tagging.lexicon import Lexicon

# How far before the trigger (in characters, same sentence) each kind of cue reaches.
_WINDOWS = {"negated": 45, "hypothetical": 50, "future": 35}


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
    for name, window in _WINDOWS.items():
        if name not in allowed:
            continue
        cue = lexicon.cues.get(name)
        if cue is None:
            continue
        # Cues right after the trigger count too ('attack was not confirmed').
        span = (
            folded[max(sent_start, start - window) : start]
            + " "
            + folded[end : min(sent_end, end + 12)]
        )
        if cue.search(span):
            return name
    historical = lexicon.cues.get("historical")
    if "historical" in allowed and historical and historical.search(folded, sent_start, sent_end):
        return "historical"
    return "asserted"
