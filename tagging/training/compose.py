"""The training data, composed from the inventories in tagging/training/inventory/ and the
hand-written lines in tagging/training/written/ (tagging/training/written.py).

An inventory (one YAML file per language) holds news-style frames with slots ({A} an actor,
{B} a second actor, {G} an armed group, {C} a place, {D} a time, {N} a number), hard-negative
frames by error kind, hand-written lines used as they are, everyday news that reports no event
('neutral'), and attribution tails ('wrappers': '{S}, officials said.') that some renders
get. Each frame is rendered a few times with fillers drawn by a seeded generator; paragraphs
join a line with one or two others. The output (tagging/data/train/<lang>.jsonl) is a pure
function of the inventory and the seed, so `eventwatch train` rebuilds the same lines.
"""

from __future__ import annotations

import json
import random
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from eventwatch.tagging.training.labels import InventoryError, split_labels
from eventwatch.tagging.training.written import load_written
from eventwatch.taxonomy import load_taxonomy

INVENTORY_DIR = Path(__file__).parent / "inventory"
TRAIN_DIR = Path(__file__).parent.parent / "data" / "train"
LANGUAGES = ("en", "de", "fr", "es", "ru", "ar")
RENDERS_PER_FRAME = 4
RENDERS_PER_NEGATIVE_FRAME = 3
PARAGRAPH_SHARE = 0.25
WRAPPED_SHARE = 0.35
_SLOT = re.compile(r"\{([A-Z])(?:\.(\w+))?\}|\{g:([^|}]*)\|([^}]*)\}")


@dataclass(frozen=True)
class Line:
    text: str
    labels: tuple[str, ...]
    kind: str
    note: str

    def to_json(self) -> str:
        record = {"text": self.text, "labels": list(self.labels), "kind": self.kind,
                  "note": self.note}  # fmt: skip
        return json.dumps(record, ensure_ascii=False)


def load_inventory(lang: str, directory: Path = INVENTORY_DIR) -> dict[str, Any]:
    path = directory / f"{lang}.yaml"
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise InventoryError(f"{path}: {exc}") from exc
    for key in ("slots", "frames", "negatives", "written"):
        if key not in data:
            raise InventoryError(f"{path}: missing '{key}'")
    return dict(data)


def wrap(text: str, wrappers: list[str], rng: random.Random) -> str:
    """Sometimes give a sentence an attribution tail ({S} is the sentence without its stop)."""
    if not wrappers or rng.random() >= WRAPPED_SHARE:
        return text
    return rng.choice(wrappers).replace("{S}", text.rstrip().rstrip(".。"))


class Renderer:
    """Fills a frame's slots; {g:masc|fem} agrees with the gender of the {A} filler."""

    def __init__(self, slots: dict[str, list[Any]], rng: random.Random) -> None:
        self.slots = slots
        self.rng = rng

    def render(self, frame: str) -> str:
        chosen: dict[str, Any] = {}

        def pick(name: str) -> Any:
            if name not in chosen:
                options = self.slots.get(name)
                if not options:
                    raise InventoryError(f"slot {{{name}}} has no fillers (frame {frame[:50]!r})")
                value = self.rng.choice(options)
                if name == "B" and "A" in chosen and len(options) > 1:
                    while value == chosen["A"]:
                        value = self.rng.choice(options)
                chosen[name] = value
            return chosen[name]

        def fill(match: re.Match[str]) -> str:
            if match.group(3) is not None:
                actor = pick("A")
                feminine = isinstance(actor, dict) and actor.get("gender") == "f"
                return match.group(4) if feminine else match.group(3)
            name, case = match.group(1), match.group(2) or "n"
            if name == "N":
                return str(self.rng.choice((2, 3, 4, 5, 6, 7, 9, 11, 12, 14, 17, 20, 23, 31, 40)))
            value = pick(name)
            if isinstance(value, dict):
                return str(value.get(case, value["n"]))
            return str(value)

        # The {A} filler is chosen first so that {g:...} before it in the frame agrees too.
        if "{A" in frame:
            pick("A")
        text = _SLOT.sub(fill, frame)
        return text[0].upper() + text[1:] if text else text


def compose(lang: str, seed: int = 12, directory: Path = INVENTORY_DIR) -> list[Line]:
    inventory = load_inventory(lang, directory)
    rng = random.Random(f"{lang}:{seed}")
    renderer = Renderer(inventory["slots"], rng)
    wrappers = list(inventory.get("wrappers") or [])
    lines: list[Line] = []
    for event_type, frames in inventory["frames"].items():
        for number, frame in enumerate(frames):
            texts = {wrap(renderer.render(frame), wrappers, rng) for _ in range(RENDERS_PER_FRAME)}
            note = f"frame {event_type}#{number}"
            lines += [Line(t, (event_type,), "positive", note) for t in sorted(texts)]
    for error_kind, entries in inventory["negatives"].items():
        for number, entry in enumerate(entries):
            labels, frame = split_labels(entry, f"{lang} negatives.{error_kind}#{number}")
            texts = {
                wrap(renderer.render(frame), wrappers, rng)
                for _ in range(RENDERS_PER_NEGATIVE_FRAME)
            }
            note = f"hard negative {error_kind}#{number}"
            lines += [Line(t, labels, "hard_negative", note) for t in sorted(texts)]
    for number, entry in enumerate(inventory["written"]):
        labels, text = split_labels(entry, f"{lang} written#{number}")
        kind = "positive" if labels else "hard_negative"
        lines.append(Line(renderer.render(text), labels, kind, f"written#{number}"))
    for number, text in enumerate(inventory.get("neutral") or []):
        for variant in sorted({text, wrap(text, wrappers, rng)}):
            lines.append(Line(variant, (), "hard_negative", f"hard negative neutral#{number}"))
    lines += _written_lines(lang, renderer, wrappers, rng)
    lines += _paragraphs(lines, rng)
    return lines


def _written_lines(
    lang: str, renderer: Renderer, wrappers: list[str], rng: random.Random
) -> list[Line]:
    """The lines of written/<lang>.yaml, each as written and (about a third) reported."""
    lines = []
    for item in load_written(lang, set(load_taxonomy())):
        if item.is_negative_section:
            kind, note = "hard_negative", f"hard negative {item.section}#{item.batch}.{item.number}"
        else:
            kind, note = "positive", f"written {item.section}#{item.batch}.{item.number}"
        text = renderer.render(item.text)
        for variant in sorted({text, wrap(text, wrappers, rng)}):
            lines.append(Line(variant, item.labels, kind, note))
    return lines


def _paragraphs(lines: list[Line], rng: random.Random) -> list[Line]:
    """Short articles: a line with one or two others around it, labels joined."""
    paragraphs = []
    for _ in range(int(len(lines) * PARAGRAPH_SHARE)):
        parts = rng.sample(lines, rng.choice((2, 2, 3)))
        labels = sorted({label for part in parts for label in part.labels})
        notes = " + ".join(part.note for part in parts)
        text = " ".join(part.text.rstrip() for part in parts)
        paragraphs.append(Line(text, tuple(labels), "paragraph", notes))
    return paragraphs


def write_all(seed: int = 12, out_dir: Path = TRAIN_DIR) -> dict[str, int]:
    out_dir.mkdir(parents=True, exist_ok=True)
    counts = {}
    for lang in LANGUAGES:
        lines = compose(lang, seed)
        (out_dir / f"{lang}.jsonl").write_text(
            "".join(line.to_json() + "\n" for line in lines), encoding="utf-8"
        )
        counts[lang] = len(lines)
    return counts


def read_lines(path: Path) -> list[Line]:
    lines = []
    with path.open(encoding="utf-8") as handle:
        for number, raw in enumerate(handle, 1):
            try:
                record = json.loads(raw)
                lines.append(Line(record["text"], tuple(record["labels"]), record["kind"],
                                  record.get("note", "")))  # fmt: skip
            except (json.JSONDecodeError, KeyError, TypeError) as exc:
                raise InventoryError(f"{path}:{number}: not a training line ({exc})") from exc
    return lines


if __name__ == "__main__":
    print(json.dumps(write_all()))
