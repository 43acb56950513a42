"""Arabic text is folded once before matching: short vowels, shadda, tatweel and letter
variants (أ إ آ -> ا, ى -> ي, ة -> ه) do not hide a trigger or a name, and the evidence the
user sees is the article's own text. Texts written for these tests."""

import pytest

from eventwatch.models import Article
from eventwatch.tagging.normalise import fold_arabic, normalise

PLAIN = "اتهمت وزارة الخارجية الروسية أوكرانيا بقصف المحطة النووية."
VOWELLED = "اِتَّهَمَتْ وِزَارَةُ الخَارِجِيَّةِ الرُّوسِيَّةُ أُوكْرَانِيَا بِقَصْفِ المَحَطَّةِ النَّوَوِيَّةِ."
TATWEEL = "اتـهـمت وزارة الخارجـيـة الروسـيـة اوكرانيا بقصف المحطه النوويه."
THREAT_VOWELLED = "هَدَّدَ مُسَلَّحُونَ مَجْهُولُونَ المُعَلِّمِينَ فِي القَرْيَةِ بِالقَتْلِ."
DROUGHT_VOWELLED = "يُهَدِّدُ الجَفَافُ المَحَاصِيلَ فِي جَنُوبِ البِلَادِ."
WEATHER_TATWEEL = "تـوقـعت الأرصـاد أمطـارا غـزيرة فـي القـاهرة."


def _events(tagger, text: str):  # type: ignore[no-untyped-def]
    return tagger.tag(Article(id="ar-norm", text=text, language="ar"))


def test_folding_drops_marks_and_unifies_letters() -> None:
    assert fold_arabic(VOWELLED) == fold_arabic(PLAIN)
    assert fold_arabic("إيران أو آسيا مستشفى الحكومة") == "ايران او اسيا مستشفي الحكومه"
    assert fold_arabic("Paris, Berlin") == "Paris, Berlin"


def test_offsets_map_back_to_the_article() -> None:
    folded = normalise(VOWELLED, "ar")
    start = folded.text.index("اوكرانيا")
    first, last = folded.original_span(start, start + len("اوكرانيا"))
    assert VOWELLED[first:last] == "أُوكْرَانِيَا"


@pytest.mark.parametrize("text", [PLAIN, VOWELLED, TATWEEL])
def test_accusation_and_its_actors_survive_marks_and_tatweel(tagger, text):  # type: ignore[no-untyped-def]
    accusations = [e for e in _events(tagger, text) if e.type == "accusation"]
    assert accusations
    event = accusations[0]
    assert [a.name for a in event.actors.source] == ["Russia"]
    assert [a.name for a in event.actors.target] == ["Ukraine"]
    # the evidence is the article's own text, marks and all
    assert event.evidence.text == text[event.evidence.start : event.evidence.end]
    assert event.evidence.text.startswith(text[:4])


def test_vowelled_threat_by_unnamed_gunmen(types_of) -> None:  # type: ignore[no-untyped-def]
    assert "threat" in types_of(THREAT_VOWELLED, "ar")


@pytest.mark.parametrize("text", [DROUGHT_VOWELLED, WEATHER_TATWEEL])
def test_vowelled_non_events_stay_quiet(types_of, text) -> None:  # type: ignore[no-untyped-def]
    assert types_of(text, "ar") == set()


def test_other_languages_are_untouched() -> None:
    text = "Paris: le président a été accusé."
    assert normalise(text, "fr").text == text
