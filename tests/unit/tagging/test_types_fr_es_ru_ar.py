"""French fully; Spanish, Russian and Arabic for the core types; hard negatives sharing words."""

from __future__ import annotations

import pytest

POSITIVES = [
    ("fr", "Un attentat à la voiture piégée a fait quinze morts à Bagdad.", "terror_attack"),
    ("fr", "La France a relevé le plan Vigipirate au niveau urgence attentat.", "terror_alert"),
    ("fr", "Des milliers de manifestants ont défilé à Paris contre la réforme.", "protest"),
    ("fr", "Le président russe a accusé l'Ukraine d'avoir saboté les négociations.", "accusation"),
    ("es", "Un atentado con coche bomba dejó veinte muertos en Kabul.", "terror_attack"),
    ("es", "Miles de manifestantes protestaron frente al Congreso en Madrid.", "protest"),
    ("es", "La aviación bombardeó posiciones rebeldes en el norte del país.", "military_action"),
    ("ru", "В результате теракта в центре Кабула погибли пять человек.", "terror_attack"),
    ("ru", "Тысячи людей вышли на митинг протеста в Москве.", "protest"),
    ("ru", "Армия нанесла авиаудары по позициям боевиков.", "military_action"),
    ("ar", "قتل عشرة أشخاص في تفجير انتحاري استهدف سوقا في بغداد.", "terror_attack"),
    ("ar", "خرج آلاف المتظاهرين إلى الشوارع احتجاجا على رفع الأسعار.", "protest"),
]

NEGATIVES = [
    ("fr", "L'attaquant a marqué deux buts lors du match de championnat samedi."),
    ("fr", "La boulangerie du quartier propose désormais un pain au levain."),
    ("es", "El equipo ganó el partido con un gol en el último minuto."),
    ("ru", "Команда выиграла матч благодаря голу на последней минуте."),
]


@pytest.mark.parametrize(("lang", "text", "expected"), POSITIVES)
def test_positive(types_of, lang: str, text: str, expected: str) -> None:  # type: ignore[no-untyped-def]
    assert expected in types_of(text, lang)


@pytest.mark.parametrize(("lang", "text"), NEGATIVES)
def test_hard_negative_yields_no_event(types_of, lang: str, text: str) -> None:  # type: ignore[no-untyped-def]
    assert types_of(text, lang) == set()
