"""accusation (CAMEO 11x) in all six languages: the rows of docs/tagging/inventories/accusation.md.

Positives in different constructions (accuse, blame, condemn, cue-less criticism, formal
complaints, summoned envoys, the 112x sub-codes); hard negatives from courts, celebrity feuds,
sport, culture, markets and negation. Texts written for these tests.
"""

import pytest
from support.error_kinds import Case, check, neg, pos

T = "accusation"

CASES: dict[str, list[Case]] = {
    "en": [
        pos("phrasing", "Beijing accused Washington of meddling in Hong Kong's affairs.", T),
        pos("phrasing", "Moscow accused the expelled attache of spying for Britain.", T),
        pos(
            "phrasing",
            "The Foreign Ministry said the resolution ignores decades of international law.",
            T,
        ),
        pos(
            "phrasing",
            "Japan's prime minister called the missile launch an outrageous provocation.",
            T,
        ),
        pos(
            "phrasing", "Seoul lodged a strong protest with Tokyo over the new school textbooks.", T
        ),
        pos("phrasing", "The Iranian government branded the new measures economic terrorism.", T),
        pos(
            "phrasing",
            "Rights groups and the UN envoy denounced the junta's crackdown on monks.",
            T,
        ),
        pos("phrasing", "Kyiv blamed Russian forces for the destruction of the dam.", T),
        neg("domain", "The pop star accused her former manager of stealing royalties.", T),
        neg("domain", "A 34-year-old man was charged with murder after the stabbing in Leeds.", T),
        neg("domain", "The coach criticised the referee after the 2-1 defeat.", T),
        neg("domain", "The critic called the film a fantasy for grown-ups.", T),
        neg("domain", "Traders blamed the weak dollar for the fall in copper prices.", T),
    ],
    "de": [
        pos("phrasing", "Peking wirft Washington Einmischung in innere Angelegenheiten vor.", T),
        pos("phrasing", "Das Außenministerium bezeichnete den Bericht als haltlose Propaganda.", T),
        pos("phrasing", "Die Bundesregierung verurteilte den Raketenangriff auf Kiew scharf.", T),
        pos("phrasing", "Warschau machte Minsk für den Ansturm an der Grenze verantwortlich.", T),
        pos("phrasing", "Athen legte in Ankara offiziell Protest gegen die Bohrungen ein.", T),
        pos("phrasing", "Der Kreml beschuldigte die Ukraine, den Staudamm gesprengt zu haben.", T),
        pos("phrasing", "Die Regierung in Caracas warf Kolumbien Spionage vor.", T),
        neg("domain", "Der Sänger wirft seinem früheren Manager Betrug vor.", T),
        neg("domain", "Der Trainer kritisierte den Schiedsrichter nach dem 0:2.", T),
        neg(
            "domain", "Ein 40-jähriger Mann wurde wegen Mordes zu lebenslanger Haft verurteilt.", T
        ),
        neg("domain", "Die Kritikerin nannte den Roman eine Fantasie für Erwachsene.", T),
    ],
    "fr": [
        pos("phrasing", "Pékin a accusé Washington d'ingérence dans ses affaires intérieures.", T),
        pos("phrasing", "Le Quai d'Orsay a vivement condamné le tir de missile nord-coréen.", T),
        pos(
            "phrasing",
            "Le gouvernement algérien a qualifié la décision de Rabat de provocation inacceptable.",
            T,
        ),
        pos(
            "phrasing",
            "Le ministère a convoqué l'ambassadeur d'Iran après l'arrestation de deux Français.",
            T,
        ),
        pos("phrasing", "Kiev a imputé aux forces russes la destruction du barrage.", T),
        pos(
            "phrasing",
            "Le gouvernement malien a dénoncé une violation de son espace aérien par la France.",
            T,
        ),
        pos(
            "phrasing",
            "Paris a reproché à Moscou de mener une campagne de désinformation en Afrique.",
            T,
        ),
        neg(
            "domain",
            "La chanteuse accuse son ancien agent d'avoir détourné ses droits d'auteur.",
            T,
        ),
        neg("domain", "L'entraîneur a critiqué l'arbitrage après la défaite de son équipe.", T),
        neg("domain", "Un homme de 35 ans a été condamné à dix ans de prison pour meurtre.", T),
        neg("domain", "Le CAC 40 accuse une baisse de 2 % à la clôture.", T),
    ],
    "es": [
        pos("phrasing", "Pekín acusó a Washington de injerencia en sus asuntos internos.", T),
        pos(
            "phrasing",
            "La cancillería argentina condenó el lanzamiento de misiles de Corea del Norte.",
            T,
        ),
        pos("phrasing", "El gobierno de Nicaragua tachó de injerencista el informe de la OEA.", T),
        pos(
            "phrasing",
            "Madrid convocó al embajador de Marruecos tras la entrada masiva en Ceuta.",
            T,
        ),
        pos("phrasing", "Kiev responsabilizó a las tropas rusas de la destrucción de la presa.", T),
        pos(
            "phrasing",
            "El presidente venezolano arremetió contra el gobierno "
            "de Colombia por los ataques en la frontera.",
            T,
        ),
        pos(
            "phrasing",
            "México denunció una violación de su soberanía por parte de agentes estadounidenses.",
            T,
        ),
        neg("domain", "La actriz acusó a su exmarido de quedarse con la casa.", T),
        neg("domain", "El entrenador criticó al árbitro tras la derrota del Betis.", T),
        neg("domain", "Un hombre acusado de homicidio fue condenado a 20 años de prisión.", T),
        neg("domain", "El crítico calificó de fantasía la nueva novela del autor.", T),
    ],
    "ru": [
        pos("phrasing", "Пекин обвинил Вашингтон во вмешательстве во внутренние дела Китая.", T),
        pos("phrasing", "МИД России назвал заявление Лондона откровенной ложью.", T),
        pos("phrasing", "Токио решительно осудил запуск северокорейской ракеты.", T),
        pos(
            "phrasing",
            "Киев возложил на российские войска ответственность за разрушение плотины.",
            T,
        ),
        pos("phrasing", "МИД Польши вызвал посла Белоруссии в связи с инцидентом на границе.", T),
        pos("phrasing", "Анкара раскритиковала Афины за размещение войск на островах.", T),
        pos("phrasing", "Госдепартамент обвиняет Москву в кибератаках на выборы.", T),
        neg("domain", "Певица обвинила бывшего продюсера в краже песен.", T),
        neg("domain", "Тренер раскритиковал судейство после поражения команды.", T),
        neg("domain", "Мужчину обвиняют в убийстве соседа, сообщили в полиции.", T),
        neg("domain", "Критик назвал фильм фантазией для взрослых.", T),
    ],
    "ar": [
        pos("phrasing", "اتهمت بكين واشنطن بالتدخل في شؤونها الداخلية.", T),
        pos("phrasing", "أدانت وزارة الخارجية السعودية الهجوم على ناقلة النفط.", T),
        pos("phrasing", "استدعت الخارجية المصرية السفير الإثيوبي احتجاجا على تصريحاته.", T),
        pos("phrasing", "حملت الحكومة اليمنية الحوثيين مسؤولية انهيار الهدنة.", T),
        pos("phrasing", "وصفت طهران العقوبات الأمريكية بأنها إرهاب اقتصادي.", T),
        pos("phrasing", "انتقد وزير الخارجية التركي سياسة اليونان في بحر إيجه.", T),
        neg("domain", "اتهمت الممثلة زوجها السابق بسرقة أموالها.", T),
        neg("domain", "انتقد المدرب أداء الحكم بعد الخسارة أمام الأهلي.", T),
        neg("domain", "وجهت المحكمة إلى المتهم تهمة القتل العمد.", T),
    ],
}

# Headlines, reported speech and wire phrasings (second round of the inventory).
MORE: list[tuple[str, Case]] = [
    ("es", pos("phrasing", "Rusia acusa a Ucrania de atacar la central nuclear de Zaporiyia.", T)),
    (
        "es",
        pos(
            "phrasing",
            "El gobierno venezolano rechazó enérgicamente "
            "las declaraciones del presidente argentino.",
            T,
        ),
    ),
    ("es", pos("phrasing", "Israel arremete contra la ONU por su informe sobre Gaza.", T)),
    (
        "es",
        pos(
            "phrasing",
            "China acusó a Estados Unidos de hipocresía en materia de derechos humanos.",
            T,
        ),
    ),
    (
        "es",
        pos(
            "phrasing",
            "La cancillería colombiana tildó de "
            "inaceptables las palabras del mandatario ecuatoriano.",
            T,
        ),
    ),
    (
        "fr",
        pos("phrasing", "Moscou accuse Kiev d'avoir frappé la centrale nucléaire de Zaporijia.", T),
    ),
    (
        "fr",
        pos("phrasing", "Alger dénonce une « ingérence flagrante » de Paris dans ses affaires.", T),
    ),
    ("fr", pos("phrasing", "Le président turc s'en est pris violemment à Israël.", T)),
    (
        "fr",
        pos(
            "phrasing",
            "La Chine a fustigé l'hypocrisie américaine en matière de droits de l'homme.",
            T,
        ),
    ),
    (
        "fr",
        pos(
            "phrasing",
            "Le ministère russe des Affaires étrangères a "
            "jugé inacceptables les propos du président français.",
            T,
        ),
    ),
    ("ru", pos("phrasing", "Москва обвиняет Киев в ударе по Запорожской АЭС.", T)),
    ("ru", pos("phrasing", "Алжир осудил вмешательство Парижа во внутренние дела страны.", T)),
    ("ru", pos("phrasing", "Президент Турции резко раскритиковал Израиль.", T)),
    ("ru", pos("phrasing", "Марокко выразило возмущение визитом лидера Полисарио в Мадрид.", T)),
    ("ru", pos("phrasing", "Пекин обвинил Вашингтон в лицемерии в вопросах прав человека.", T)),
    ("ru", pos("phrasing", "МИД России назвал неприемлемыми слова президента Франции.", T)),
    ("fr", pos("phrasing", "Le président turc s'en est pris violemment à Israël.", T)),
    (
        "fr",
        pos(
            "phrasing",
            "Le gouvernement marocain a exprimé son indignation "
            "après la visite du chef du Polisario.",
            T,
        ),
    ),
    ("fr", neg("domain", "Les supporters ont exprimé leur colère après la défaite du club.", T)),
    (
        "en",
        pos(
            "phrasing",
            "Morocco's government expressed outrage over the Polisario leader's visit to Madrid.",
            T,
        ),
    ),
    (
        "en",
        pos("phrasing", "Algeria's foreign ministry denounced France's flagrant interference.", T),
    ),
    ("en", neg("domain", "The company pointed the finger at a subcontractor for the gas leak.", T)),
    (
        "de",
        pos(
            "phrasing",
            "Die marokkanische Regierung zeigte sich empört über den Besuch des Polisario-Chefs.",
            T,
        ),
    ),
    ("ar", pos("phrasing", "أعربت الحكومة المغربية عن استيائها من زيارة زعيم البوليساريو.", T)),
]

# Headlines, passives and nominal forms (third round).
HEADLINES: list[tuple[str, Case]] = [
    (
        "es",
        pos(
            "phrasing", "Venezuela, acusada por Guyana de violar la frontera, niega los hechos.", T
        ),
    ),
    ("es", pos("phrasing", "Duras críticas de Bruselas a Budapest por la ley de medios.", T)),
    (
        "es",
        pos(
            "phrasing",
            "El Gobierno español fue criticado por Argelia por su giro sobre el Sáhara.",
            T,
        ),
    ),
    (
        "fr",
        pos("phrasing", "Le Venezuela, accusé par le Guyana de violer la frontière, dément.", T),
    ),
    (
        "fr",
        pos(
            "phrasing", "Vives critiques de Bruxelles contre Budapest sur la loi sur les médias.", T
        ),
    ),
    (
        "fr",
        pos(
            "phrasing",
            "Le gouvernement espagnol a été critiqué par Alger pour son revirement sur le Sahara.",
            T,
        ),
    ),
    (
        "ru",
        pos(
            "phrasing",
            "Венесуэла, которую Гайана обвиняет в нарушении границы, отвергает претензии.",
            T,
        ),
    ),
    ("ru", pos("phrasing", "Резкая критика Брюсселя в адрес Будапешта из-за закона о СМИ.", T)),
    (
        "ru",
        pos(
            "phrasing",
            "Правительство Испании подверглось критике со стороны Алжира "
            "за смену позиции по Сахаре.",
            T,
        ),
    ),
    ("es", neg("domain", "Duras críticas de los aficionados al entrenador tras la derrota.", T)),
]

ROWS = [(lang, case) for lang, cases in CASES.items() for case in cases] + MORE + HEADLINES


def test_every_language_has_positives_and_hard_negatives() -> None:
    for lang, cases in CASES.items():
        assert sum(1 for c in cases if c.present) >= 5, lang
        assert sum(1 for c in cases if not c.present) >= 3, lang


@pytest.mark.parametrize("lang,case", ROWS, ids=lambda x: x if isinstance(x, str) else x.text[:40])
def test_case(types_of, lang: str, case: Case) -> None:  # type: ignore[no-untyped-def]
    check(types_of(case.text, lang), case)
