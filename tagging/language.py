"""Language detection for articles that arrive without `language` (langdetect ships its model)."""

from __future__ import annotations

import re

from langdetect import DetectorFactory, LangDetectException, detect_langs

DetectorFactory.seed = 0  # langdetect is randomized; a seed makes it reproducible
_MIN_LETTERS = 3
_LETTERS = re.compile(r"[^\W\d_]")


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of `text`, or None when it has too few letters to tell."""
    sample = text[:2000]
    if len(_LETTERS.findall(sample[:200])) < _MIN_LETTERS:
        return None
    try:
        guesses = detect_langs(sample)
    except LangDetectException:
        return None
    if not guesses:
        return None
    return guesses[0].lang.split("-")[0]
