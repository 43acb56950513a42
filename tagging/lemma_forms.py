"""Every inflection of a lexicon's lemmas, from spaCy's lookup lemmatizer tables.

A trigger may name a lemma as '@word' ('@acusar de' matches 'acusó de', 'acusaron de',
'acusados de'...). The forms come from the lookup tables of spacy-lookups-data (en, de, fr, es,
ru; Arabic has none and keeps its stems and clitic prefix). Reading and inverting a table takes
about two seconds a language, so the forms of the lemmas the lexicons name are written once
into tagging/data/forms/<lang>.json (`python -m eventwatch.tagging.lemma_forms` after changing
a lexicon; a unit test checks the files are current) and the tagger only reads those.
"""

from __future__ import annotations

import gzip
import json
import re
import sys
from functools import lru_cache
from pathlib import Path

from eventwatch.tagging.data_files import DATA_DIR

FORMS_DIR = DATA_DIR / "forms"
LEMMA = re.compile(r"@(\w+)")
LOOKUP_LANGUAGES = ("en", "de", "fr", "es", "ru")


def lemmas_in(raw_lexicon: dict) -> set[str]:
    """The lemmas ('@word') a lexicon's triggers, contexts and cues name."""
    found: set[str] = set()
    for section in ("triggers", "context", "cues"):
        for patterns in raw_lexicon.get(section, {}).values():
            for pattern in patterns:
                found.update(LEMMA.findall(pattern))
    return found


def inflections(lang: str, lemmas: set[str]) -> dict[str, list[str]]:
    """lemma -> its forms (itself included, lowercase, longest first) by the lookup table."""
    table = _lookup_table(lang)
    wanted = {lemma.lower() for lemma in lemmas}
    forms: dict[str, set[str]] = {lemma: {lemma} for lemma in wanted}
    for form, lemma_or_lemmas in table.items():
        choices = lemma_or_lemmas if isinstance(lemma_or_lemmas, list) else [lemma_or_lemmas]
        for lemma in choices:
            # German nouns are capitalised in the table; the tagger matches lowercased text.
            key = lemma.lower()
            if key in wanted:
                forms[key].update(_spellings(lang, form))
    for lemma, found in forms.items():
        found.update(p for p in _participles(lang, lemma) if p in table)
    return {lemma: sorted(found, key=lambda f: (-len(f), f)) for lemma, found in forms.items()}


# The French and Spanish tables give many past participles as adjectives of their own
# ('qualifié' -> 'qualifié', 'tenu' -> 'tenu'), so a verb's participles are added where the table
# knows them as words. French '-ir' and '-re' verbs may also end in '-u' ('tenir' 'tenu', 'rompre'
# 'rompu'); a candidate the table does not know ('fini' but no 'finu') is never added.
_PARTICIPLES: dict[str, dict[str, tuple[str, ...]]] = {
    "fr": {"er": ("é", "ée", "és", "ées"),
           "ir": ("i", "ie", "is", "ies", "u", "ue", "us", "ues"),
           "re": ("u", "ue", "us", "ues")},
    "es": {"ar": ("ado", "ada", "ados", "adas"), "er": ("ido", "ida", "idos", "idas"),
           "ir": ("ido", "ida", "idos", "idas")},
}  # fmt: skip


def _spellings(lang: str, form: str) -> list[str]:
    """How a table form is written in text: some entries hold two spellings ('a//b'), and
    Russian news mostly writes 'е' for 'ё' ('взорвётся' as 'взорвется')."""
    spellings = [s for s in form.lower().split("//") if s]
    if lang == "ru":
        spellings += [s.replace("ё", "е") for s in spellings if "ё" in s]
    return spellings


def _participles(lang: str, lemma: str) -> list[str]:
    for ending, suffixes in _PARTICIPLES.get(lang, {}).items():
        if lemma.endswith(ending):
            return [lemma[: -len(ending)] + suffix for suffix in suffixes]
    return []


def _lookup_table(lang: str) -> dict[str, str | list[str]]:
    if lang not in LOOKUP_LANGUAGES:
        return {}
    import spacy_lookups_data  # type: ignore[import-untyped]  # only when writing forms

    path = Path(spacy_lookups_data.__file__).parent / "data" / f"{lang}_lemma_lookup.json.gz"
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        return json.load(handle)


@lru_cache(maxsize=16)
def load_forms(lang: str) -> dict[str, list[str]]:
    path = FORMS_DIR / f"{lang}.json"
    if not path.exists():
        return {}
    return json.loads(path.read_text(encoding="utf-8"))


def expand(pattern: str, forms: dict[str, list[str]], where: str) -> str:
    """`pattern` with each '@lemma' replaced by an alternation of its forms (whole words)."""

    def alternation(match: re.Match[str]) -> str:
        lemma = match.group(1).lower()
        if lemma not in forms:
            raise ValueError(
                f"{where}: lemma @{lemma} has no forms (run python -m "
                "eventwatch.tagging.lemma_forms)"
            )
        return "(?:" + "|".join(re.escape(f) for f in forms[lemma]) + r")(?!\w)"

    return LEMMA.sub(alternation, pattern)


def write_forms(lang: str) -> Path:
    lexicon = json.loads((DATA_DIR / "lexicon" / f"{lang}.json").read_text(encoding="utf-8"))
    forms = inflections(lang, lemmas_in(lexicon))
    FORMS_DIR.mkdir(exist_ok=True)
    path = FORMS_DIR / f"{lang}.json"
    lines = [json.dumps(k, ensure_ascii=False) + ": " + json.dumps(v, ensure_ascii=False)
             for k, v in sorted(forms.items())]  # fmt: skip
    path.write_text("{\n" + ",\n".join(lines) + "\n}\n", encoding="utf-8")
    return path


if __name__ == "__main__":
    for language in sys.argv[1:] or sorted(p.stem for p in (DATA_DIR / "lexicon").glob("*.json")):
        print(write_forms(language))
