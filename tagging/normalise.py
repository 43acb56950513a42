"""One normalisation of Arabic text before anything is matched in it.

News prints 'قَتَلَ' and 'قتل', 'أعلن' and 'اعلن', 'الـحكومة' (tatweel) and 'الحكومة', 'ى' for
final 'ي', 'ه' for 'ة': the lexicons, the gazetteer and the threat scales are written one way,
so the article text and every Arabic pattern and name are folded the same way here: short
vowels, shadda, sukun, dagger alef and tatweel are dropped; alef with hamza or madda and wasla
become bare alef, alef maqsura ya, ta marbuta ha. Dropping marks shifts offsets, so the tagger
keeps the map back to the article (`Normalised.original_span`) for the evidence it reports.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

ARABIC_MARKS = re.compile(r"[\u064b-\u065f\u0670\u0640]")
ARABIC_LETTERS = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه"})


def fold_arabic(text: str) -> str:
    """`text` with Arabic marks dropped and letter variants folded; other scripts unchanged."""
    return ARABIC_MARKS.sub("", text).translate(ARABIC_LETTERS)


def fold_arabic_strings(value: Any) -> Any:
    """Every string inside a JSON value folded (lexicon patterns and keys of the Arabic file)."""
    if isinstance(value, str):
        return fold_arabic(value)
    if isinstance(value, list):
        return [fold_arabic_strings(v) for v in value]
    if isinstance(value, dict):
        return {k: fold_arabic_strings(v) for k, v in value.items()}
    return value


@dataclass(frozen=True)
class Normalised:
    text: str
    # the article offset of each character of `text`; None when no character was dropped
    positions: tuple[int, ...] | None
    original_length: int

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """The article span of text[start:end], with the marks that follow its last letter."""
        if self.positions is None:
            return start, end
        first = self.positions[start] if start < len(self.positions) else self.original_length
        last = self.positions[end] if end < len(self.positions) else self.original_length
        return first, last


def normalise(text: str, lang: str) -> Normalised:
    """The text the tagger matches in (only Arabic changes)."""
    if lang != "ar":
        return Normalised(text, None, len(text))
    letters = text.translate(ARABIC_LETTERS)
    if not ARABIC_MARKS.search(letters):
        return Normalised(letters, None, len(text))
    kept = [i for i, char in enumerate(letters) if not ARABIC_MARKS.match(char)]
    return Normalised("".join(letters[i] for i in kept), tuple(kept), len(text))
