"""Scoring the tagger on labeled JSONL (SPEC section 7)."""

from __future__ import annotations

import hashlib
import json
import re
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from eventwatch.errors import UsageError
from eventwatch.models import Article, stable_id

MACRO_MIN_SUPPORT = 10
PREDICTED_MODALITIES = ("asserted", "historical")


@dataclass
class Gold:
    id: str
    lang: str | None
    text: str
    labels: list[str]
    any_of: list[list[str]]
    optional: list[str]
    source: str | None = None


@dataclass
class Counts:
    tp: Counter[str] = field(default_factory=Counter)
    fp: Counter[str] = field(default_factory=Counter)
    fn: Counter[str] = field(default_factory=Counter)
    support: Counter[str] = field(default_factory=Counter)

    def add(self, other: Counts) -> None:
        for mine, theirs in ((self.tp, other.tp), (self.fp, other.fp), (self.fn, other.fn)):
            mine.update(theirs)
        self.support.update(other.support)

    def micro_f1(self) -> float:
        tp, fp, fn = (sum(c.values()) for c in (self.tp, self.fp, self.fn))
        return _f1(tp, fp, fn)


def read_gold(path: Path) -> list[Gold]:
    if not path.exists():
        raise UsageError(f"{path}: no such file")
    items = []
    with path.open(encoding="utf-8") as lines:
        for number, line in enumerate(lines, 1):
            if not line.strip():
                continue
            try:
                raw = json.loads(line)
                items.append(
                    Gold(
                        id=str(raw.get("id") or number),
                        lang=raw.get("lang"),
                        text=raw["text"],
                        labels=[x for x in raw.get("labels") or [] if x != "none"],
                        any_of=[list(s) for s in raw.get("any_of") or []],
                        optional=list(raw.get("optional") or []),
                        source=raw.get("source"),
                    )
                )
            except (json.JSONDecodeError, KeyError, TypeError, AttributeError) as exc:
                raise UsageError(f"{path}:{number}: not an eval line ({exc})") from exc
    return items


SPLITS = ("tune", "holdout")
# Translations of one set of documents are one family (NTREX: one English source file and its
# human translations, one file per language).
_TRANSLATIONS = re.compile(r"newstest2019-(?:src|ref)\.\w+\.txt$")


def source_family(source: str | None) -> str:
    """The family of a line's `source`: the file it came from, its fragment (#...) dropped."""
    path = (source or "").split("#", 1)[0]
    return _TRANSLATIONS.sub("newstest2019", path)


def split_of(source: str | None) -> str:
    """'tune' or 'holdout': a fixed function of the source family (the last bit of its sha256),
    so that no family is on both sides and thresholds tuned on one side are judged on the
    other."""
    digest = hashlib.sha256(source_family(source).encode()).digest()
    return SPLITS[0] if digest[-1] % 2 == 0 else SPLITS[1]


def in_split(items: list[Gold], split: str | None) -> list[Gold]:
    if split is None:
        return items
    if split not in SPLITS:
        raise UsageError(f"split: {split!r} is not one of {', '.join(SPLITS)}")
    missing = next((g for g in items if not g.source), None)
    if missing is not None:
        raise UsageError(f"split: line {missing.id} has no 'source' to split by")
    return [g for g in items if split_of(g.source) == split]


def score(gold: Gold, predicted: set[str]) -> Counts:
    counts = Counts()
    for label in gold.labels:
        counts.support[label] += 1
        (counts.tp if label in predicted else counts.fn)[label] += 1
    for options in gold.any_of:
        hits = [label for label in options if label in predicted]
        if hits:
            counts.tp[hits[0]] += 1
            counts.support[hits[0]] += 1
        else:
            for label in options:  # one false negative, shared among the members
                counts.fn[label] += 1 / len(options)  # type: ignore[assignment]
                counts.support[label] += 1 / len(options)  # type: ignore[assignment]
    allowed = set(gold.labels) | set(gold.optional) | {x for s in gold.any_of for x in s}
    for label in predicted - allowed:
        counts.fp[label] += 1
    return counts


def evaluate(
    items: list[Gold],
    predict: Callable[[list[Article]], list[set[str]]],
    *,
    batch_size: int = 64,
    progress: bool = False,
    errors: Callable[[Gold, set[str]], None] | None = None,
) -> dict[str, Any]:
    total = Counts()
    by_lang: dict[str, Counts] = defaultdict(Counts)
    n_lang: Counter[str] = Counter()
    started = time.perf_counter()
    for offset in range(0, len(items), batch_size):
        batch = items[offset : offset + batch_size]
        articles = [
            Article(id=stable_id("eval", g.id), text=g.text, language=g.lang) for g in batch
        ]
        for gold, predicted in zip(batch, predict(articles), strict=True):
            counts = score(gold, predicted)
            total.add(counts)
            lang = gold.lang or "unknown"
            by_lang[lang].add(counts)
            n_lang[lang] += 1
            if errors is not None:
                errors(gold, predicted)
        if progress:
            done = offset + len(batch)
            print(f"\reval: {done}/{len(items)} documents", end="", file=sys.stderr, flush=True)
    if progress:
        print(file=sys.stderr)
    elapsed = time.perf_counter() - started
    return report(total, by_lang, n_lang, len(items), elapsed)


def report(
    total: Counts, by_lang: dict[str, Counts], n_lang: Counter[str], n: int, elapsed: float
) -> dict[str, object]:
    labels = {}
    for label in sorted(set(total.support) | set(total.fp)):
        tp, fp, fn = total.tp[label], total.fp[label], total.fn[label]
        labels[label] = {
            "precision": _round(tp / (tp + fp) if tp + fp else 0.0),
            "recall": _round(tp / (tp + fn) if tp + fn else 0.0),
            "f1": _round(_f1(tp, fp, fn)),
            "support": _round(total.support[label]),
        }
    macro = [v["f1"] for v in labels.values() if v["support"] >= MACRO_MIN_SUPPORT]
    return {
        "n": n,
        "labels": labels,
        "micro_f1": _round(total.micro_f1()),
        "macro_f1": _round(sum(macro) / len(macro) if macro else 0.0),
        "by_language": {
            lang: {"micro_f1": _round(by_lang[lang].micro_f1()), "n": n_lang[lang]}
            for lang in sorted(n_lang)
        },
        "docs_per_second": _round(n / elapsed if elapsed > 0 else 0.0, 1),
    }


def _f1(tp: float, fp: float, fn: float) -> float:
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


def _round(value: float, digits: int = 4) -> float:
    return round(float(value), digits)


def predicted_labels(events: Iterable[object]) -> set[str]:
    return {e.type for e in events if e.modality in PREDICTED_MODALITIES}  # type: ignore[attr-defined]
