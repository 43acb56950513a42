"""Country names and adjectives per language, as written in news text.

pycountry gives every ISO 3166 state's name per language; data/countries.json adds capitals,
institutions and common names for the main countries; data/demonyms.json adds the adjective of
every state and the short name where pycountry's is missing or odd, and lists names to drop.
"""

from __future__ import annotations

import gettext
import json
import re
from collections.abc import Iterator
from functools import lru_cache

import pycountry

from eventwatch.tagging.data_files import DATA_DIR

# Arabic short vowels, shadda and sukun: pycountry writes 'الصّين', news text 'الصين'.
_AR_MARKS = re.compile("[\u064b-\u0652]")
# English demonyms that take a plural -s as a noun: Kenyans, Omanis.
_EN_PLURAL = re.compile(r"(?:an|i)$")


def _load(name: str) -> dict:
    return json.loads((DATA_DIR / name).read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def _curated() -> tuple[dict, dict]:
    return _load("countries.json"), _load("demonyms.json")


def _translator(lang: str):  # type: ignore[no-untyped-def]
    if lang == "en":
        return None
    try:
        return gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[lang]).gettext
    except OSError:
        return None


def country_surfaces(lang: str) -> Iterator[tuple[str, str]]:
    """(surface, alpha-2 code) pairs for `lang`, before inflection."""
    extra, demonyms = _curated()
    dropped = demonyms["_drop"].get(lang, {})
    translate = _translator(lang)
    for country in pycountry.countries:
        code = country.alpha_2
        english = getattr(country, "common_name", None) or country.name
        names = {country.name, english}
        if translate is not None:
            names = {translate(n) for n in names}
        if lang == "ar":
            names |= {_AR_MARKS.sub("", n) for n in names}
        surfaces = [n for n in names if "," not in n]
        surfaces += extra.get(code, {}).get(lang, ())
        for surface in demonyms.get(code, {}).get(lang, ()):
            surfaces.append(surface)
            if lang == "en" and _EN_PLURAL.search(surface):
                surfaces.append(surface + "s")
        for surface in dict.fromkeys(surfaces):
            if dropped.get(surface) != code:
                yield surface, code
