"""Tune the thresholds that combine the rules with the trained classifier, on ONE half of the
dev set's split by source family (tagging.evaluation.split_of), to be judged on the other.

One tagging pass records, for every article, the rule candidates, the classifier's sentence
votes and what the rules make of every hit the classifier could add; each threshold setting of
the grid is then scored from that record without tagging again. The objective is the mean of
micro and macro F1 (so that small classes count). The veto is tuned on the grid first; then each
type gets its own add threshold (`add_by_type`, coordinate ascent over ADD_GRID, two rounds; a
type keeps a threshold only if it raises the objective by at least MIN_GAIN), so that a type the
model reads well on news may add while the others only veto. The classifier may add hits only
when adding pays off twice: the setting with adds beats the one without them on the tune half
AND on the project's own check texts (benchmarks/data/written_check.jsonl, never trained on);
by ADDS_MIN_GAIN (adds cost half the tagger's speed); otherwise the setting without adds (veto
only) is kept. `--write` stores the chosen setting in tagging/data/classifier.json.

    .venv/bin/python -m eventwatch.benchmarks.tune_classifier ../shared/eval/dev.jsonl --split tune
"""

from __future__ import annotations

import argparse
import itertools
import json
from collections import Counter, defaultdict
from dataclasses import asdict, dataclass, replace
from pathlib import Path
from typing import Any

import eventwatch.tagging.tagger as tagger_module
from eventwatch.models import Article, stable_id
from eventwatch.tagging import Tagger
from eventwatch.tagging.classifier import EventClassifier
from eventwatch.tagging.combine import NONE_LABEL, THRESHOLDS_FILE, Thresholds, vetoed
from eventwatch.tagging.evaluation import Counts, in_split, read_gold, report, score
from eventwatch.taxonomy import load_taxonomy

NO_ADD = 1.01
ADD_GRID = (0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.95)
# An add threshold must win at least this much of the objective on the tune half (576 lines:
# about one more correct label than wrong ones), so that noise does not open a type to adds.
MIN_GAIN = 0.001
# Any add means scoring every sentence, which halves the tagger's speed (bench tagger, same
# load: ratio 0.50 veto-only, 0.23 with one type adding), so adds must pay for it: they must
# raise the objective by this much (about three more correct labels than wrong ones on the tune
# half) on the tune half and on the check texts.
ADDS_MIN_GAIN = 0.005
CHECK_FILE = Path(__file__).parent / "data" / "written_check.jsonl"
GRID = {
    "add": (NO_ADD,),  # adds are tuned per type (tune_adds)
    # A veto needs the model to be sure: on phrasings it never saw, a bag of words leans to
    # '_none' (0.5-0.7) for lack of evidence, not because the sentence reports nothing.
    "veto_none": (0.8, 0.85, 0.9, 0.95, 1.01),
    "veto_type": (0.1, 0.2, 0.3, 0.5),
    # A hit of confidence 0.9 has a definite trigger, a named actor and a place: never weak.
    "weak_confidence": (0.65, 0.75, 0.85),
}
_REPORTED = ("asserted", "historical")
MODEL_GRID = (0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9)
_LOWEST_ADD = min(*MODEL_GRID, *ADD_GRID)


@dataclass
class Record:
    """What one article gives the combination, before any threshold applies."""

    candidates: list[Any]
    votes: Any
    addable: list[tuple[str, float, Any]]  # (type, probability, candidate or None)


def record(items: list[Any], model: Path | None = None) -> list[Record]:
    records: list[Record] = []
    original = tagger_module.combine

    def capture(candidates, votes, add, thresholds, mode):
        addable = []
        for span, scores in zip(votes.spans, votes.scores, strict=True):
            for kind, probability in scores.items():
                if kind != NONE_LABEL and probability >= _LOWEST_ADD:
                    addable.append((kind, probability, add(kind, span, probability)))
        records.append(Record(list(candidates), votes, addable))
        return candidates, []

    tagger_module.combine = capture
    try:
        # add=0: every sentence is scored, whatever the shipped thresholds are.
        classifier = EventClassifier(model) if model else None
        tagger = Tagger(mode="combined", classifier=classifier, thresholds=Thresholds(add=0.0))
        for gold in items:  # one at a time, so that records follow the items' order
            article = Article(id=stable_id("eval", gold.id), text=gold.text, language=gold.lang)
            before = len(records)
            tagger.tag_batch([article])
            if len(records) == before:  # unsupported language: nothing to combine
                records.append(Record([], None, []))
    finally:
        tagger_module.combine = original
    return records


def predicted(rec: Record, t: Thresholds) -> set[str]:
    if rec.votes is None:
        return {c.type for c in rec.candidates if c.modality in _REPORTED}
    kept = [c for c in rec.candidates if not vetoed(c, rec.votes, t)]
    found = {c.type for c in kept if c.modality in _REPORTED}
    for kind, probability, candidate in rec.addable:
        if (
            probability >= t.add_for(kind)
            and candidate is not None
            and candidate.modality == "asserted"  # as combine.combine
        ):
            found.add(kind)
    return found


def predicted_by_model(rec: Record, level: float) -> set[str]:
    return {
        kind
        for kind, probability, candidate in rec.addable
        if probability >= level and candidate is not None and candidate.modality in _REPORTED
    }


def evaluate(
    items: list[Any], records: list[Record], t: Thresholds, *, model_only: bool = False
) -> dict[str, Any]:
    total = Counts()
    by_lang: dict[str, Counts] = defaultdict(Counts)
    n_lang: Counter[str] = Counter()
    for gold, rec in zip(items, records, strict=True):
        found = predicted_by_model(rec, t.model) if model_only else predicted(rec, t)
        counts = score(gold, found)
        total.add(counts)
        by_lang[gold.lang or "unknown"].add(counts)
        n_lang[gold.lang or "unknown"] += 1
    return report(total, by_lang, n_lang, len(items), 1.0)


def tune(items: list[Any], records: list[Record]) -> tuple[Thresholds, dict[str, Any]]:
    """The best veto setting without adds (grid search), and the model-only threshold."""
    best: tuple[float, Thresholds, dict[str, Any]] | None = None
    for values in itertools.product(*GRID.values()):
        setting: dict[str, Any] = dict(zip(GRID, values, strict=True))
        t = Thresholds(**setting)
        result = evaluate(items, records, t)
        objective = _objective(result)
        if best is None or objective > best[0] + 1e-9:
            best = (objective, t, result)
    assert best is not None
    model_best = max(
        MODEL_GRID,
        key=lambda level: _objective(
            evaluate(items, records, Thresholds(model=level), model_only=True)
        ),
    )
    return replace(best[1], model=model_best), best[2]


def tune_adds(
    items: list[Any], records: list[Record], start: Thresholds, kinds: list[str]
) -> tuple[Thresholds, dict[str, Any]]:
    """Per-type add thresholds on top of `start` (coordinate ascent, two rounds)."""
    current = start
    result = evaluate(items, records, current)
    for _ in range(2):
        for kind in kinds:
            best_level, best_result = current.add_for(kind), result
            for level in (NO_ADD, *sorted(ADD_GRID, reverse=True)):  # ties: the higher
                trial = replace(current, add_by_type={**current.add_by_type, kind: level})
                trial_result = evaluate(items, records, trial)
                if _objective(trial_result) > _objective(best_result) + MIN_GAIN:
                    best_level, best_result = level, trial_result
            by_type = {**current.add_by_type, kind: best_level}
            current = replace(current, add_by_type={k: v for k, v in by_type.items() if v <= 1.0})
            result = best_result
    return current, result


def adds_pay_off(
    with_adds: Thresholds,
    tune_results: tuple[dict[str, Any], dict[str, Any]],
    check_results: tuple[dict[str, Any], dict[str, Any]],
) -> bool:
    """Whether the model may add: the best setting with adds must add at all and beat the best
    without adds by ADDS_MIN_GAIN on the tune half AND on the check texts ((with adds, veto
    only) results)."""
    return with_adds.adds and all(
        _objective(adds) >= _objective(veto) + ADDS_MIN_GAIN
        for adds, veto in (tune_results, check_results)
    )


def one_threshold(
    veto: Thresholds, *halves: tuple[list[Any], list[Record]]
) -> dict[str, list[tuple[float, float]]]:
    """Micro and macro F1 with one add threshold for every type on top of `veto`, per level
    (the first half is the split tuned on, the second the check texts)."""
    return {
        str(level): [
            (r["micro_f1"], r["macro_f1"])
            for r in (evaluate(i, recs, replace(veto, add=level)) for i, recs in halves)
        ]
        for level in (0.5, 0.6, 0.7, 0.8, 0.9)
    }


def _objective(result: dict[str, Any]) -> float:
    return float(result["micro_f1"] + result["macro_f1"]) / 2


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("file", type=Path)
    parser.add_argument("--split", choices=("tune", "holdout"), default="tune")
    parser.add_argument(
        "--check", type=Path, default=CHECK_FILE, help="own check texts adds must also pay off on"
    )
    parser.add_argument("--write", action="store_true", help="store the chosen thresholds")
    parser.add_argument("--model", type=Path, help="model directory (default: the shipped one)")
    args = parser.parse_args()
    items = in_split(read_gold(args.file), args.split)
    records = record(items, args.model)
    rules_only = evaluate(items, records, Thresholds(add=2.0, veto_none=2.0))
    veto_only, result_veto = tune(items, records)
    with_adds, result_adds = tune_adds(items, records, veto_only, sorted(load_taxonomy()))
    check_items = read_gold(args.check)
    check_records = record(check_items, args.model)
    check = {
        name: evaluate(check_items, check_records, t)
        for name, t in (("with_adds", with_adds), ("veto_only", veto_only))
    }
    pays_off = adds_pay_off(
        with_adds, (result_adds, result_veto), (check["with_adds"], check["veto_only"])
    )
    thresholds, result = (with_adds, result_adds) if pays_off else (veto_only, result_veto)
    model_only = evaluate(items, records, thresholds, model_only=True)
    print(json.dumps({"split": args.split, "n": len(items), "thresholds": asdict(thresholds),
                      "adds": "pay off on tune and check" if pays_off else "veto only",
                      "rules_only": _brief(rules_only), "model_only": _brief(model_only),
                      "combined": _brief(result),
                      "best_with_adds": {"thresholds": asdict(with_adds),
                                         "tune": _brief(result_adds),
                                         "check": _brief(check["with_adds"])},
                      "check_veto_only": _brief(check["veto_only"]),
                      "one_add_threshold": one_threshold(
                          veto_only, (items, records), (check_items, check_records))},
                     indent=1))  # fmt: skip
    if args.write:
        kept = {
            k: v
            for k, v in asdict(thresholds).items()
            if k in GRID or k in ("model", "add_by_type")
        }
        THRESHOLDS_FILE.write_text(json.dumps(kept, indent=2) + "\n", encoding="utf-8")


def _brief(result: dict[str, Any]) -> dict[str, Any]:
    by_language = {k: v["micro_f1"] for k, v in result["by_language"].items()}
    return {
        "micro_f1": result["micro_f1"],
        "macro_f1": result["macro_f1"],
        "by_language": by_language,
        "by_type": {k: v["f1"] for k, v in result["labels"].items()},
    }


if __name__ == "__main__":
    main()
