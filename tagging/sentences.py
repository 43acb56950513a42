"""Sentence boundaries by a regular expression, computed only for articles with a trigger.

spaCy's sentencizer walks every token in Python; a regex over the text is enough for news
prose and keeps the tagger close to the tokenizer's speed.
"""

from __future__ import annotations

import bisect
import re

_BREAK = re.compile(
    r"(?<=[.!?…])[\"»”“'’)\]]*\s+(?=[\"„«“(\[]?[^\W\d_a-zà-ÿ])|\n\s*|(?<=[.!?؟])\s+(?=[\u0600-\u06ff])"
)
# A period after these is an abbreviation, not the end of a sentence.
_ABBREVIATION = re.compile(
    r"(?:\b[A-ZÄÖÜ]|\b\d{1,2}|\bU\.S|\bMr|\bMrs|\bMs|\bDr|\bSt|\bGen|\bCol|\bLt|\bSgt|\bgen|\bNr|\bbzw|\bca|\bvgl|\bMme|\bMM|\bт\.е|\bг|\bSr|\bSra|\bJan|\bFeb|\bAug|\bSept?|\bOct|\bNov|\bDec|\bNo)\.$"
)


class Sentences:
    """Character ranges of the sentences of one text."""

    def __init__(self, text: str) -> None:
        starts = [0]
        for match in _BREAK.finditer(text):
            if _ABBREVIATION.search(text, max(0, match.start() - 5), match.start()):
                continue
            starts.append(match.end())
        self._text = text
        self._starts = starts

    def __len__(self) -> int:
        return len(self._starts)

    def index(self, offset: int) -> int:
        """Number of the sentence holding `offset`, counted from 0."""
        return bisect.bisect_right(self._starts, offset) - 1

    def span(self, number: int) -> tuple[int, int]:
        """(start, end) of sentence `number`, counted from 0."""
        return self.around(self._starts[number])

    def around(self, offset: int) -> tuple[int, int]:
        """(start, end) of the sentence holding `offset`, trailing whitespace excluded."""
        i = self.index(offset)
        start = self._starts[i]
        end = self._starts[i + 1] if i + 1 < len(self._starts) else len(self._text)
        while end > start and self._text[end - 1].isspace():
            end -= 1
        return start, end
