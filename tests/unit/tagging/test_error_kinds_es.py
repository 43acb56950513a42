"""Spanish: a positive and a hard negative for every error kind of issue 12."""

import pytest
from support.error_kinds import Case, check, covers_every_kind, neg, pos

CASES: list[Case] = [
    # Phrasings: killings as executions or 'dar muerte', death threats, paramilitaries
    pos(
        "phrasing",
        "Un grupo de paramilitares dio muerte a cuatro campesinos en el Cauca.",
        "terror_attack",
    ),
    pos(
        "phrasing",
        "Hombres armados ejecutaron a un líder social frente a su casa en Tumaco.",
        "terror_attack",
    ),
    pos(
        "phrasing",
        "El alcalde de Medellín denunció que recibió amenazas de muerte de un grupo "
        "armado colombiano.",
        "threat",
    ),
    pos(
        "phrasing",
        "El canciller venezolano calificó de farsa el informe de la ONU.",
        "accusation",
    ),
    pos(
        "phrasing",
        "La policía detuvo a dos presuntos yihadistas acusados de preparar un atentado en Madrid.",
        "terror_plot_foiled",
    ),
    pos(
        "phrasing",
        "El papa pidió negociaciones entre Rusia y Ucrania para poner fin a la guerra.",
        "diplomatic_proposal",
    ),
    neg(
        "phrasing",
        "El ayuntamiento ejecutó el presupuesto de obras antes del verano.",
        "terror_attack",
        "military_action",
    ),
    neg("phrasing", "El cantante calificó de sueño su gira por México.", "accusation"),
    # Senses: 'manifestar' = express
    neg("sense", "El presidente de Chile manifestó su preocupación por la inflación.", "protest"),
    pos(
        "sense",
        "Miles de estudiantes se manifestaron en Bogotá contra la reforma educativa.",
        "protest",
    ),
    # Domains
    pos("domain", "El gobierno de México acusó a Estados Unidos de injerencia.", "accusation"),
    neg(
        "domain",
        "Un hombre acusado de robo fue detenido por la policía en Sevilla.",
        "accusation",
        "terror_plot_foiled",
    ),
    neg(
        "domain",
        "Las negociaciones para formar un gobierno de coalición siguen en Madrid.",
        "diplomatic_meeting",
    ),
    # Sibling types
    pos(
        "sibling",
        "La Guardia Civil frustró un atentado contra una iglesia y detuvo a tres hombres.",
        "terror_plot_foiled",
        absent=("terror_attack",),
    ),
    neg(
        "sibling",
        "Agentes antiterroristas registraron la vivienda de un sospechoso en Ceuta.",
        "military_action",
    ),
    # Background
    pos(
        "background",
        "Un atentado con coche bomba dejó doce muertos en Mogadiscio el sábado.",
        "terror_attack",
    ),
    neg(
        "background",
        "El libro analiza la guerra contra el terrorismo tras 2001.",
        "terror_attack",
        "military_action",
    ),
    neg(
        "background",
        "La ciudad recordó a las víctimas en el aniversario de los atentados del 11 de marzo.",
        "terror_attack",
    ),
    # Modality
    pos(
        "modality",
        "Nadie resultó herido, pero el atentado destruyó la comisaría de Kabul.",
        "terror_attack",
    ),
    neg(
        "modality",
        "El grupo negó cualquier responsabilidad en el atentado.",
        "responsibility_claim",
    ),
]


def test_every_error_kind_has_a_positive_and_a_hard_negative() -> None:
    assert covers_every_kind(CASES) == set()


@pytest.mark.parametrize("case", CASES, ids=lambda c: f"{c.kind}:{c.text[:40]}")
def test_case(types_of, case: Case) -> None:  # type: ignore[no-untyped-def]
    check(types_of(case.text, "es"), case)
