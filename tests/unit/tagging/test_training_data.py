"""The classifier's training data: written by the project, every type in every language, hard
negatives for every error kind, and composed reproducibly from the inventories."""

from collections import Counter

import pytest

from eventwatch.tagging.training.compose import (
    LANGUAGES,
    TRAIN_DIR,
    InventoryError,
    Renderer,
    compose,
    load_inventory,
    read_lines,
    split_labels,
)
from eventwatch.taxonomy import load_taxonomy

ERROR_KINDS = ("sense", "domain", "sibling", "background", "modality")


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_type_has_positives_in_every_language(lang: str) -> None:
    lines = read_lines(TRAIN_DIR / f"{lang}.jsonl")
    positives = Counter(label for line in lines if line.kind == "positive" for label in line.labels)
    for event_type in load_taxonomy():
        assert positives[event_type] >= 10, (lang, event_type, positives[event_type])


@pytest.mark.parametrize("lang", LANGUAGES)
def test_hard_negatives_for_every_error_kind(lang: str) -> None:
    inventory = load_inventory(lang)
    assert set(inventory["negatives"]) == set(ERROR_KINDS)
    lines = read_lines(TRAIN_DIR / f"{lang}.jsonl")
    kinds = Counter(line.note.split("#")[0] for line in lines if line.kind == "hard_negative")
    for error_kind in ERROR_KINDS:
        assert kinds[f"hard negative {error_kind}"] >= 5, (lang, error_kind)
    # Most hard negatives report no event at all; siblings carry the type they really are.
    assert sum(1 for line in lines if not line.labels) >= 60


@pytest.mark.parametrize("lang", LANGUAGES)
def test_shipped_lines_are_what_the_inventory_composes(lang: str) -> None:
    shipped = read_lines(TRAIN_DIR / f"{lang}.jsonl")
    assert compose(lang) == shipped
    assert compose(lang, seed=12) == compose(lang, seed=12)
    assert compose(lang, seed=13) != shipped  # the seed draws the fillers


def test_labels_are_event_types_and_kinds_known() -> None:
    types = set(load_taxonomy())
    total = 0
    for lang in LANGUAGES:
        for line in read_lines(TRAIN_DIR / f"{lang}.jsonl"):
            total += 1
            assert set(line.labels) <= types, line
            assert line.kind in ("positive", "hard_negative", "paragraph")
            assert line.text.strip() and "{" not in line.text, line  # every slot filled
    assert total >= 3000


def test_russian_verbs_agree_with_the_subject() -> None:
    rng_slots = {"A": [{"n": "Франция", "gender": "f"}]}
    import random

    renderer = Renderer(rng_slots, random.Random(0))
    assert renderer.render("{A} {g:предложил|предложила} переговоры.") == (
        "Франция предложила переговоры."
    )
    renderer = Renderer({"A": [{"n": "Китай"}]}, random.Random(0))
    assert renderer.render("{A} {g:предложил|предложила} переговоры.") == (
        "Китай предложил переговоры."
    )


def test_a_line_without_labels_is_refused_with_its_place() -> None:
    with pytest.raises(InventoryError, match="de written#3: expected 'labels | text'"):
        split_labels("Ein Satz ohne Etikett.", "de written#3")
    assert split_labels("none | Kein Ereignis.", "x") == ((), "Kein Ereignis.")
    assert split_labels("protest, threat | Text.", "x") == (("protest", "threat"), "Text.")
