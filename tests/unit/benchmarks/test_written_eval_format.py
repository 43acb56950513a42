"""The blind written check set (benchmarks/data/written_eval) is well-formed eval JSONL.

Only the format is checked here: the tagger never runs on these files in tests, so that nothing
in the test suite rewards fitting the lexicons to them.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from eventwatch.tagging.evaluation import read_gold
from eventwatch.taxonomy import event_types

DATA = Path(__file__).resolve().parents[3] / "benchmarks" / "data" / "written_eval"
LANGUAGES = ("en", "de", "fr", "es", "ru", "ar")
UNITS = {"sentence", "headline_lead", "paragraph"}
MIN_POSITIVES_PER_TYPE = 6
MIN_NEGATIVES = 30


def problems(lang: str, rows: list[dict[str, Any]]) -> list[str]:
    """Everything wrong with one language's lines, as readable messages."""
    types = set(event_types())
    found: list[str] = []
    id_pattern = re.compile(rf"^written:{lang}:([a-z_]+)-\d{{2,}}$")
    for row in rows:
        name = row.get("id", "?")
        labels, any_of, optional = row.get("labels"), row.get("any_of"), row.get("optional")
        if row.get("lang") != lang:
            found.append(f"{name}: lang {row.get('lang')!r} in the {lang} file")
        if not isinstance(row.get("text"), str) or not row["text"].strip():
            found.append(f"{name}: empty text")
        if not isinstance(labels, list) or not isinstance(any_of, list):
            found.append(f"{name}: labels and any_of must be lists")
            continue
        if not isinstance(optional, list):
            found.append(f"{name}: optional must be a list")
            continue
        if labels != ["none"]:
            found += [f"{name}: unknown label {x!r}" for x in labels if x not in types]
        for group in any_of:
            if not isinstance(group, list) or len(group) < 2:
                found.append(f"{name}: an any_of set needs two or more types")
                continue
            found += [f"{name}: unknown any_of type {x!r}" for x in group if x not in types]
        found += [f"{name}: unknown optional type {x!r}" for x in optional if x not in types]
        in_sets = {x for group in any_of if isinstance(group, list) for x in group}
        if set(labels) & (set(optional) | in_sets) or set(optional) & in_sets:
            found.append(f"{name}: a type is in more than one of labels, any_of, optional")
        if not labels and not any_of:
            found.append(f"{name}: nothing to score (write labels ['none'] for a negative)")
        if labels == ["none"] and (any_of or optional):
            found.append(f"{name}: a negative carries any_of or optional")
        match = id_pattern.match(str(name))
        key = match.group(1) if match else None
        expected_key = "neg" if labels == ["none"] else (labels or [None])[0]
        if key is None or (key != expected_key and key not in in_sets):
            found.append(f"{name}: id must be written:{lang}:<first label or neg>-<nn>")
        if row.get("source") != "eventwatch-written" or row.get("label_quality") != "annotated":
            found.append(f"{name}: source and label_quality must mark a written, annotated line")
        if row.get("unit") not in UNITS:
            found.append(f"{name}: unit {row.get('unit')!r} is not one of {sorted(UNITS)}")
        if not str(row.get("note") or "").strip():
            found.append(f"{name}: a note names the construction or error kind")
    positives = Counter(x for row in rows for x in row.get("labels") or [] if x != "none")
    found += [
        f"{lang}: {t} has {positives[t]} positives, needs {MIN_POSITIVES_PER_TYPE}"
        for t in event_types()
        if positives[t] < MIN_POSITIVES_PER_TYPE
    ]
    negatives = sum(row.get("labels") == ["none"] for row in rows)
    if negatives < MIN_NEGATIVES:
        found.append(f"{lang}: {negatives} negatives, needs {MIN_NEGATIVES}")
    return found


def read_rows(path: Path) -> list[dict[str, Any]]:
    rows = []
    for number, line in enumerate(path.read_text("utf-8").splitlines(), 1):
        row = json.loads(line)
        assert isinstance(row, dict), f"{path.name}:{number} is not a JSON object"
        rows.append(row)
    return rows


@pytest.mark.parametrize("lang", LANGUAGES)
def test_each_language_file_is_complete_and_well_formed(lang: str) -> None:
    rows = read_rows(DATA / f"{lang}.jsonl")
    assert problems(lang, rows) == []
    assert len(read_gold(DATA / f"{lang}.jsonl")) == len(rows), "eventwatch eval reads every line"


def test_ids_are_unique_across_languages() -> None:
    ids = Counter(row["id"] for lang in LANGUAGES for row in read_rows(DATA / f"{lang}.jsonl"))
    assert [name for name, count in ids.items() if count > 1] == []


def test_the_check_names_what_is_wrong() -> None:
    good: dict[str, object] = {
        "id": "written:xx:protest-01",
        "lang": "xx",
        "text": "Workers marched.",
        "labels": ["protest"],
        "any_of": [],
        "optional": [],
        "source": "eventwatch-written",
        "unit": "sentence",
        "label_quality": "annotated",
        "note": "wire lead",
    }
    bad = [
        {**good, "labels": ["riot"]},
        {**good, "id": "written:xx:neg-01", "labels": ["none"], "optional": ["threat"]},
        {**good, "id": "written:xx:threat-01", "any_of": [["threat"]]},
        {**good, "unit": "tweet", "note": ""},
    ]
    found = problems("xx", bad)
    for expected in (
        "unknown label 'riot'",
        "a negative carries any_of or optional",
        "an any_of set needs two or more types",
        "id must be written:xx:<first label or neg>-<nn>",
        "unit 'tweet' is not one of",
        "a note names the construction",
        "xx: terror_attack has 0 positives, needs 6",
        "xx: 1 negatives, needs 30",
    ):
        assert any(expected in message for message in found), expected
