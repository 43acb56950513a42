"""The written training lines (tagging/training/written/<set>/<lang>.yaml): the same items in
all six languages, every type and error kind in each, read into the composed training data,
and a bad file refused with the place named. The own check texts are never trained on."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from eventwatch.tagging.training.compose import LANGUAGES, compose
from eventwatch.tagging.training.labels import InventoryError
from eventwatch.tagging.training.written import (
    NEGATIVE_SECTIONS,
    WRITTEN_DIR,
    load_written,
    parallel_mismatches,
)
from eventwatch.taxonomy import load_taxonomy

TYPES = set(load_taxonomy())
CHECK_FILE = Path(__file__).parents[3] / "benchmarks" / "data" / "written_check.jsonl"


def test_every_language_has_the_same_items_with_the_same_labels() -> None:
    assert parallel_mismatches(LANGUAGES, TYPES) == []


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_type_and_error_kind_is_written_in_every_language(lang: str) -> None:
    items = load_written(lang, TYPES)
    positives = Counter(label for item in items for label in item.labels)
    for event_type in TYPES:
        assert positives[event_type] >= 15, (lang, event_type, positives[event_type])
    sections = Counter(item.section for item in items)
    for error_kind in NEGATIVE_SECTIONS:
        assert sections[error_kind] >= 10, (lang, error_kind)
    assert len({item.text for item in items}) == len(items)  # no item written twice


@pytest.mark.parametrize("lang", LANGUAGES)
def test_written_lines_are_part_of_the_training_data(lang: str) -> None:
    composed = {(line.text, line.labels) for line in compose(lang)}
    items = load_written(lang, TYPES)
    missing = [i.text for i in items if (i.text[0].upper() + i.text[1:], i.labels) not in composed]
    assert missing == []


def test_a_section_that_is_no_type_is_refused_with_its_file(tmp_path: Path) -> None:
    (tmp_path / "set").mkdir()
    (tmp_path / "set" / "en.yaml").write_text("terror_atack:\n  - A bomb went off.\n")
    with pytest.raises(InventoryError, match=r"set/en\.yaml: unknown section 'terror_atack'"):
        load_written("en", TYPES, tmp_path)


def test_a_line_with_an_unknown_label_is_refused_with_its_place(tmp_path: Path) -> None:
    (tmp_path / "set").mkdir()
    (tmp_path / "set" / "de.yaml").write_text("sibling:\n  - raid | Die Polizei stürmte.\n")
    with pytest.raises(InventoryError, match=r"de\.yaml:sibling#0: unknown labels \['raid'\]"):
        load_written("de", TYPES, tmp_path)


def test_plain_lines_take_their_section_and_labelled_lines_their_labels(tmp_path: Path) -> None:
    (tmp_path / "set").mkdir()
    (tmp_path / "set" / "fr.yaml").write_text(
        "protest:\n  - Des milliers de personnes ont défilé.\n"
        "sibling:\n  - terror_plot_foiled | La police a désamorcé la bombe.\n"
        "domain:\n  - Le club a recruté un attaquant.\n",
        encoding="utf-8",
    )
    items = load_written("fr", TYPES, tmp_path)
    assert [(i.section, i.labels) for i in items] == [
        ("protest", ("protest",)),
        ("sibling", ("terror_plot_foiled",)),
        ("domain", ()),
    ]


def test_check_texts_cover_every_language_and_are_never_trained_on() -> None:
    check = [json.loads(line) for line in CHECK_FILE.read_text(encoding="utf-8").splitlines()]
    assert Counter(item["lang"] for item in check) == {lang: 20 for lang in LANGUAGES}
    trained = {line.text for lang in LANGUAGES for line in compose(lang)}
    written = {item.text for lang in LANGUAGES for item in load_written(lang, TYPES)}
    assert not {item["text"] for item in check} & (trained | written)
    assert WRITTEN_DIR.is_dir()


@pytest.mark.parametrize("lang", LANGUAGES)
def test_news_neutral_gives_hundreds_of_news_non_events_and_long_positives(lang: str) -> None:
    items = [i for i in load_written(lang, TYPES) if i.batch == "news_neutral"]
    non_events = [i for i in items if not i.labels]
    assert len(non_events) >= 200
    assert {i.section for i in non_events} == {"domain", "neutral", "background"}
    assert sum(len(i.text.split()) for i in non_events) / len(non_events) >= 15  # wire length
    long_positives = Counter(
        label for i in items if len(i.text.split()) >= 20 for label in i.labels
    )
    assert set(long_positives) == TYPES  # every type has long positives, in every language
