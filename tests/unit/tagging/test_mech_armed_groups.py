"""Threats and attacks by unnamed armed groups ('gunmen', 'hommes armés', 'مسلحون مجهولون').

A threat needs a named actor or one its taxonomy entry lets a role stand for (generic_actor):
an armed group described but not named counts (lexicon context `armed_group`). Texts written
for these tests; the negatives are the same verbs with weather, nature and sport subjects."""

import pytest

THREATS = [
    ("en", "Gunmen threatened to kill teachers in the village."),
    ("en", "Militants threatened to attack schools that admit girls."),
    ("de", "Bewaffnete drohten den Lehrern des Dorfes mit dem Tod."),
    ("fr", "Des hommes armés ont menacé de mort les enseignants du village."),
    ("es", "Hombres armados amenazaron de muerte a los maestros del pueblo."),
    ("ru", "Неизвестные вооружённые люди угрожали расправой учителям."),
    ("ar", "هدد مسلحون مجهولون المعلمين في القرية بالقتل."),
]

ATTACKS = [
    ("en", "Unidentified attackers opened fire on a police checkpoint, killing three officers."),
    ("de", "Unbekannte Bewaffnete eröffneten das Feuer auf einen Polizeiposten und töteten drei "
     "Beamte."),
    ("fr", "Des hommes armés ont ouvert le feu sur un poste de police, tuant trois agents."),
    ("ru", "Неизвестные вооружённые люди открыли огонь по полицейскому посту, убив троих "
     "полицейских."),
    ("ar", "فتح مسلحون مجهولون النار على حاجز للشرطة وقتلوا ثلاثة من أفرادها."),
]  # fmt: skip

NOT_THREATS = [
    ("en", "The visiting attackers threatened the goal repeatedly in the second half."),
    ("en", "Fans threatened to boycott the final after the referee decision."),
    ("en", "The storm threatened to flood the village."),
    ("de", "Die Angreifer des FC Bayern bedrohten immer wieder das Tor der Gäste."),
    ("fr", "Le mauvais temps menace les récoltes dans le sud du pays."),
    ("es", "La sequía amenaza las cosechas del sur del país."),
    ("ru", "Сильные морозы угрожают урожаю на юге страны."),
    ("ar", "يهدد الجفاف المحاصيل في جنوب البلاد."),
]


@pytest.mark.parametrize(("lang", "text"), THREATS)
def test_unnamed_armed_group_threatens(types_of, lang, text):  # type: ignore[no-untyped-def]
    assert "threat" in types_of(text, lang)


@pytest.mark.parametrize(("lang", "text"), ATTACKS)
def test_unnamed_armed_group_attacks(types_of, lang, text):  # type: ignore[no-untyped-def]
    assert "terror_attack" in types_of(text, lang)


@pytest.mark.parametrize(("lang", "text"), NOT_THREATS)
def test_sport_weather_and_nature_threaten_nobody(types_of, lang, text):  # type: ignore[no-untyped-def]
    assert "threat" not in types_of(text, lang)
