"""`eventwatch train` rebuilds the classifier reproducibly: same seed, same model hash."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from eventwatch.tagging.classifier import EventClassifier


def _train(output: Path, *args: str) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "eventwatch.cli", "train", "--output", str(output),
               "--format", "json", *args]  # fmt: skip
    return subprocess.run(command, capture_output=True, text=True, timeout=1200)


@pytest.mark.slow
def test_same_seed_same_model_hash(tmp_path: Path) -> None:
    first, second = _train(tmp_path / "a"), _train(tmp_path / "b")
    assert first.returncode == 0, first.stderr
    assert second.returncode == 0, second.stderr
    one, two = json.loads(first.stdout), json.loads(second.stdout)
    assert one["sha256"] == two["sha256"]
    assert one["train_docs"] > 3000 and one["dev_docs"] > 300
    assert set(one["lines"]) == {"en", "de", "fr", "es", "ru", "ar"}
    classifier = EventClassifier(tmp_path / "a")
    scores = classifier.scores(["Thousands of people protested in the capital."])[0]
    assert max(scores, key=scores.__getitem__) == "protest"


def test_negative_seed_is_exit_2_with_one_line(tmp_path: Path) -> None:
    done = _train(tmp_path / "m", "--seed", "-1")
    assert done.returncode == 2
    assert done.stderr.strip() == "eventwatch: --seed: must be 0 or more, got -1"
    assert not (tmp_path / "m").exists()
