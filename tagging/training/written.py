"""Hand-written training lines in tagging/training/written/<set>/<lang>.yaml, the same items in
all six languages. A set is one batch of items written together (its name says what it adds).

A file maps sections to lists of lines. A section named after an event type gives its plain
lines that type; an error-kind section (sense, domain, sibling, background, modality) and
`neutral` give plain lines no type (hard negatives). 'labels | text' sets a line's labels
explicitly ('none | text' for no event). Item i of a section is the same item in every
language: `parallel_mismatches` lists where the six files disagree, so that no language lags.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import yaml

from eventwatch.tagging.training.labels import InventoryError, split_labels

WRITTEN_DIR = Path(__file__).parent / "written"
NEGATIVE_SECTIONS = ("sense", "domain", "sibling", "background", "modality", "neutral")


@dataclass(frozen=True)
class WrittenItem:
    batch: str
    section: str
    number: int
    text: str
    labels: tuple[str, ...]

    @property
    def is_negative_section(self) -> bool:
        return self.section in NEGATIVE_SECTIONS


def load_written(
    lang: str, event_types: set[str], directory: Path = WRITTEN_DIR
) -> list[WrittenItem]:
    """The items of one language in every set, sets in name order."""
    items = []
    for batch in sorted(p for p in directory.iterdir() if p.is_dir()) if directory.is_dir() else []:
        path = batch / f"{lang}.yaml"
        if path.exists():
            items += _load_file(path, batch.name, event_types)
    return items


def _load_file(path: Path, batch: str, event_types: set[str]) -> list[WrittenItem]:
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except (OSError, yaml.YAMLError) as exc:
        raise InventoryError(f"{path}: {exc}") from exc
    if not isinstance(data, dict):
        raise InventoryError(f"{path}: expected sections of lines, got {type(data).__name__}")
    items = []
    for section, entries in data.items():
        if section not in event_types and section not in NEGATIVE_SECTIONS:
            raise InventoryError(f"{path}: unknown section {section!r}")
        if not isinstance(entries, list):
            raise InventoryError(f"{path}: section {section!r} is not a list of lines")
        for number, entry in enumerate(entries):
            where = f"{path}:{section}#{number}"
            items.append(_item(str(entry), batch, section, number, event_types, where))
    return items


def _item(
    entry: str, batch: str, section: str, number: int, event_types: set[str], where: str
) -> WrittenItem:
    if "|" in entry:  # news text has no '|': the line names its labels
        labels, text = split_labels(entry, where)
    else:
        labels = () if section in NEGATIVE_SECTIONS else (section,)
        text = entry.strip()
    unknown = set(labels) - event_types
    if unknown:
        raise InventoryError(f"{where}: unknown labels {sorted(unknown)}")
    if not text:
        raise InventoryError(f"{where}: empty line")
    return WrittenItem(batch, section, number, text, labels)


def parallel_mismatches(
    languages: tuple[str, ...], event_types: set[str], directory: Path = WRITTEN_DIR
) -> list[str]:
    """Where the languages' files differ in sections, item counts or labels (empty: parallel)."""
    shapes = {
        lang: [
            (i.batch, i.section, i.number, i.labels)
            for i in load_written(lang, event_types, directory)
        ]
        for lang in languages
    }
    first = languages[0]
    problems = []
    for lang in languages[1:]:
        if shapes[lang] != shapes[first]:
            differing = sorted(set(shapes[lang]) ^ set(shapes[first]))[:3]
            problems.append(f"{lang} differs from {first}: {differing}")
    return problems
