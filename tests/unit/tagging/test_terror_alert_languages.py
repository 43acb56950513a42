"""Terror alerts in every language with a lexicon of ours: an authority raises, lowers or issues
a threat level or warning, or acts on a bomb threat; hard negatives share the words."""

import pytest

ALERTS = [
    ("en", "Belgium lowered its terror alert level from four to three on Monday."),
    ("en", "Police evacuated the shopping centre in Leeds after a bomb threat."),
    ("fr", "La Belgique a abaissé son niveau d'alerte terroriste de quatre à trois lundi."),
    ("fr", "L'avion a été dérouté vers Shannon après une menace d'attentat."),
    ("fr", "La gare de Lyon a été évacuée après une alerte à la bombe."),
    ("es", "Bélgica rebajó el lunes su nivel de alerta terrorista de cuatro a tres."),
    ("es", "El Departamento de Estado emitió una advertencia sobre posibles atentados."),
    ("es", "La estación fue evacuada tras una amenaza de bomba en Madrid."),
    ("ru", "Бельгия понизила уровень террористической угрозы с четвёртого до третьего."),
    ("ru", "Госдепартамент выпустил предупреждение о возможных терактах против туристов."),
    ("ru", "Вокзал эвакуировали после сообщения о минировании."),
    ("ar", "خفضت بلجيكا مستوى التهديد الإرهابي من أربعة إلى ثلاثة يوم الاثنين."),
    ("ar", "أصدرت وزارة الخارجية تحذيرا من هجمات إرهابية محتملة ضد السياح."),
    ("ar", "تم إخلاء محطة القطارات بعد تهديد بوجود قنبلة."),
    ("de", "Belgien senkte am Montag seine Terrorwarnstufe von vier auf drei."),
    ("de", "Das Auswärtige Amt gab eine Warnung vor möglichen Anschlägen auf Touristen heraus."),
    ("de", "Der Hauptbahnhof in Köln wurde nach einer Bombendrohung geräumt."),
    ("de", "Die Maschine wurde wegen einer Bombendrohung nach Wien umgeleitet."),
    ("de", "Die Polizei evakuierte das Einkaufszentrum nach einem Bombenalarm."),
]

NOT_ALERTS = [
    ("en", "Police evacuated the shopping centre in Leeds after a fire."),
    ("en", "The government could raise the terror alert level if the situation worsens."),
    ("fr", "La gare de Lyon a été évacuée après un incendie."),
    ("fr", "Le gouvernement pourrait relever le niveau d'alerte si la situation se dégrade."),
    ("es", "La estación fue evacuada tras un incendio en Madrid."),
    ("es", "El gobierno podría elevar el nivel de alerta si la situación empeora."),
    ("ru", "Вокзал эвакуировали после пожара."),
    ("ru", "Правительство может повысить уровень угрозы, если ситуация ухудшится."),
    ("ar", "تم إخلاء محطة القطارات بعد اندلاع حريق."),
    ("de", "Der Hauptbahnhof in Köln wurde nach einem Brand geräumt."),
    ("de", "Die Maschine wurde wegen eines Gewitters nach Wien umgeleitet."),
    ("de", "Die Regierung könnte die Terrorwarnstufe anheben, falls sich die Lage verschärft."),
]


@pytest.mark.parametrize(("lang", "text"), ALERTS)
def test_alert_is_found(types_of, lang: str, text: str) -> None:  # type: ignore[no-untyped-def]
    assert "terror_alert" in types_of(text, lang)


@pytest.mark.parametrize(("lang", "text"), NOT_ALERTS)
def test_no_alert_without_a_threat_or_when_only_possible(types_of, lang: str, text: str) -> None:  # type: ignore[no-untyped-def]
    assert "terror_alert" not in types_of(text, lang)
