"""Passive voice names the doer after the verb: 'X was accused by Y' is Y's accusation of X.

Texts written for these tests, in all six languages; the hard negatives are active sentences
with the same marker words ('by', 'von', 'par', 'por', the instrumental) in other roles."""

import pytest

from eventwatch.models import Article

# (lang, text, type, source, target)
PASSIVE = [
    ("en", "Russia was accused by Ukraine of shelling the nuclear plant.", "accusation",
     "Ukraine", "Russia"),
    ("en", "Sanctions were imposed on Iran by the European Union on Monday.", "sanctions",
     "European Union", "Iran"),
    ("de", "Russland wurde von der Ukraine beschuldigt, das Kraftwerk beschossen zu haben.",
     "accusation", "Ukraine", "Russia"),
    ("de", "Gegen den Iran wurden am Montag von der Europäischen Union neue Sanktionen verhängt.",
     "sanctions", "European Union", "Iran"),
    ("fr", "La Russie a été accusée par l'Ukraine d'avoir bombardé la centrale.", "accusation",
     "Ukraine", "Russia"),
    ("es", "Rusia fue acusada por Ucrania de bombardear la central nuclear.", "accusation",
     "Ukraine", "Russia"),
    ("es", "Irán fue sancionado por la Unión Europea por su programa de misiles.", "sanctions",
     "European Union", "Iran"),
    ("ru", "Россия была раскритикована Францией за удары по городам.", "accusation",
     "France", "Russia"),
    ("ar", "اتهمت روسيا من قبل أوكرانيا بقصف المحطة النووية.", "accusation", "Ukraine",
     "Russia"),
]  # fmt: skip

ACTIVE = [
    ("en", "Germany accused Russia of a disinformation campaign led by Iran.", "accusation",
     "Germany", "Russia"),
    ("en", "Ukraine accused Russia, backed by Belarus, of shelling the plant.", "accusation",
     "Ukraine", "Russia"),
    ("de", "Der Präsident von Frankreich kritisierte Russland scharf.", "accusation", "France",
     "Russia"),
    ("fr", "L'Ukraine a accusé la Russie par la voix de son ministre.", "accusation", "Ukraine",
     "Russia"),
    ("es", "Ucrania acusó a Rusia por los ataques contra la central.", "accusation", "Ukraine",
     "Russia"),
    ("ru", "Франция раскритиковала Россию вместе с Германией.", "accusation", "France",
     "Russia"),
    ("ar", "اتهمت أوكرانيا روسيا بقصف المحطة النووية.", "accusation", "Ukraine", "Russia"),
]  # fmt: skip


def _directed(tagger, lang: str, text: str, kind: str) -> tuple[list[str], list[str]]:  # type: ignore[no-untyped-def]
    events = [e for e in tagger.tag(Article(id="t", text=text, language=lang)) if e.type == kind]
    assert events, f"no {kind} in {text!r}"
    return [a.name for a in events[0].actors.source], [a.name for a in events[0].actors.target]


@pytest.mark.parametrize(("lang", "text", "kind", "source", "target"), PASSIVE)
def test_passive_agent_is_the_source(tagger, lang, text, kind, source, target):  # type: ignore[no-untyped-def]
    assert _directed(tagger, lang, text, kind) == ([source], [target])


@pytest.mark.parametrize(("lang", "text", "kind", "source", "target"), ACTIVE)
def test_active_sentences_keep_their_subject(tagger, lang, text, kind, source, target):  # type: ignore[no-untyped-def]
    assert _directed(tagger, lang, text, kind) == ([source], [target])
