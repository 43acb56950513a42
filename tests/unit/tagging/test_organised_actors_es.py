"""Unions and organised groups can threaten (definitions.md: actors that can do it): the
taxonomy lets a lexicon's 'organised_role' context stand for an unnamed threatening actor.
A threat against protesters inside a protest report stays the protest's setting."""

import pytest

from eventwatch.taxonomy import load_taxonomy

PAIRS = [
    ("Los maestros amenazan con una huelga indefinida si no se aprueba la subida salarial.",
     "La policía boliviana amenazó con detener a los manifestantes frente al palacio."),
    ("La central obrera amenazó con radicalizar las protestas.",
     "El entrenador amenazó con dejar el equipo si no llegan fichajes."),
    ("Los transportistas amenazaron con bloquear las carreteras de acceso a la capital.",
     "Los vecinos temen que el río amenace sus casas."),
]  # fmt: skip


@pytest.mark.parametrize(("positive", "negative"), PAIRS)
def test_threat_by_an_organised_group(types_of, positive: str, negative: str) -> None:  # type: ignore[no-untyped-def]
    assert "threat" in types_of(positive, "es")
    assert "threat" not in types_of(negative, "es")


def test_taxonomy_names_the_context() -> None:
    generic = load_taxonomy()["threat"].generic_actor
    assert generic is not None and "organised_role" in generic.subject
