"""The International Court of Justice ('World Court'), the ICC and other courts with states as
parties are political actors: a state accusing another before them is an accusation, which the
court-domain gate (criminal cases, lawsuits) must not block. Domestic courts stay blocked.
Texts written for these tests, in all six languages."""

import pytest

from eventwatch.models import Article

INTERNATIONAL = [
    ("en", "Ukraine accused Russia of genocide at the International Court of Justice in The "
     "Hague.", "Ukraine", "Russia"),
    ("en", "South Africa accused Israel at the World Court of violating the genocide "
     "convention.", "South Africa", "Israel"),
    ("de", "Die Ukraine warf Russland vor dem Internationalen Gerichtshof Völkermord vor.",
     "Ukraine", "Russia"),
    ("fr", "L'Ukraine a accusé la Russie de génocide devant la Cour internationale de justice.",
     "Ukraine", "Russia"),
    ("es", "Ucrania acusó a Rusia de genocidio ante la Corte Internacional de Justicia.",
     "Ukraine", "Russia"),
    ("ru", "Украина обвинила Россию в геноциде в Международном суде ООН.", "Ukraine", "Russia"),
    ("ar", "اتهمت أوكرانيا روسيا بارتكاب إبادة جماعية أمام محكمة العدل الدولية.", "Ukraine",
     "Russia"),
]  # fmt: skip

DOMESTIC = [
    ("en", "The court accused the defendant of fraud and embezzlement."),
    ("de", "Das Gericht warf dem Angeklagten Betrug und Untreue vor."),
    ("fr", "Le tribunal a accusé l'homme d'affaires de fraude fiscale."),
    ("es", "El tribunal acusó al empresario de fraude fiscal."),
    ("ru", "Суд обвинил бизнесмена в мошенничестве."),
    ("ar", "اتهمت المحكمة رجل الأعمال بالاحتيال."),
]


@pytest.mark.parametrize(("lang", "text", "source", "target"), INTERNATIONAL)
def test_accusation_before_an_international_court(tagger, lang, text, source, target):  # type: ignore[no-untyped-def]
    events = [
        e
        for e in tagger.tag(Article(id="t", text=text, language=lang))
        if e.type == "accusation" and e.modality == "asserted"
    ]
    assert events
    assert [a.name for a in events[0].actors.source] == [source]
    assert [a.name for a in events[0].actors.target] == [target]


def test_the_icc_prosecutor_is_a_political_actor(tagger) -> None:  # type: ignore[no-untyped-def]
    text = "The ICC prosecutor accused Russia of deporting children from occupied Ukraine."
    events = [e for e in tagger.tag(Article(id="t", text=text, language="en"))]
    accusations = [e for e in events if e.type == "accusation"]
    assert [a.name for a in accusations[0].actors.source] == ["International Criminal Court"]


@pytest.mark.parametrize(("lang", "text"), DOMESTIC)
def test_domestic_court_cases_stay_out(types_of, lang, text):  # type: ignore[no-untyped-def]
    assert "accusation" not in types_of(text, lang)
