"""Accusations in French, Spanish and Russian: infinitives, 'is only a pretext', and court
words that must not swallow a political accusation; hard negatives share the words."""

import pytest

PAIRS = [
    ("ru", "Кремль заявил, что эти учения являются лишь предлогом для давления на Россию.",
     "Под предлогом ремонта магазин закрыли на неделю."),
    # 'судьба' (fate) and 'заключение' (conclusion) are no court.
    ("ru", "Президент обвинил оппозицию в срыве переговоров о судьбе региона.",
     "Суд обвинил бывшего мэра в получении взятки."),
    ("ru", "Министр иностранных дел Литвы поспешил осудить действия Минска.",
     "Министр иностранных дел Литвы отказался осудить действия Минска."),
    ("es", "El canciller venezolano salió a denunciar la injerencia de Washington.",
     "El vecino acudió ante el tribunal a denunciar el robo de su coche."),
    ("es", "Managua sostuvo que las maniobras navales no son más que un pretexto para intervenir "
     "en la región.",
     "Usó la lluvia como excusa para no salir de casa."),
    ("fr", "Le Kremlin affirme que la manœuvre de l'OTAN n'est qu'un prétexte contre Moscou.",
     "Il est parti sous prétexte d'un rendez-vous chez le médecin."),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "positive", "negative"), PAIRS)
def test_accusation_and_its_hard_negative(types_of, lang, positive, negative):  # type: ignore[no-untyped-def]
    assert "accusation" in types_of(positive, lang)
    assert "accusation" not in types_of(negative, lang)


OTHER_PAIRS = [
    ("fr", "diplomatic_proposal",
     "Le président iranien s'est engagé à œuvrer pour la paix avec l'Arabie saoudite.",
     "Le club s'est engagé à œuvrer pour la formation des jeunes joueurs."),
    ("ru", "diplomatic_proposal", "Президент Китая пообещал Сербии новые инвестиции.",
     "Президент Китая не пообещал Сербии никаких инвестиций."),
    ("ru", "diplomatic_proposal", "Россия предлагает Украине переговоры о перемирии.",
     "Россия предлагает турецким покупателям пшеницу дешевле, чем Франция."),
    ("es", "diplomatic_proposal",
     "Irán se comprometió a negociar con Arabia Saudita el fin del conflicto.",
     "El club se comprometió a pagar las deudas del estadio."),
    # Strikers agreeing to strike is a protest, not an agreement between parties.
    ("es", "agreement",
     "Los cancilleres de Perú y Ecuador acordaron reabrir el paso fronterizo de Huaquillas.",
     "Los docentes de Tucumán acordaron en asamblea sumarse al paro nacional del jueves."),
    # Agreeing to speak anonymously is no agreement between parties.
    ("ru", "agreement", "Правительства Японии и Китая согласились провести переговоры.",
     "По словам чиновника из Пекина, который согласился говорить на условиях анонимности, "
     "поставки зерна задерживаются."),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "kind", "positive", "negative"), OTHER_PAIRS)
def test_label_and_its_hard_negative(types_of, lang, kind, positive, negative):  # type: ignore[no-untyped-def]
    assert kind in types_of(positive, lang)
    assert kind not in types_of(negative, lang)


# A summit or a police threat inside a protest report is the protest's setting, not a meeting
# or a threat of its own; the same words without the protest still are.
PROTEST_CONTEXT = [
    ("diplomatic_meeting",
     "Los presidentes de Bolivia y Paraguay se reunieron en la cumbre de Asunción.",
     "Miles de personas marcharon contra la cumbre de los presidentes de Bolivia y Paraguay."),
    ("threat",
     "El gobierno boliviano amenazó con cerrar la frontera con Chile.",
     "La policía boliviana amenazó con detener a los manifestantes frente al palacio."),
]  # fmt: skip


@pytest.mark.parametrize(("kind", "positive", "negative"), PROTEST_CONTEXT)
def test_es_protest_context(types_of, kind, positive, negative):  # type: ignore[no-untyped-def]
    assert kind in types_of(positive, "es")
    assert kind not in types_of(negative, "es")
