"""Evidence anchors: what two reports in different languages can share.

Words differ across languages; numbers (death tolls, arrests), names (Latin script, and
Cyrillic read in Latin letters) and places do not. Anchors are compared as sets; the
tie-breaker counts the shared ones.
"""

from __future__ import annotations

import re
import unicodedata

# Arabic-Indic and Persian digits read as ASCII digits.
_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")
# 80,000 / 80.000 / 80 000 / 80 000 are one number.
_NUMBER = re.compile(r"\d{1,3}(?:[,.\u00a0\u202f ]\d{3})+(?!\d)|\d+")
_NAME = re.compile(r"\b[A-Z][a-z\u00c0-\u024f]{2,}(?:[ -][A-Z][a-z\u00c0-\u024f]{2,})*")
_CYRILLIC_NAME = re.compile(r"\b[А-ЯЁ][а-яё]{2,}(?:[ -][А-ЯЁ][а-яё]{2,})*")
# Russian names spelled the way English news spells most of them ('Карачи' is Karachi,
# 'Лагос' Lagos): a name both reports carry then is an anchor they share.
_LATIN_OF = str.maketrans(
    {
        **dict(zip("абвгдеёзийклмнопрстуфыэ", "abvgdeeziyklmnoprstufye", strict=True)),
        **{"ж": "zh", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch"},
        **{"ю": "yu", "я": "ya", "ъ": "", "ь": ""},
    }
)
MAX_ANCHORS = 40


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def numbers(text: str) -> set[str]:
    found = set()
    for match in _NUMBER.finditer(text.translate(_DIGITS)):
        digits = re.sub(r"\D", "", match.group())
        value = digits.lstrip("0") or "0"
        if len(value) == 4 and value.startswith(("19", "20")):
            continue  # a year says when, which the time window already compares
        found.add(value)
    return found


def names(text: str) -> set[str]:
    """Capitalised names, not the first word of a sentence: Latin script as written,
    Cyrillic in Latin letters."""
    found = set()
    for pattern in (_NAME, _CYRILLIC_NAME):
        for match in pattern.finditer(text):
            before = text[: match.start()].rstrip()
            if not before or before[-1] in ".!?:\"'«»“”":
                continue
            found.add(_fold(match.group()).translate(_LATIN_OF))
    return found


def anchors(text: str, extra: list[str] | None = None) -> set[str]:
    """Numbers ('#19'), Latin names and the given extra names (places, actors), folded."""
    found = {f"#{n}" for n in numbers(text)} | names(text)
    found |= {_fold(name) for name in extra or [] if name}
    return found


def shared(first: set[str] | list[str], second: set[str] | list[str]) -> int:
    return len(set(first) & set(second))
