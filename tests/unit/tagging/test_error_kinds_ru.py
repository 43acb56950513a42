"""Russian: a positive and a hard negative for every error kind of issue 12."""

import pytest
from support.error_kinds import Case, check, covers_every_kind, neg, pos

CASES: list[Case] = [
    # Phrasings
    pos(
        "phrasing",
        "Боевики расстреляли шестерых мирных жителей в деревне на севере Мали.",
        "terror_attack",
    ),
    pos(
        "phrasing",
        "Мэр Киева получил угрозы убийством из России после выступления в парламенте.",
        "threat",
    ),
    pos("phrasing", "Министр иностранных дел Ирана назвал американский план фарсом.", "accusation"),
    pos(
        "phrasing",
        "В Москве задержали двоих подозреваемых в подготовке теракта.",
        "terror_plot_foiled",
    ),
    pos("phrasing", "Генсек ООН призвал Индию и Пакистан к деэскалации.", "diplomatic_proposal"),
    neg("phrasing", "Певец назвал свой новый альбом фантазией о лете.", "accusation"),
    # Senses
    neg("sense", "Армия продемонстрировала новые беспилотники на параде.", "protest"),
    pos("sense", "Тысячи человек вышли на улицы Тбилиси в знак протеста против закона.", "protest"),
    # Domains
    pos("domain", "Правительство России обвинило Украину в срыве переговоров.", "accusation"),
    neg("domain", "Тренер раскритиковал нападающего после матча чемпионата.", "accusation"),
    neg(
        "domain",
        "Мужчину, обвиняемого в краже, суд приговорил к двум годам тюрьмы.",
        "accusation",
        "terror_plot_foiled",
    ),
    # Sibling types
    pos(
        "sibling",
        "ФСБ предотвратила теракт в Москве и задержала троих человек.",
        "terror_plot_foiled",
        absent=("terror_attack",),
    ),
    neg(
        "sibling",
        "Сотрудники полиции провели обыск в квартире подозреваемого в терроризме.",
        "military_action",
    ),
    # Background
    pos(
        "background",
        "Смертник взорвал себя на рынке в Кабуле, погибли девять человек.",
        "terror_attack",
    ),
    neg(
        "background",
        "Книга рассказывает о войне с терроризмом за последние двадцать лет.",
        "terror_attack",
        "military_action",
    ),
    neg(
        "background",
        "В Беслане почтили память жертв в годовщину теракта в школе.",
        "terror_attack",
    ),
    # Modality
    pos(
        "modality",
        "Никто не пострадал, но взрыв бомбы разрушил здание полиции в Кабуле.",
        "terror_attack",
    ),
    neg(
        "modality",
        "Группировка отрицает какую-либо ответственность за теракт.",
        "responsibility_claim",
    ),
]


def test_every_error_kind_has_a_positive_and_a_hard_negative() -> None:
    assert covers_every_kind(CASES) == set()


@pytest.mark.parametrize("case", CASES, ids=lambda c: f"{c.kind}:{c.text[:40]}")
def test_case(types_of, case: Case) -> None:  # type: ignore[no-untyped-def]
    check(types_of(case.text, "ru"), case)
