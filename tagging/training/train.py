"""Train the event-type classifier in spaCy's training framework, reproducibly.

compose the lines from the inventories and the written sets (written to
tagging/data/train/<lang>.jsonl when the shipped model is rebuilt) -> DocBin (train, and every
tenth line by a hash of its text as spaCy's dev set) -> `spacy train` with
tagging/training/config.cfg and a fixed seed -> the last model replaces tagging/models/textcat.
Same data and seed: same model bytes.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import random
import re
import shutil
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

import spacy
from spacy.tokens import DocBin

from eventwatch.tagging.classifier import MODEL_DIR, StemTokenizer, model_digest
from eventwatch.tagging.combine import NONE_LABEL
from eventwatch.tagging.training.compose import LANGUAGES, Line, compose, write_all
from eventwatch.taxonomy import load_taxonomy

CONFIG = Path(__file__).parent / "config.cfg"
DEFAULT_SEED = 12
# Written by spaCy but not part of what the model computes (scores on our own dev lines, the
# spaCy version); the shipped meta.json is rewritten without them so the hash is the model's.
_VOLATILE_META = ("performance", "spacy_version", "spacy_git_version")


@dataclass
class TrainResult:
    model: Path
    digest: str
    lines: dict[str, int]
    train_docs: int
    dev_docs: int
    seconds: float

    def to_dict(self) -> dict[str, object]:
        return {
            "model": str(self.model),
            "sha256": self.digest,
            "lines": self.lines,
            "train_docs": self.train_docs,
            "dev_docs": self.dev_docs,
            "seconds": round(self.seconds, 1),
        }


def event_types() -> list[str]:
    return sorted(load_taxonomy())


def sample_lines(lines: list[Line], limit: int | None, seed: int, lang: str) -> list[Line]:
    """At most `limit` of a language's lines, drawn with the seed (every kind and type keeps
    about its share), in their composed order."""
    if limit is None or limit >= len(lines):
        return lines
    chosen = sorted(random.Random(f"limit:{lang}:{seed}").sample(range(len(lines)), limit))
    return [lines[i] for i in chosen]


def is_dev_line(line: Line) -> bool:
    return hashlib.sha256(line.text.encode()).digest()[0] % 10 == 0


def build_docbins(
    lines: list[Line], labels: list[str], out_dir: Path, seed: int
) -> tuple[Path, Path, int, int]:
    tokenizer = StemTokenizer(spacy.blank("xx").vocab)
    train, dev = DocBin(), DocBin()
    n_train = n_dev = 0
    for line in lines:
        unknown = set(line.labels) - set(labels)
        if unknown:
            raise ValueError(f"training line {line.note!r}: unknown labels {sorted(unknown)}")
        doc = tokenizer(line.text)
        doc.cats = {label: float(label in line.labels) for label in labels}
        doc.cats[NONE_LABEL] = float(not line.labels)
        if is_dev_line(line):
            dev.add(doc)
            n_dev += 1
        else:
            train.add(doc)
            n_train += 1
    train_path, dev_path = out_dir / "train.spacy", out_dir / "dev.spacy"
    train.to_disk(train_path)
    dev.to_disk(dev_path)
    return train_path, dev_path, n_train, n_dev


def train(
    seed: int = DEFAULT_SEED,
    output: Path = MODEL_DIR,
    *,
    quiet: bool = True,
    limit_per_language: int | None = None,
    epochs: int | None = None,
) -> TrainResult:
    """`limit_per_language` and `epochs` (default: all lines, the config's 60 epochs) make a
    quick model to try a change with; the shipped model is always trained on everything."""
    from spacy.cli.train import train as spacy_train

    started = time.perf_counter()
    shipped = output.resolve() == MODEL_DIR.resolve()
    if shipped and (limit_per_language is not None or epochs is not None):
        raise ValueError("the shipped model is trained on every line for the config's epochs")
    by_lang = {
        lang: sample_lines(compose(lang, seed), limit_per_language, seed, lang)
        for lang in LANGUAGES
    }
    if shipped:  # the shipped model: its training lines ship beside it
        write_all(seed)
    counts = {lang: len(lines) for lang, lines in by_lang.items()}
    lines = [line for lang in LANGUAGES for line in by_lang[lang]]
    with tempfile.TemporaryDirectory(prefix="eventwatch-train-") as tmp:
        work = Path(tmp)
        train_path, dev_path, n_train, n_dev = build_docbins(lines, event_types(), work, seed)
        overrides: dict[str, object] = {
            "paths.train": str(train_path),
            "paths.dev": str(dev_path),
            "system.seed": seed,
        }
        if epochs is not None:
            overrides["training.max_epochs"] = epochs
        # spaCy logs its progress table to stdout; the command's own output is the result.
        with contextlib.redirect_stdout(sys.stderr if not quiet else _Null()):
            spacy_train(CONFIG, work / "out", use_gpu=-1, overrides=overrides)
        _install(work / "out" / "model-last", output)
    return TrainResult(output, model_digest(output), counts, n_train, n_dev,
                       time.perf_counter() - started)  # fmt: skip


def _install(model: Path, output: Path) -> None:
    # The corpus paths are a temporary directory of this run: not part of the model.
    config_path = model / "config.cfg"
    config = config_path.read_text(encoding="utf-8")
    config = re.sub(r'(?m)^(train|dev) = ".*"$', r"\1 = null", config)
    config_path.write_text(config, encoding="utf-8")
    meta_path = model / "meta.json"
    meta = json.loads(meta_path.read_text(encoding="utf-8"))
    for key in _VOLATILE_META:
        meta.pop(key, None)
    meta_path.write_text(json.dumps(meta, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    if output.exists():
        shutil.rmtree(output)
    output.parent.mkdir(parents=True, exist_ok=True)
    shutil.copytree(model, output)


class _Null:
    def write(self, _text: str) -> int:
        return 0

    def flush(self) -> None:
        return None
