"""French: a positive and a hard negative for every error kind of issue 12."""

import pytest
from support.error_kinds import Case, check, covers_every_kind, neg, pos

CASES: list[Case] = [
    # Phrasings
    pos(
        "phrasing",
        "Des miliciens ont exécuté sept villageois près de Bunia, selon l'ONU.",
        "terror_attack",
    ),
    pos("phrasing", "Le maire de Kiev a reçu des menaces de mort venues de Russie.", "threat"),
    pos("phrasing", "Le ministre iranien a qualifié le plan américain de farce.", "accusation"),
    pos(
        "phrasing",
        "Trois suspects ont été interpellés à Lyon dans une enquête pour terrorisme.",
        "terror_plot_foiled",
    ),
    pos(
        "phrasing",
        "Le secrétaire général de l'ONU a exhorté l'Inde et le Pakistan à la retenue.",
        "diplomatic_proposal",
    ),
    neg(
        "phrasing",
        "L'entreprise a exécuté son plan de restructuration en avance.",
        "terror_attack",
        "military_action",
    ),
    neg("phrasing", "Le chanteur a qualifié son nouvel album de rêve.", "accusation"),
    # Senses
    neg("sense", "L'armée a démontré ses nouveaux drones devant des officiers.", "protest"),
    pos(
        "sense",
        "Des milliers de personnes ont manifesté à Marseille contre la réforme des retraites.",
        "protest",
    ),
    # Domains
    pos("domain", "Le gouvernement français a accusé la Russie de désinformation.", "accusation"),
    neg(
        "domain",
        "Un homme accusé de vol a été condamné à deux ans de prison par le tribunal.",
        "accusation",
        "terror_plot_foiled",
    ),
    neg(
        "domain",
        "L'entraîneur a critiqué l'attaquant après le match de championnat.",
        "accusation",
    ),
    # Sibling types
    pos(
        "sibling",
        "La police a déjoué un projet d'attentat contre une église et arrêté deux hommes.",
        "terror_plot_foiled",
        absent=("terror_attack",),
    ),
    neg(
        "sibling",
        "Les policiers de l'antiterrorisme ont perquisitionné le domicile d'un suspect à Nice.",
        "military_action",
    ),
    # Background
    pos(
        "background",
        "Un kamikaze a tué dix personnes sur un marché de Maiduguri dimanche.",
        "terror_attack",
    ),
    neg(
        "background",
        "La sécurité a été renforcée à Paris depuis les attentats de novembre 2015.",
        "terror_attack",
    ),
    neg(
        "background",
        "Ce livre raconte la guerre contre le terrorisme depuis vingt ans.",
        "terror_attack",
        "military_action",
    ),
    # Modality
    pos(
        "modality",
        "Personne n'a été blessé, mais l'attentat a détruit le commissariat de Kaboul.",
        "terror_attack",
    ),
    neg(
        "modality",
        "Le groupe a nié toute responsabilité dans l'attentat.",
        "responsibility_claim",
    ),
]


def test_every_error_kind_has_a_positive_and_a_hard_negative() -> None:
    assert covers_every_kind(CASES) == set()


@pytest.mark.parametrize("case", CASES, ids=lambda c: f"{c.kind}:{c.text[:40]}")
def test_case(types_of, case: Case) -> None:  # type: ignore[no-untyped-def]
    check(types_of(case.text, "fr"), case)
