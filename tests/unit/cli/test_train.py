"""`eventwatch train` rebuilds the classifier reproducibly: same seed, same model hash."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from eventwatch.tagging.classifier import EventClassifier, model_digest
from eventwatch.tagging.training.compose import LANGUAGES, compose
from eventwatch.tagging.training.train import DEFAULT_SEED, event_types, is_dev_line

# Determinism does not need the full model twice: a small sample for a few epochs goes through
# the same composing, DocBins, spaCy training and hashing.
QUICK = ("--limit-per-language", "300", "--epochs", "10")


def _train(output: Path, *args: str) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "eventwatch.cli", "train", "--output", str(output),
               "--format", "json", *args]  # fmt: skip
    return subprocess.run(command, capture_output=True, text=True, timeout=1200)


@pytest.mark.slow
def test_same_seed_same_model_hash(tmp_path: Path) -> None:
    first, second = _train(tmp_path / "a", *QUICK), _train(tmp_path / "b", *QUICK)
    assert first.returncode == 0, first.stderr
    assert second.returncode == 0, second.stderr
    one, two = json.loads(first.stdout), json.loads(second.stdout)
    assert one["sha256"] == two["sha256"] == model_digest(tmp_path / "b")
    assert one["lines"] == {lang: 300 for lang in LANGUAGES}
    assert one["train_docs"] + one["dev_docs"] == 6 * 300 and one["dev_docs"] > 0
    classifier = EventClassifier(tmp_path / "a")
    scores = classifier.scores(["Thousands of people protested in the capital."])[0]
    assert max(scores, key=scores.__getitem__) == "protest"


def test_the_full_training_data_composes_in_every_language() -> None:
    lines = {lang: compose(lang, DEFAULT_SEED) for lang in LANGUAGES}
    every = [line for composed in lines.values() for line in composed]
    dev = sum(is_dev_line(line) for line in every)
    assert len(every) - dev > 3000 and dev > 300
    assert all(len(composed) > 500 for composed in lines.values())
    assert {label for line in every for label in line.labels} <= set(event_types())


def test_negative_seed_is_exit_2_with_one_line(tmp_path: Path) -> None:
    done = _train(tmp_path / "m", "--seed", "-1")
    assert done.returncode == 2
    assert done.stderr.strip() == "eventwatch: --seed: must be 0 or more, got -1"
    assert not (tmp_path / "m").exists()


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("--limit-per-language", "0"), "--limit-per-language: must be 1 or more, got 0"),
        (("--epochs", "-3"), "--epochs: must be 1 or more, got -3"),
    ],
)
def test_a_quick_model_needs_positive_sizes(
    tmp_path: Path, args: tuple[str, ...], message: str
) -> None:
    done = _train(tmp_path / "m", *args)
    assert done.returncode == 2
    assert done.stderr.strip() == f"eventwatch: {message}"
    assert not (tmp_path / "m").exists()


def test_a_quick_model_never_replaces_the_shipped_one() -> None:
    from eventwatch.tagging.classifier import MODEL_DIR

    before = model_digest(MODEL_DIR)
    done = _train(MODEL_DIR, "--epochs", "1")
    assert done.returncode == 2
    assert done.stderr.strip() == (
        "eventwatch: --epochs: needs an --output of its own (the shipped model uses all)"
    )
    assert model_digest(MODEL_DIR) == before
