"""terror_alert in all six languages, from docs/tagging/inventories/terror_alert.md: an authority
raises or issues a threat level or public warning, or acts on a bomb threat (a station evacuated,
a plane diverted or forced down, an airport closed). Hard negatives share the
words: weather and union 'alerts', fires and gas leaks, generic 'terror threat' topics."""

import pytest

ALERTS = [
    ("en", "The interior ministry raised the national threat level to severe on Friday."),
    ("en", "The flight to Frankfurt was forced to land in Sofia after a bomb threat."),
    ("en", "Brussels airport was closed for three hours after an anonymous bomb warning."),
    ("en", "Police urged the public to stay vigilant after warnings of an attack on churches."),
    ("en", "Trains were halted and the station cleared after a suspicious package was found."),
    ("de", "Das Innenministerium hob die Terrorwarnstufe am Freitag auf die höchste Stufe an."),
    ("de", "Der Flughafen Hamburg wurde nach einer Bombendrohung stundenlang gesperrt."),
    ("de", "Die Maschine musste nach einer Bombendrohung in Sofia notlanden."),
    ("de", "Die Polizei warnte die Bevölkerung vor möglichen Anschlägen auf Weihnachtsmärkte."),
    ("de", "Wegen eines verdächtigen Gegenstands wurde der Bahnhof evakuiert."),
    ("fr", "Le ministère de l'Intérieur a relevé le niveau de la menace terroriste à son maximum."),
    ("fr", "L'aéroport de Nice a été fermé après une alerte à la bombe."),
    ("fr", "L'avion a dû se poser en urgence à Sofia après une menace à la bombe."),
    ("fr", "La préfecture a appelé la population à la vigilance face au risque d'attentat."),
    ("fr", "La gare a été évacuée en raison d'un colis suspect."),
    ("es", "El Ministerio del Interior elevó el nivel de alerta antiterrorista al cuatro."),
    ("es", "El aeropuerto de Barajas fue cerrado tras un aviso de bomba."),
    ("es", "El avión tuvo que aterrizar de emergencia en Sofía por una amenaza de bomba."),
    ("es", "La policía pidió a la población extremar la vigilancia ante el riesgo de atentados."),
    ("es", "Desalojaron la estación de autobuses tras hallar un paquete sospechoso."),
    ("ru", "МВД повысило уровень террористической опасности до жёлтого."),
    ("ru", "Аэропорт Внуково закрыли после сообщения о бомбе на борту."),
    ("ru", "Самолёт совершил экстренную посадку в Софии из-за угрозы взрыва."),
    ("ru", "Полиция призвала граждан сохранять бдительность из-за угрозы терактов."),
    ("ru", "Торговый центр эвакуировали из-за подозрительного предмета."),
    ("ar", "رفعت وزارة الداخلية مستوى التأهب الأمني إلى الدرجة القصوى."),
    ("ar", "أغلق مطار القاهرة بعد بلاغ عن وجود قنبلة."),
    ("ar", "هبطت الطائرة اضطراريا في صوفيا بعد تهديد بوجود قنبلة."),
    ("ar", "دعت الشرطة المواطنين إلى توخي الحذر من هجمات إرهابية محتملة."),
    ("ar", "تم إخلاء المركز التجاري بعد العثور على طرد مشبوه."),
    ("fr", "Le lycée a été évacué après un appel anonyme signalant une bombe."),
    ("fr", "L'ambassade des États-Unis a émis une alerte de sécurité pour ses ressortissants."),
    (
        "en",
        "Britain's threat level was raised to critical, meaning an attack is expected imminently.",
    ),
    (
        "en",
        "The US embassy in Nairobi warned Americans to avoid hotels over the weekend because of "
        "a heightened threat.",
    ),
    ("en", "Australia kept its national terrorism threat level at probable."),
    (
        "en",
        "The Department of Homeland Security issued a National Terrorism Advisory System bulletin.",
    ),
    (
        "en",
        "Security was stepped up at airports and train stations across the country after the "
        "warning.",
    ),
    ("en", "Israel's counter-terrorism bureau issued a travel warning for Sinai."),
    ("en", "Police closed the Eiffel Tower and evacuated visitors after a bomb alert."),
    (
        "en",
        "Troops were deployed to guard railway stations as the country went to its highest alert.",
    ),
    ("de", "Die Niederlande haben die Terrorwarnstufe auf vier von fünf angehoben."),
    ("de", "Die US-Botschaft warnte ihre Bürger vor Anschlägen auf Hotels in Nairobi."),
    (
        "de",
        "Die Sicherheitsvorkehrungen an Flughäfen und Bahnhöfen wurden nach der Warnung "
        "verschärft.",
    ),
    ("de", "Der Eiffelturm wurde wegen eines Bombenalarms geräumt."),
    ("fr", "Le Royaume-Uni a relevé son niveau de menace à critique."),
    (
        "fr",
        "L'ambassade américaine à Nairobi a mis en garde ses ressortissants contre des attentats "
        "dans les hôtels.",
    ),
    ("fr", "La sécurité a été renforcée dans les aéroports et les gares après cet avertissement."),
    ("fr", "Les Pays-Bas ont porté leur niveau de menace terroriste à quatre sur cinq."),
    ("es", "El Reino Unido elevó su nivel de amenaza a crítico."),
    (
        "es",
        "La embajada de EE.UU. en Nairobi advirtió a sus ciudadanos del riesgo de atentados en "
        "hoteles.",
    ),
    ("es", "Se reforzó la seguridad en aeropuertos y estaciones tras la advertencia."),
    ("es", "Países Bajos elevó su nivel de amenaza terrorista a cuatro sobre cinco."),
    ("es", "La Torre Eiffel fue desalojada por una alerta de bomba."),
    ("es", "España mantiene el nivel 4 de alerta antiterrorista sobre 5."),
    ("ru", "Великобритания повысила уровень террористической угрозы до критического."),
    ("ru", "Посольство США в Найроби предупредило граждан об угрозе терактов в гостиницах."),
    ("ru", "Меры безопасности в аэропортах и на вокзалах были усилены после предупреждения."),
    ("ru", "Нидерланды повысили уровень террористической угрозы до четвёртого из пяти."),
    ("ru", "Эйфелеву башню эвакуировали из-за угрозы взрыва."),
    ("ar", "رفعت بريطانيا مستوى التهديد الإرهابي إلى حرج."),
    ("ar", "حذرت السفارة الأمريكية في نيروبي رعاياها من هجمات محتملة على الفنادق."),
    ("ar", "شددت السلطات الإجراءات الأمنية في المطارات ومحطات القطارات بعد التحذير."),
    ("ar", "رفعت هولندا مستوى التهديد الإرهابي إلى الدرجة الرابعة من خمس درجات."),
    ("ar", "أخليت منطقة برج إيفل بسبب إنذار بوجود قنبلة."),
    ("ar", "أعلنت السلطات حالة التأهب القصوى في العاصمة تحسبا لهجمات إرهابية."),
]

NOT_ALERTS = [
    ("en", "The weather service issued a storm alert for the coast."),
    ("en", "The nurses' union declared a state of alert over unpaid wages."),
    ("en", "The airport was closed for three hours because of heavy fog."),
    ("en", "The minister spoke about the terror threat facing Europe in a lecture."),
    ("de", "Der Wetterdienst gab eine Unwetterwarnung für die Küste heraus."),
    ("de", "Die Gewerkschaft rief den Alarmzustand wegen ausstehender Löhne aus."),
    ("de", "Der Flughafen wurde wegen dichten Nebels gesperrt."),
    ("fr", "Météo-France a placé trois départements en vigilance orange pour les orages."),
    ("fr", "Le syndicat des infirmiers a décrété l'état d'alerte sur les salaires."),
    ("fr", "La gare a été évacuée en raison d'une fuite de gaz."),
    ("es", "La agencia de meteorología activó la alerta naranja por lluvias."),
    ("es", "El sindicato declaró el estado de alerta por los salarios impagados."),
    ("es", "El aeropuerto fue cerrado por la niebla."),
    ("ru", "МЧС объявило штормовое предупреждение для побережья."),
    ("ru", "Аэропорт закрыли из-за сильного тумана."),
    ("ru", "Профсоюз объявил о готовности к забастовке из-за невыплаты зарплат."),
    ("ar", "أصدرت الأرصاد الجوية تحذيرا من عاصفة على الساحل."),
    ("ar", "أغلق المطار بسبب الضباب الكثيف."),
    ("ar", "تم إخلاء المبنى بعد اندلاع حريق."),
    ("fr", "Le collège a été évacué après une alerte incendie."),
    ("ar", "أعلنت الأرصاد حالة التأهب بسبب العاصفة الثلجية."),
    ("es", "Protección Civil activó la alerta roja por el temporal."),
    ("ru", "Синоптики объявили оранжевый уровень погодной опасности."),
    ("en", "The CDC raised its travel health alert for the region to level 3."),
    ("en", "Security was stepped up for the cup final after fans clashed last year."),
    ("fr", "La sécurité a été renforcée pour la finale de la coupe."),
    ("ru", "Меры безопасности на стадионе усилены перед финалом."),
    ("ar", "شددت الشرطة الإجراءات الأمنية حول الملعب قبل المباراة."),
    ("es", "Se reforzó la seguridad en el estadio ante la final."),
    ("de", "Die Sicherheitsvorkehrungen im Stadion wurden vor dem Pokalfinale verschärft."),
]


@pytest.mark.parametrize(("lang", "text"), ALERTS)
def test_alert_is_found(types_of, lang: str, text: str) -> None:  # type: ignore[no-untyped-def]
    assert "terror_alert" in types_of(text, lang)


@pytest.mark.parametrize(("lang", "text"), NOT_ALERTS)
def test_no_alert_for_weather_unions_accidents_or_topics(types_of, lang: str, text: str) -> None:  # type: ignore[no-untyped-def]
    assert "terror_alert" not in types_of(text, lang)


def test_every_language_has_positives_and_negatives() -> None:
    langs = {"en", "de", "fr", "es", "ru", "ar"}
    assert {lang for lang, _ in ALERTS} == langs
    assert {lang for lang, _ in NOT_ALERTS} == langs
