"""diplomatic_proposal (CAMEO 02x appeals, 03x intent to cooperate) in all six languages: the
rows of docs/tagging/inventories/diplomatic_proposal.md.

Positives: offers of mediation (039), proposals and plans put forward, invitations (036),
declared readiness for talks, pledges of aid (033), appeals for talks, ceasefire, restraint
or de-escalation (020-028). Hard negatives: business offers, weather that 'promises', sport
contracts, domestic coalition talks; 'urged talks' is no meeting. Texts written for these tests.
"""

import pytest
from support.error_kinds import Case, check, neg, pos

T = "diplomatic_proposal"
MEETING = "diplomatic_meeting"

CASES: dict[str, list[Case]] = {
    "en": [
        pos(
            "sibling",
            "The UN chief urged both sides to return to the negotiating table.",
            T,
            absent=(MEETING,),
        ),
        pos("phrasing", "Qatar offered to mediate between the two governments.", T),
        pos("phrasing", "Norway said it was ready to host talks between Bogota and the rebels.", T),
        pos("phrasing", "The Arab League called for an immediate ceasefire in Gaza.", T),
        pos("phrasing", "Tokyo invited the South Korean president to visit next spring.", T),
        pos("phrasing", "Germany pledged 500 million euros in humanitarian aid for Sudan.", T),
        pos("phrasing", "Beijing's envoy unveiled a 12-point peace plan for Ukraine.", T),
        neg("domain", "The retailer is offering discounts of up to 50 percent on winter coats.", T),
        neg("domain", "The weekend forecast promises sunshine and mild temperatures.", T),
        neg("domain", "The Social Democrats proposed coalition talks to the Greens.", T),
        neg("domain", "The club offered the striker a new three-year contract.", T),
    ],
    "de": [
        pos("sibling", "Die UN forderten beide Seiten zu Verhandlungen auf.", T, absent=(MEETING,)),
        pos("phrasing", "Katar bot sich als Vermittler zwischen den beiden Regierungen an.", T),
        pos(
            "phrasing",
            "Norwegen erklärte sich bereit, Gespräche "
            "zwischen Bogotá und den Rebellen auszurichten.",
            T,
        ),
        pos(
            "phrasing",
            "Die Arabische Liga rief zu einer sofortigen Waffenruhe im Gazastreifen auf.",
            T,
        ),
        pos(
            "phrasing",
            "Tokio lud den südkoreanischen Präsidenten zu einem Besuch im Frühjahr ein.",
            T,
        ),
        pos("phrasing", "Deutschland sagte dem Sudan 500 Millionen Euro humanitäre Hilfe zu.", T),
        neg("domain", "Der Händler bietet Rabatte von bis zu 50 Prozent auf Wintermäntel an.", T),
        neg("domain", "Die SPD schlug den Grünen Koalitionsgespräche vor.", T),
        neg("sense", "Die Armee schlug den Angriff der Rebellen zurück.", T),
        neg("domain", "Der Verein bot dem Stürmer einen neuen Vertrag an.", T),
    ],
    "fr": [
        pos(
            "sibling",
            "L'ONU a exhorté les deux camps à reprendre les négociations.",
            T,
            absent=(MEETING,),
        ),
        pos("phrasing", "Le Qatar s'est proposé comme médiateur entre les deux gouvernements.", T),
        pos(
            "phrasing",
            "La Norvège s'est dite prête à accueillir "
            "des pourparlers entre Bogota et les rebelles.",
            T,
        ),
        pos("phrasing", "La Ligue arabe a appelé à un cessez-le-feu immédiat à Gaza.", T),
        pos("phrasing", "Tokyo a invité le président sud-coréen à une visite au printemps.", T),
        pos("phrasing", "L'Union africaine a proposé un plan de sortie de crise au Niger.", T),
        neg("domain", "L'enseigne propose des rabais de 50 % sur les manteaux d'hiver.", T),
        neg("domain", "La météo promet un week-end ensoleillé sur la Bretagne.", T),
        neg("domain", "Le club a proposé un nouveau contrat de trois ans à l'attaquant.", T),
        neg(
            "domain",
            "Les socialistes ont proposé aux écologistes des négociations de coalition.",
            T,
        ),
    ],
    "es": [
        pos(
            "sibling",
            "La ONU instó a ambas partes a retomar las negociaciones.",
            T,
            absent=(MEETING,),
        ),
        pos("phrasing", "Catar se ofreció como mediador entre los dos gobiernos.", T),
        pos(
            "phrasing",
            "Noruega se mostró dispuesta a acoger conversaciones entre Bogotá y la guerrilla.",
            T,
        ),
        pos("phrasing", "La Liga Árabe pidió un alto el fuego inmediato en Gaza.", T),
        pos("phrasing", "Tokio invitó al presidente surcoreano a visitar Japón en primavera.", T),
        pos("phrasing", "Brasil propuso un grupo de países neutrales para mediar en la guerra.", T),
        neg("domain", "La cadena ofrece descuentos del 50 % en abrigos de invierno.", T),
        neg("domain", "El pronóstico promete un fin de semana soleado en Andalucía.", T),
        neg("domain", "El club ofreció al delantero un nuevo contrato de tres años.", T),
        neg("domain", "Los socialistas propusieron a Sumar negociar un gobierno de coalición.", T),
    ],
    "ru": [
        pos(
            "sibling",
            "ООН призвала обе стороны вернуться за стол переговоров.",
            T,
            absent=(MEETING,),
        ),
        pos("phrasing", "Катар предложил свое посредничество между двумя правительствами.", T),
        pos(
            "phrasing",
            "Норвегия заявила о готовности принять переговоры между Боготой и повстанцами.",
            T,
        ),
        pos(
            "phrasing",
            "Лига арабских государств призвала к немедленному прекращению огня в Газе.",
            T,
        ),
        pos("phrasing", "Токио пригласил президента Южной Кореи посетить Японию весной.", T),
        pos("phrasing", "Китай выдвинул мирный план из двенадцати пунктов.", T),
        neg("domain", "Сеть магазинов предлагает скидки до 50 процентов на зимние пальто.", T),
        neg("domain", "Клуб предложил нападающему новый контракт на три года.", T),
        neg("domain", "Синоптики обещают солнечные выходные в Москве.", T),
    ],
    "ar": [
        pos(
            "sibling",
            "حثت الأمم المتحدة الطرفين على العودة إلى طاولة المفاوضات.",
            T,
            absent=(MEETING,),
        ),
        pos("phrasing", "عرضت قطر الوساطة بين الحكومتين.", T),
        pos("phrasing", "أبدت النرويج استعدادها لاستضافة محادثات بين بوغوتا والمتمردين.", T),
        pos("phrasing", "دعت الجامعة العربية إلى وقف فوري لإطلاق النار في غزة.", T),
        pos("phrasing", "طرحت الصين مبادرة سلام من اثنتي عشرة نقطة.", T),
        neg("domain", "تعرض المتاجر تخفيضات تصل إلى خمسين في المئة على المعاطف.", T),
        neg("domain", "عرض النادي على المهاجم عقدا جديدا لمدة ثلاث سنوات.", T),
        neg("domain", "اقترحت الشركة الاستحواذ على منافستها مقابل مليار دولار.", T),
    ],
}

# Headlines, reported speech and wire phrasings (second round of the inventory).
MORE: list[tuple[str, Case]] = [
    (
        "es",
        pos(
            "phrasing",
            "México ofreció su territorio como sede para el "
            "diálogo entre el gobierno y la oposición venezolana.",
            T,
        ),
    ),
    ("es", pos("phrasing", "Colombia propone a Venezuela reabrir la frontera.", T)),
    ("es", pos("phrasing", "El papa hizo un llamamiento a la paz en Ucrania.", T)),
    (
        "es",
        pos(
            "phrasing",
            "Lula planteó la creación de un grupo de países para mediar en la guerra.",
            T,
        ),
    ),
    (
        "es",
        pos(
            "phrasing",
            "Argentina se mostró abierta a negociar con el Reino Unido sobre las Malvinas.",
            T,
        ),
    ),
    (
        "es",
        pos(
            "phrasing",
            "Estados Unidos prometió 500 millones de dólares en ayuda humanitaria para Gaza.",
            T,
        ),
    ),
    (
        "fr",
        pos(
            "phrasing",
            "Le Mexique a proposé d'accueillir le "
            "dialogue entre le gouvernement et l'opposition vénézuélienne.",
            T,
        ),
    ),
    ("fr", pos("phrasing", "Le pape a lancé un appel à la paix en Ukraine.", T)),
    (
        "fr",
        pos(
            "phrasing",
            "L'Argentine se dit ouverte à des négociations avec le Royaume-Uni sur les Malouines.",
            T,
        ),
    ),
    (
        "fr",
        pos(
            "phrasing",
            "Les États-Unis ont promis 500 millions de dollars d'aide humanitaire à Gaza.",
            T,
        ),
    ),
    ("fr", pos("phrasing", "La France plaide pour une trêve humanitaire à Gaza.", T)),
    (
        "ru",
        pos(
            "phrasing",
            "Мексика предложила провести у себя диалог между властями и оппозицией Венесуэлы.",
            T,
        ),
    ),
    ("ru", pos("phrasing", "Папа Римский призвал к миру на Украине.", T)),
    (
        "ru",
        pos(
            "phrasing",
            "Аргентина заявила, что открыта к переговорам с Великобританией по Фолклендам.",
            T,
        ),
    ),
    (
        "ru",
        pos(
            "phrasing", "США пообещали выделить 500 миллионов долларов гуманитарной помощи Газе.", T
        ),
    ),
    ("ru", pos("phrasing", "Франция выступила за гуманитарное перемирие в Газе.", T)),
    (
        "es",
        pos(
            "phrasing",
            "Argentina se mostró abierta a negociar con el Reino Unido sobre las Malvinas.",
            T,
        ),
    ),
    (
        "es",
        pos(
            "phrasing",
            "Estados Unidos prometió 500 millones de dólares en ayuda humanitaria para Gaza.",
            T,
        ),
    ),
    (
        "fr",
        pos(
            "phrasing",
            "Les États-Unis ont promis 500 millions de dollars d'aide humanitaire à Gaza.",
            T,
        ),
    ),
    ("es", neg("domain", "La tienda prometió 500 euros en ayuda para cada cliente afectado.", T)),
    (
        "en",
        pos(
            "phrasing",
            "Mexico offered to host dialogue between the Venezuelan government and the opposition.",
            T,
        ),
    ),
    (
        "en",
        pos(
            "phrasing",
            "Argentina said it was open to negotiations with Britain over the Falklands.",
            T,
        ),
    ),
    ("en", pos("phrasing", "France pushed for a humanitarian truce in Gaza.", T)),
    (
        "de",
        pos(
            "phrasing",
            "Mexiko bot an, den Dialog zwischen "
            "Regierung und Opposition in Venezuela auszurichten.",
            T,
        ),
    ),
    (
        "de",
        pos(
            "phrasing",
            "Argentinien zeigte sich offen für "
            "Verhandlungen mit Großbritannien über die Falklandinseln.",
            T,
        ),
    ),
    (
        "de",
        pos("phrasing", "Frankreich setzte sich für eine humanitäre Waffenruhe in Gaza ein.", T),
    ),
    ("ar", pos("phrasing", "عرضت المكسيك استضافة الحوار بين الحكومة والمعارضة في فنزويلا.", T)),
    (
        "ar",
        pos("phrasing", "أعلنت الولايات المتحدة تقديم 500 مليون دولار مساعدات إنسانية لغزة.", T),
    ),
    ("ar", pos("phrasing", "دعت فرنسا إلى هدنة إنسانية في غزة.", T)),
]

# Headlines, passives and nominal forms (third round).
HEADLINES: list[tuple[str, Case]] = [
    ("es", pos("phrasing", "Oferta de mediación de Turquía entre Rusia y Ucrania.", T)),
    (
        "es",
        pos("phrasing", "El gobierno colombiano tendió la mano al ELN para retomar el diálogo.", T),
    ),
    ("fr", pos("phrasing", "Offre de médiation de la Turquie entre la Russie et l'Ukraine.", T)),
    (
        "fr",
        pos(
            "phrasing",
            "Le gouvernement colombien a tendu la main à l'ELN pour relancer le dialogue.",
            T,
        ),
    ),
    ("ru", pos("phrasing", "Турция предложила посредничество между Россией и Украиной.", T)),
    (
        "ru",
        pos(
            "phrasing",
            "Правительство Колумбии протянуло руку мира АНО для возобновления диалога.",
            T,
        ),
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
