"""Countries found from their adjective in every language (data/demonyms.json), and names
that are common words or other places elsewhere (New Jersey, Granada, a first name, the
Russian pronoun 'Того', the Arabic 'financial') that must not become a country."""

import pytest

from eventwatch.models import Article

POSITIVES = [
    ("en", "Kenyan troops attacked militant positions near the border on Monday.", "KE"),
    ("en", "Chadian soldiers clashed with rebels in the north, the army said.", "TD"),
    ("de", "Die ghanaische Regierung verhängte Sanktionen gegen die Militärjunta.", "GH"),
    ("de", "Die nigrische Armee hat am Montag Stellungen der Rebellen angegriffen.", "NE"),
    ("fr", "L'armée tchadienne a attaqué des positions rebelles dans le nord.", "TD"),
    ("fr", "Les soldats burkinabè ont attaqué un camp de jihadistes.", "BF"),
    ("es", "El ejército hondureño atacó un campamento de narcotraficantes.", "HN"),
    ("es", "Las tropas ugandesas atacaron a los rebeldes en la frontera.", "UG"),
    ("ru", "Малийская армия нанесла удар по позициям боевиков.", "ML"),
    ("ru", "Чадские военные нанесли удар по лагерю боевиков.", "TD"),
    ("ar", "شن الجيش التشادي هجوما على مواقع المتمردين.", "TD"),
    ("ar", "شنت القوات الكينية هجوما على مواقع المتمردين.", "KE"),
]  # fmt: skip

# Each sentence holds an event and a word that used to be taken for a country.
NEGATIVES = [
    ("en", "Gunmen attacked a bar in New Jersey on Saturday, killing three people.", "JE"),
    ("es", "Un atentado con bomba en Granada dejó tres muertos el sábado.", "GD"),
    ("es", "Mauricio Pérez murió en un atentado con bomba en el centro.", "MU"),
    ("fr", "Maurice Dupont a été blessé dans un attentat à la bombe.", "MU"),
    ("ru", "Того, кто совершил теракт, задержали.", "TG"),
    ("ar", "أعلنت الحكومة عن دعم مالي لضحايا الهجوم الإرهابي.", "ML"),
]  # fmt: skip


def _countries(tagger, text: str, lang: str) -> set[str | None]:  # type: ignore[no-untyped-def]
    found: set[str | None] = set()
    for event in tagger.tag(Article(id="t", text=text, language=lang)):
        found |= {a.country for a in (*event.actors.source, *event.actors.target)}
        if event.location is not None:
            found.add(event.location.country)
    return found


@pytest.mark.parametrize(("lang", "text", "country"), POSITIVES)
def test_country_from_its_adjective(tagger, lang, text, country):  # type: ignore[no-untyped-def]
    assert country in _countries(tagger, text, lang)


@pytest.mark.parametrize(("lang", "text", "country"), NEGATIVES)
def test_ambiguous_name_is_no_country(tagger, lang, text, country):  # type: ignore[no-untyped-def]
    events = tagger.tag(Article(id="t", text=text, language=lang))
    assert events, "the sentence must still hold its event"
    assert country not in _countries(tagger, text, lang)


def test_english_demonym_plural_names_the_country(tagger):  # type: ignore[no-untyped-def]
    text = "Hundreds of Ugandans protested in the capital against the new tax."
    assert "UG" in _countries(tagger, text, "en")
    assert "UG" not in _countries(tagger, "Hundreds protested in the capital.", "en")
