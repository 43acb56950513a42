"""French participles in '-u' ('tenir' -> 'tenu', 'rompre' -> 'rompu') count as forms of their
verb, so '@tenir ... pour responsable' reads 'a tenu Paris pour responsable'; a candidate the
lookup table does not know as a word is never invented."""

from eventwatch.tagging.lemma_forms import inflections


def test_participles_in_u_of_ir_and_re_verbs_are_forms() -> None:
    forms = inflections("fr", {"tenir", "rompre", "abattre", "finir"})
    assert {"tenu", "tenue", "tenus"} <= set(forms["tenir"])
    assert "rompu" in forms["rompre"]
    assert "abattu" in forms["abattre"]
    assert "fini" in forms["finir"] and "finu" not in forms["finir"]


def test_a_state_held_responsible_with_the_participle_is_an_accusation(types_of) -> None:  # type: ignore[no-untyped-def]
    text = "Bamako a tenu Alger pour responsable des violences à la frontière."
    assert "accusation" in types_of(text, "fr")
