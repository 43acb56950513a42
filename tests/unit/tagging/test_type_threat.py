"""threat (CAMEO 13x) in all six languages: the rows of docs/tagging/inventories/threat.md.

Positives: threats of force (138), of sanctions, aid cuts and broken relations (131x),
ultimatums (139), conditional warnings, vows of revenge, death threats. Hard negatives:
promises not to use force, force ruled out, 'threat' as a topic, weather, sport, markets.
Texts written for these tests.
"""

import pytest
from support.error_kinds import Case, check, neg, pos

T = "threat"

CASES: dict[str, list[Case]] = {
    "en": [
        pos("phrasing", "North Korea threatened to turn Seoul into a sea of fire.", T),
        pos(
            "phrasing",
            "Iran warned it would close the Strait of Hormuz if its oil exports were blocked.",
            T,
        ),
        pos(
            "phrasing",
            "Hezbollah vowed to take revenge on Israel for the killing of its commander.",
            T,
        ),
        pos(
            "phrasing",
            "Washington could cut military aid to Cairo "
            "unless the activists are freed, officials said.",
            T,
        ),
        pos(
            "phrasing",
            "Colombia's defence minister said he had received death threats from the ELN.",
            T,
        ),
        pos(
            "phrasing",
            "China said it was prepared to use "
            "force to stop any move toward Taiwanese independence.",
            T,
        ),
        pos("phrasing", "The Taliban gave the government 48 hours to release its fighters.", T),
        neg("modality", "The president promised never to use force against the island.", T),
        neg("modality", "The defence minister ruled out military action against the rebels.", T),
        neg("background", "The terror threat remains high, the annual security review said.", T),
        neg("domain", "Heavy rain threatens the harvest across the south of the country.", T),
        neg("domain", "The striker threatened the goal twice before half-time.", T),
    ],
    "de": [
        pos("phrasing", "Nordkorea drohte mit einem atomaren Gegenschlag.", T),
        pos(
            "phrasing", "Moskau kündigte Vergeltung für die Beschlagnahme russischer Gelder an.", T
        ),
        pos("phrasing", "Ankara stellte den Kurdenmilizen ein Ultimatum für den Abzug.", T),
        pos(
            "phrasing",
            "Der türkische Präsident Erdoğan erhielt nach Angaben seines Büros Morddrohungen.",
            T,
        ),
        pos("phrasing", "Die EU droht Belarus mit weiteren Sanktionen.", T),
        pos(
            "phrasing",
            "Peking warnte Washington vor ernsten Konsequenzen, falls der Besuch stattfinde.",
            T,
        ),
        neg(
            "modality", "Der Präsident versprach, niemals Gewalt gegen die Nachbarn anzuwenden.", T
        ),
        neg(
            "background",
            "Die Terrorgefahr in Deutschland bleibt nach Einschätzung der Behörden hoch.",
            T,
        ),
        neg("domain", "Der Ukraine droht ein harter Winter.", T),
        neg("domain", "Dem Verein droht der Abstieg in die zweite Liga.", T),
    ],
    "fr": [
        pos("phrasing", "Pyongyang a menacé de réduire Séoul en cendres.", T),
        pos(
            "phrasing",
            "Téhéran a averti Washington de représailles en cas de frappe contre ses sites.",
            T,
        ),
        pos("phrasing", "Le Hezbollah a juré de venger la mort de son commandant.", T),
        pos("phrasing", "Le président ukrainien Volodymyr Zelensky a reçu des menaces de mort.", T),
        pos("phrasing", "Bruxelles a brandi la menace de nouvelles sanctions contre Minsk.", T),
        pos("phrasing", "La junte du Niger a lancé un ultimatum à la force régionale.", T),
        neg(
            "modality",
            "Le président a promis de ne jamais recourir à la force contre ses voisins.",
            T,
        ),
        neg(
            "background", "La menace terroriste reste élevée en France, selon le rapport annuel.", T
        ),
        neg("domain", "Les orages menacent les récoltes dans le sud-ouest.", T),
        neg("domain", "L'attaquant a menacé le but adverse à deux reprises.", T),
    ],
    "es": [
        pos("phrasing", "Corea del Norte amenazó con convertir Seúl en un mar de fuego.", T),
        pos(
            "phrasing",
            "Irán advirtió que cerrará el estrecho de Ormuz si bloquean sus exportaciones.",
            T,
        ),
        pos("phrasing", "El ELN juró venganza por la muerte de sus combatientes.", T),
        pos("phrasing", "El alcalde de Culiacán recibió amenazas de muerte de un cártel.", T),
        pos("phrasing", "Washington amagó con recortar la ayuda militar a Egipto.", T),
        pos("phrasing", "La junta militar de Níger dio un ultimátum a la misión regional.", T),
        neg("modality", "El presidente prometió que nunca usará la fuerza contra sus vecinos.", T),
        neg("background", "La amenaza terrorista sigue siendo alta, según el informe anual.", T),
        neg("domain", "Las lluvias amenazan la cosecha en el sur del país.", T),
        neg("domain", "El delantero amenazó la portería rival en dos ocasiones.", T),
    ],
    "ru": [
        pos("phrasing", "КНДР пригрозила превратить Сеул в море огня.", T),
        pos(
            "phrasing",
            "Иран предупредил, что закроет Ормузский пролив, если его нефть заблокируют.",
            T,
        ),
        pos("phrasing", "Командир боевиков поклялся отомстить за гибель своих людей.", T),
        pos("phrasing", "Президент Зеленский получил угрозы убийством, сообщили в Киеве.", T),
        pos(
            "phrasing", "Москва пригрозила ответными мерами в случае конфискации своих активов.", T
        ),
        pos(
            "phrasing", "Военное правительство Нигера выдвинуло ультиматум региональной миссии.", T
        ),
        neg("modality", "Президент пообещал никогда не применять силу против соседей.", T),
        neg(
            "background",
            "Террористическая угроза в стране остаётся высокой, говорится в годовом отчёте.",
            T,
        ),
        neg("domain", "Сильные дожди угрожают урожаю на юге страны.", T),
        neg("domain", "Нападающий дважды угрожал воротам соперника.", T),
    ],
    "ar": [
        pos("phrasing", "هددت كوريا الشمالية بتحويل سيول إلى بحر من النار.", T),
        pos("phrasing", "توعدت إيران بالانتقام لمقتل قائدها.", T),
        pos("phrasing", "تلقى رئيس البلدية تهديدات بالقتل من جماعة مسلحة.", T),
        pos("phrasing", "لوحت واشنطن بفرض عقوبات جديدة على الخرطوم.", T),
        pos("phrasing", "أمهلت الحكومة العراقية المسلحين 48 ساعة لتسليم أسلحتهم.", T),
        neg("modality", "تعهد الرئيس بعدم استخدام القوة ضد جيرانه أبدا.", T),
        neg("domain", "يهدد الجفاف محصول القمح في الجنوب.", T),
        neg("domain", "هدد المهاجم مرمى الفريق المنافس مرتين.", T),
    ],
}

# Headlines, reported speech and wire phrasings (second round of the inventory).
MORE: list[tuple[str, Case]] = [
    (
        "es",
        pos(
            "phrasing",
            "Rusia advierte a la OTAN de que responderá si despliega tropas en Ucrania.",
            T,
        ),
    ),
    ("es", pos("phrasing", "Turquía amenaza con vetar la entrada de Suecia en la OTAN.", T)),
    (
        "es",
        pos(
            "phrasing",
            "El gobierno de Maduro amenazó con expulsar a los diplomáticos españoles.",
            T,
        ),
    ),
    ("es", pos("phrasing", "Corea del Norte lanzó una nueva amenaza contra Estados Unidos.", T)),
    ("es", pos("phrasing", "Irán no descarta cerrar el estrecho de Ormuz.", T)),
    (
        "es",
        pos(
            "phrasing",
            "El Kremlin advirtió de una escalada si Occidente entrega misiles de largo alcance.",
            T,
        ),
    ),
    (
        "fr",
        pos(
            "phrasing",
            "La Russie menace de riposter si l'Occident livre des missiles à longue portée.",
            T,
        ),
    ),
    ("fr", pos("phrasing", "Erdogan menace de bloquer l'adhésion de la Suède à l'Otan.", T)),
    (
        "fr",
        pos(
            "phrasing", "Pyongyang promet une riposte « sans pitié » aux manœuvres américaines.", T
        ),
    ),
    (
        "fr",
        pos(
            "phrasing",
            "L'Iran a mis en garde Israël contre toute attaque de ses installations nucléaires.",
            T,
        ),
    ),
    ("fr", pos("phrasing", "Le Kremlin agite la menace nucléaire.", T)),
    ("fr", pos("phrasing", "La junte a menacé d'expulser l'ambassadeur de France.", T)),
    (
        "ru",
        pos(
            "phrasing", "Россия пригрозила ответом в случае поставок дальнобойных ракет Украине.", T
        ),
    ),
    ("ru", pos("phrasing", "Эрдоган пригрозил заблокировать вступление Швеции в НАТО.", T)),
    ("ru", pos("phrasing", "КНДР пообещала беспощадный ответ на американские учения.", T)),
    ("ru", pos("phrasing", "Иран предостерёг Израиль от нападения на свои ядерные объекты.", T)),
    ("ru", pos("phrasing", "Кремль пригрозил выслать американских дипломатов.", T)),
    (
        "ru",
        pos("phrasing", "Москва предупредила Вашингтон о последствиях поставок оружия Киеву.", T),
    ),
    ("es", pos("phrasing", "Irán no descarta cerrar el estrecho de Ormuz.", T)),
    (
        "en",
        pos("phrasing", "Russia warned NATO it would respond if troops were sent to Ukraine.", T),
    ),
    ("en", pos("phrasing", "North Korea vowed a merciless response to the US drills.", T)),
    ("en", pos("phrasing", "Iran cautioned Israel against any attack on its nuclear sites.", T)),
    ("en", neg("domain", "The company warned that profits would fall if demand stayed weak.", T)),
    (
        "de",
        pos(
            "phrasing",
            "Russland warnte die Nato, es werde reagieren, "
            "falls Truppen in die Ukraine geschickt würden.",
            T,
        ),
    ),
    ("de", pos("phrasing", "Erdoğan drohte, den Nato-Beitritt Schwedens zu blockieren.", T)),
    ("de", pos("phrasing", "Nordkorea kündigte eine gnadenlose Antwort auf die US-Manöver an.", T)),
    ("ar", pos("phrasing", "حذرت روسيا حلف الأطلسي من أنها سترد إذا أرسلت قوات إلى أوكرانيا.", T)),
    ("ar", pos("phrasing", "هدد أردوغان بعرقلة انضمام السويد إلى الناتو.", T)),
]

# Headlines, passives and nominal forms (third round).
HEADLINES: list[tuple[str, Case]] = [
    ("es", pos("phrasing", "Amenaza de Moscú: cortará el gas a Europa si no paga en rublos.", T)),
    (
        "es",
        pos(
            "phrasing",
            "Pekín lanza una advertencia a Taiwán tras la visita de legisladores estadounidenses.",
            T,
        ),
    ),
    (
        "fr",
        pos(
            "phrasing",
            "Menace de Moscou : le gaz sera coupé si l'Europe ne paie pas en roubles.",
            T,
        ),
    ),
    (
        "fr",
        pos(
            "phrasing",
            "Pékin adresse un avertissement à Taïwan après la visite d'élus américains.",
            T,
        ),
    ),
    (
        "ru",
        pos(
            "phrasing",
            "Пекин сделал предупреждение Тайваню после визита американских законодателей.",
            T,
        ),
    ),
    ("ru", pos("phrasing", "Москва пригрозила перекрыть газ Европе.", T)),
    ("ru", pos("phrasing", "Лукашенко пригрозил перекрыть транзит газа в Европу.", T)),
    (
        "es",
        neg("domain", "El entrenador lanzó una advertencia a sus jugadores antes de la final.", T),
    ),
    (
        "fr",
        neg("domain", "Météo-France a lancé un avertissement aux randonneurs avant la tempête.", T),
    ),
]

ROWS = [(lang, case) for lang, cases in CASES.items() for case in cases] + MORE + HEADLINES


def test_every_language_has_positives_and_hard_negatives() -> None:
    for lang, cases in CASES.items():
        assert sum(1 for c in cases if c.present) >= 5, lang
        assert sum(1 for c in cases if not c.present) >= 3, lang


@pytest.mark.parametrize("lang,case", ROWS, ids=lambda x: x if isinstance(x, str) else x.text[:40])
def test_case(types_of, lang: str, case: Case) -> None:  # type: ignore[no-untyped-def]
    check(types_of(case.text, lang), case)
