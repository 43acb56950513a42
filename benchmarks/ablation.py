"""The ablation table of issue 12: rules only, model only and combined, per language and per
event type, on a labelled file and on the two halves of its split by source family.

Each mode tags the file once; the halves are scored from the same predictions. Prints a markdown
table (micro and macro F1, micro F1 per language, F1 per type); `--scores` adds the model's own
sentence scores (label-level F1 per threshold, recall per language) for comparing training runs:

    .venv/bin/python -m eventwatch.benchmarks.ablation ../shared/eval/dev.jsonl
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from functools import cache
from pathlib import Path
from typing import Any

from eventwatch.errors import UsageError
from eventwatch.tagging import Tagger
from eventwatch.tagging.classifier import EventClassifier, shipped_classifier
from eventwatch.tagging.combine import MODES, NONE_LABEL, vote
from eventwatch.tagging.evaluation import (
    Counts,
    Gold,
    evaluate,
    predicted_labels,
    read_gold,
    report,
    score,
    split_of,
)

PARTS = ("all", "tune", "holdout")
SCORE_THRESHOLDS = (0.3, 0.4, 0.5, 0.6, 0.7, 0.8)


@cache
def tagger_for(mode: str, model: Path | None = None) -> Tagger:
    """One tagger per mode (and model directory) and process: its pipelines take seconds per
    language to build, and a caller that tabulates several files (or the tests) need not build
    them again."""
    classifier = EventClassifier(model) if model and mode != "rules" else None
    return Tagger(mode=mode, classifier=classifier)


def predictions(items: list[Gold], mode: str, model: Path | None = None) -> list[set[str]]:
    tagger = tagger_for(mode, model)
    found: list[set[str]] = []

    def predict(articles: list[Any]) -> list[set[str]]:
        batch = [predicted_labels(events) for events in tagger.tag_batch(articles)]
        found.extend(batch)
        return batch

    evaluate(items, predict)
    return found


def scored(items: list[Gold], found: list[set[str]], part: str) -> dict[str, Any]:
    total = Counts()
    by_lang: dict[str, Counts] = defaultdict(Counts)
    n_lang: Counter[str] = Counter()
    n = 0
    for gold, predicted in zip(items, found, strict=True):
        if part != "all" and split_of(gold.source) != part:
            continue
        counts = score(gold, predicted)
        total.add(counts)
        lang = gold.lang or "unknown"
        by_lang[lang].add(counts)
        n_lang[lang] += 1
        n += 1
    return report(total, by_lang, n_lang, n, 1.0)


def table(results: dict[tuple[str, str], dict[str, Any]], name: str) -> str:
    """Markdown: one column per (part, mode), rows micro, macro, languages, types."""
    columns = [(part, mode) for part in PARTS for mode in MODES if (part, mode) in results]
    first = results[columns[0]]
    languages = sorted({lang for r in results.values() for lang in r["by_language"]})
    types = sorted({label for r in results.values() for label in r["labels"]})
    part_name = {"all": name, "tune": "tune", "holdout": "holdout"}
    header = ["", *(f"{part_name[p]} {m}" for p, m in columns)]
    rows = [
        ["n", *(str(results[c]["n"]) for c in columns)],
        ["micro", *(f"{results[c]['micro_f1']:.4f}" for c in columns)],
        ["macro", *(f"{results[c]['macro_f1']:.4f}" for c in columns)],
    ]
    for lang in languages:
        rows.append([lang, *(_lang(results[c], lang) for c in columns)])
    for label in types:
        support = first["labels"].get(label, {}).get("support", 0)
        rows.append([f"{label} ({support:g})", *(_type(results[c], label) for c in columns)])
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(row) + " |" for row in rows]
    return "\n".join(lines)


def _lang(result: dict[str, Any], lang: str) -> str:
    found = result["by_language"].get(lang)
    return f"{found['micro_f1']:.4f}" if found else "-"


def _type(result: dict[str, Any], label: str) -> str:
    found = result["labels"].get(label)
    return f"{found['f1']:.3f}" if found else "-"


def sentence_scores(items: list[Gold], model: Path | None) -> str:
    """The model alone, before any rule: a label is found when one sentence of the document
    scores it at a threshold. Label-level F1 per threshold and recall at 0.5 per language (a
    measure of the model itself, to compare training data and configurations)."""
    classifier = EventClassifier(model) if model else shipped_classifier()
    if classifier is None:
        raise UsageError("--scores: no trained classifier (run `eventwatch train`)")
    best = vote([g.text for g in items], classifier.scores)
    counts = {t: [0, 0, 0] for t in SCORE_THRESHOLDS}  # tp, fp, fn
    recall: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for gold, votes in zip(items, best, strict=True):
        top: dict[str, float] = defaultdict(float)
        for scores in votes.scores:
            for label, score_ in scores.items():
                top[label] = max(top[label], score_)
        allowed = set(gold.labels) | set(gold.optional) | {x for s in gold.any_of for x in s}
        for t, row in counts.items():
            row[0] += sum(top[label] >= t for label in gold.labels)
            row[2] += sum(top[label] < t for label in gold.labels)
            row[1] += sum(p >= t for k, p in top.items() if k != NONE_LABEL and k not in allowed)
        found = recall[gold.lang or "unknown"]
        found[0] += sum(top[label] >= 0.5 for label in gold.labels)
        found[1] += len(gold.labels)
    f1 = {t: 2 * tp / (2 * tp + fp + fn) if tp else 0.0 for t, (tp, fp, fn) in counts.items()}
    by_language = ", ".join(
        f"{lang} {hit / n:.2f} ({n})" for lang, (hit, n) in sorted(recall.items()) if n
    )
    lines = [
        "| threshold | " + " | ".join(str(t) for t in f1) + " |",
        "|---|" + "---|" * len(f1),
        "| label F1 | " + " | ".join(f"{v:.3f}" for v in f1.values()) + " |",
        "| false positives | " + " | ".join(str(c[1]) for c in counts.values()) + " |",
        "",
        f"recall at 0.5: {by_language}",
    ]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("file", type=Path, help="labelled JSONL (eval lines with 'source')")
    parser.add_argument("--modes", default=",".join(MODES), help="comma-separated subset")
    parser.add_argument(
        "--whole", action="store_true", help="the file only, not the halves of its split"
    )
    parser.add_argument(
        "--scores", action="store_true", help="also the model's own sentence scores per threshold"
    )
    parser.add_argument("--model", type=Path, help="model directory (default: the shipped one)")
    parser.add_argument("--json", type=Path, help="also write every figure to this JSON file")
    args = parser.parse_args(argv)
    try:
        modes = [m for m in args.modes.split(",") if m]
        unknown = set(modes) - set(MODES)
        if unknown or not modes:
            raise UsageError(f"--modes: expected some of {', '.join(MODES)}, got {args.modes!r}")
        items = read_gold(args.file)
        has_source = not args.whole and all(g.source for g in items)
        results: dict[tuple[str, str], dict[str, Any]] = {}
        for mode in modes:
            found = predictions(items, mode, args.model)
            for part in PARTS if has_source else ("all",):
                results[(part, mode)] = scored(items, found, part)
        scores = sentence_scores(items, args.model) if args.scores else None
    except (UsageError, FileNotFoundError) as exc:
        print(f"ablation: {exc}", file=sys.stderr)
        return 2
    print(table(results, args.file.stem))
    if scores:
        print(f"\nModel alone, sentence scores ({args.file.stem}):\n\n{scores}")
    if args.json:
        flat = {f"{part}/{mode}": value for (part, mode), value in results.items()}
        args.json.write_text(json.dumps(flat, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
