"""Background is not news: an event dated years before the article ('the massacre of 1995',
'the 2004 bombings', 'теракт 2004 года', 'مجزرة عام 1995'), commemorations of one, 'after the
November attacks' and 'the war on terror' report no event; the same words about this year's
events, or in an article of that year, still do. Texts written for these tests."""

from datetime import UTC, datetime

import pytest

from eventwatch.models import Article

BACKGROUND = [
    ("en", "Mourners gathered in Madrid to commemorate the victims of the 2004 train bombings."),
    ("en", "The massacre of 1995 still shapes politics in Bosnia."),
    ("en", "The global war on terror has cost trillions of dollars."),
    ("de", "In Madrid gedachten Hunderte der Opfer der Zuganschläge von 2004."),
    ("de", "Nach den Anschlägen vom November wurden die Kontrollen in Paris verschärft."),
    ("de", "Der Krieg gegen den Terror hat Billionen gekostet."),
    ("fr", "Des centaines de personnes ont commémoré à Madrid les victimes des attentats de 2004."),
    ("fr", "Depuis les attentats de novembre, la sécurité a été renforcée à Paris."),
    ("es", "Cientos de personas recordaron en Madrid a las víctimas de los atentados de 2004."),
    ("es", "La masacre de 1995 sigue marcando la política en Bosnia."),
    ("es", "Tras los atentados de noviembre, se reforzó la seguridad en París."),
    ("ru", "В Мадриде почтили память жертв терактов 2004 года."),
    ("ru", "После ноябрьских терактов в Париже усилили меры безопасности."),
    ("ru", "Резня 1995 года до сих пор определяет политику в Боснии."),
    ("ar", "أحيا المئات في مدريد ذكرى ضحايا تفجيرات القطارات عام 2004."),
    ("ar", "ما زالت مجزرة عام 1995 تلقي بظلالها على السياسة في البوسنة."),
]

NEWS = [
    ("en", "Militants attacked a police station in Peshawar on Monday, killing four officers.",
     "military_action"),
    ("de", "Extremisten griffen am Montag eine Polizeiwache in Peschawar an und töteten vier "
     "Beamte.", "terror_attack"),
    ("fr", "Un attentat à la voiture piégée a tué dix personnes lundi à Kaboul.", "terror_attack"),
    ("es", "Un atentado con coche bomba mató a diez personas el lunes en Kabul.",
     "terror_attack"),
    ("ru", "В понедельник в Кабуле при взрыве заминированного автомобиля погибли десять "
     "человек.", "terror_attack"),
    ("ar", "قتل عشرة أشخاص في تفجير سيارة مفخخة في كابول يوم الاثنين.", "terror_attack"),
]  # fmt: skip

TERROR_ATTACK_TYPES = {"terror_attack", "military_action"}

# The year dates background only when it lies before the article's own time.
SAME_YEAR = [
    ("en", "The bombings of March 2004 killed 191 commuters in Madrid."),
    ("es", "Los atentados de marzo de 2004 mataron a 191 viajeros en Madrid."),
    ("ru", "Теракт 2004 года в Мадриде унёс жизни 191 человека."),
]


@pytest.mark.parametrize(("lang", "text"), BACKGROUND)
def test_background_reports_no_attack(types_of, lang, text):  # type: ignore[no-untyped-def]
    assert not types_of(text, lang) & TERROR_ATTACK_TYPES


@pytest.mark.parametrize(("lang", "text", "kind"), NEWS)
def test_current_events_are_reported(types_of, lang, text, kind):  # type: ignore[no-untyped-def]
    assert kind in types_of(text, lang)


@pytest.mark.parametrize(("lang", "text"), SAME_YEAR)
def test_a_year_is_background_only_before_the_article(tagger, lang, text):  # type: ignore[no-untyped-def]
    def attacks(published: datetime) -> set[str]:
        article = Article(id="t", text=text, language=lang, published_at=published)
        return {e.type for e in tagger.tag(article) if e.modality == "asserted"}

    assert "terror_attack" in attacks(datetime(2004, 3, 12, tzinfo=UTC))
    assert "terror_attack" not in attacks(datetime(2024, 3, 11, tzinfo=UTC))
