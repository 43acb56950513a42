"""terror_plot_foiled in all six languages, from docs/tagging/inventories/terror_plot_foiled.md:
suspects caught or charged with orchestrating a bombing, defused devices, seized explosives,
dismantled cells, confessing plotters. Such lines are no terror_attack, and a police raid on a
cell is no military_action. Hard negatives: ordinary crime, arrested protesters, old war bombs."""

import pytest

FOILED = [
    ("en", "Two suspects were caught hours after the bombing of the bus station."),
    ("en", "A man was charged with orchestrating the bombing of the market in Kabul."),
    ("en", "Bomb disposal experts defused a device found under a bridge near the ministry."),
    ("en", "Police seized explosives and detonators in a flat used by the cell."),
    ("en", "The would-be bomber confessed to planning an attack on the parade."),
    ("de", "Zwei Verdächtige wurden wenige Stunden nach dem Anschlag auf den Busbahnhof gefasst."),
    ("de", "Die Bundesanwaltschaft klagte einen Syrer wegen eines geplanten Anschlags an."),
    ("de", "Spezialkräfte entschärften einen Sprengsatz vor dem Rathaus."),
    ("de", "Ermittler stellten in der Wohnung der Terrorzelle Sprengstoff sicher."),
    ("de", "Der mutmaßliche Islamist gestand, einen Anschlag auf das Konzert geplant zu haben."),
    ("fr", "Deux suspects ont été arrêtés quelques heures après l'attentat de la gare routière."),
    ("fr", "Un homme a été inculpé pour avoir organisé l'attentat du marché."),
    ("fr", "Les démineurs ont désamorcé un engin explosif découvert sous un pont."),
    ("fr", "La police a saisi des explosifs dans l'appartement de la cellule djihadiste."),
    ("fr", "Le suspect a avoué avoir préparé un attentat contre le défilé."),
    ("es", "Dos sospechosos fueron capturados horas después del atentado en la terminal."),
    ("es", "Un hombre fue acusado de orquestar el atentado contra el mercado."),
    ("es", "Los artificieros desactivaron un artefacto explosivo bajo un puente."),
    ("es", "La policía incautó explosivos en el piso de la célula yihadista."),
    ("es", "El detenido confesó que planeaba un atentado contra el desfile."),
    ("ru", "Двое подозреваемых задержаны через несколько часов после теракта на автовокзале."),
    ("ru", "Мужчине предъявлено обвинение в организации взрыва на рынке."),
    ("ru", "Сапёры обезвредили самодельное взрывное устройство под мостом."),
    ("ru", "ФСБ изъяла взрывчатку на квартире членов террористической ячейки."),
    ("ru", "Задержанный признался, что готовил теракт во время парада."),
    ("ar", "ألقت الشرطة القبض على مشتبهين اثنين بعد ساعات من التفجير."),
    ("ar", "وجهت النيابة إلى رجل تهمة التخطيط لتفجير السوق."),
    ("ar", "فكك خبراء المتفجرات عبوة ناسفة تحت جسر."),
    ("ar", "ضبطت قوات الأمن متفجرات في شقة تابعة لخلية إرهابية."),
    ("ar", "اعترف المتهم بالتخطيط لهجوم على العرض العسكري."),
    ("fr", "Le cerveau présumé des attentats a été condamné à la perpétuité."),
    ("ru", "Суд приговорил организатора взрыва в метро к пожизненному заключению."),
    ("en", "Two suspected militants were arrested in a dawn raid in Leeds."),
]

NOT_FOILED = [
    ("en", "Police arrested two men after a robbery at a jewellery shop."),
    ("en", "Bomb disposal experts defused a Second World War bomb found on a building site."),
    ("en", "Dozens of protesters were arrested outside parliament."),
    ("en", "The foreign minister defused the row over fishing rights with Oslo."),
    ("de", "Die Polizei nahm zwei Männer nach einem Bankraub fest."),
    ("de", "Eine Fliegerbombe aus dem Zweiten Weltkrieg wurde entschärft."),
    ("de", "Dutzende Demonstranten wurden vor dem Parlament festgenommen."),
    ("fr", "La police a arrêté deux hommes après le braquage d'une bijouterie."),
    ("fr", "Les démineurs ont désamorcé un obus de la Première Guerre mondiale."),
    ("fr", "Des dizaines de manifestants ont été interpellés devant l'Assemblée."),
    ("fr", "Le ministre a désamorcé la crise diplomatique avec Alger."),
    ("es", "La policía detuvo a dos hombres tras el atraco a una joyería."),
    ("es", "Los artificieros desactivaron una bomba de la Guerra Civil hallada en una obra."),
    ("es", "Decenas de manifestantes fueron detenidos frente al Congreso."),
    ("ru", "Полиция задержала двух мужчин после ограбления ювелирного магазина."),
    ("ru", "Сапёры обезвредили авиабомбу времён Великой Отечественной войны."),
    ("ru", "У здания парламента задержаны десятки участников акции протеста."),
    ("ar", "اعتقلت الشرطة رجلين بعد سرقة متجر مجوهرات."),
    ("ar", "اعتقلت قوات الأمن عشرات المتظاهرين أمام البرلمان."),
    ("en", "The army said it killed 18 suspected Islamist militants in air strikes on Sunday."),
    ("en", "Suspected militants lobbed a grenade at a police patrol in the city centre."),
]

ATTACK_WORDS_IN_FOILED = [
    ("en", "The would-be bomber confessed to planning an attack on the parade."),
    ("en", "Bomb disposal experts defused a device found under a bridge near the ministry."),
    ("de", "Spezialkräfte entschärften einen Sprengsatz vor dem Rathaus."),
    ("fr", "Les démineurs ont désamorcé un engin explosif découvert sous un pont."),
    ("es", "Los artificieros desactivaron un artefacto explosivo bajo un puente."),
    ("ru", "Сапёры обезвредили самодельное взрывное устройство под мостом."),
    ("ar", "فكك خبراء المتفجرات عبوة ناسفة تحت جسر."),
]


@pytest.mark.parametrize(("lang", "text"), FOILED)
def test_foiled_plot_is_found(types_of, lang: str, text: str) -> None:  # type: ignore[no-untyped-def]
    assert "terror_plot_foiled" in types_of(text, lang)


@pytest.mark.parametrize(("lang", "text"), NOT_FOILED)
def test_no_foiled_plot_for_crime_protesters_or_war_relics(types_of, lang: str, text: str) -> None:  # type: ignore[no-untyped-def]
    assert "terror_plot_foiled" not in types_of(text, lang)


@pytest.mark.parametrize(("lang", "text"), ATTACK_WORDS_IN_FOILED)
def test_defused_devices_and_caught_suspects_are_no_attack(types_of, lang: str, text: str) -> None:  # type: ignore[no-untyped-def]
    assert "terror_attack" not in types_of(text, lang)


def test_every_language_has_positives_and_negatives() -> None:
    langs = {"en", "de", "fr", "es", "ru", "ar"}
    assert {lang for lang, _ in FOILED} == langs
    assert {lang for lang, _ in NOT_FOILED} == langs
