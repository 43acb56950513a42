"""'@lemma' in a lexicon: every inflection from the lookup tables, written once to data/forms."""

import json
import re

import pytest

from eventwatch.tagging.data_files import DATA_DIR
from eventwatch.tagging.lemma_forms import (
    LOOKUP_LANGUAGES,
    expand,
    inflections,
    lemmas_in,
    load_forms,
)
from eventwatch.tagging.lexicon import available_languages, fold, load_lexicon


@pytest.mark.parametrize("lang", available_languages())
def test_forms_files_match_the_lookup_tables(lang: str) -> None:
    raw = json.loads((DATA_DIR / "lexicon" / f"{lang}.json").read_text(encoding="utf-8"))
    assert load_forms(lang) == inflections(lang, lemmas_in(raw)), (
        "run: python -m eventwatch.tagging.lemma_forms"
    )


def test_a_lemma_stands_for_whole_words_only() -> None:
    pattern = re.compile(expand("@arrest (?:a|two)", {"arrest": ["arrested", "arrest"]}, "t"))
    assert pattern.match("arrested two")
    assert pattern.match("arrest a")
    assert not pattern.match("arrestedly a")


def test_an_unknown_lemma_is_refused_with_its_place() -> None:
    with pytest.raises(ValueError, match=r"en.json: triggers\[threat\]: lemma @menace"):
        expand("@menace", {}, "en.json: triggers[threat]")


@pytest.mark.parametrize(
    ("lang", "lemma", "form"),
    [
        ("en", "detain", "detained"),
        ("es", "detener", "detuvieron"),
        ("fr", "qualifier", "qualifié"),
        ("ru", "задержать", "задержали"),
    ],
)
def test_irregular_and_participle_forms_come_from_the_tables(
    lang: str, lemma: str, form: str
) -> None:
    assert lang in LOOKUP_LANGUAGES
    assert form in inflections(lang, {lemma})[lemma]


@pytest.mark.parametrize(
    ("lang", "text", "kind"),
    [
        ("es", "la policía detuvo a dos presuntos yihadistas", "terror_plot_foiled"),
        ("es", "los detendrán por terrorismo", "_arrest"),
        ("ru", "полиция задержит подозреваемых", "_arrest"),
    ],
)
def test_an_inflection_the_lexicon_never_spelled_out_is_a_trigger(
    lang: str, text: str, kind: str
) -> None:
    lexicon = load_lexicon(lang)
    assert lexicon is not None
    assert kind in {t.kind for t in lexicon.find_triggers(fold(text))}


def test_table_entries_with_two_spellings_and_russian_yo_give_words_of_the_text() -> None:
    # 'взорвались//взорвались' in the table is one word twice; 'взорвётся' is mostly printed
    # 'взорвется'.
    forms = inflections("ru", {"взорваться"})["взорваться"]
    assert "взорвались" in forms
    assert not any("//" in f for f in forms)
    assert {"взорвётся", "взорвется"} <= set(forms)
