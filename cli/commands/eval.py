"""`eventwatch eval FILE.jsonl`: tagger quality on labeled JSONL (SPEC section 7)."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from eventwatch.cli.output import add_format_option, print_json, print_table


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "eval",
        help="score the tagger on labeled JSONL",
        description="Precision, recall and F1 per label, micro and macro F1 and per-language "
        "micro F1 of the tagger on labeled JSONL lines "
        '{"id", "lang", "text", "labels", "any_of", "optional"}.',
    )
    parser.add_argument("file", type=Path, metavar="FILE.jsonl")
    parser.add_argument(
        "--errors", type=Path, metavar="PATH", help="write false positives/negatives as JSONL"
    )
    parser.add_argument("--no-progress", action="store_true", help="no progress on stderr")
    parser.add_argument(
        "--mode",
        choices=("rules", "model", "combined"),
        default="combined",
        help="tag with the rules, the trained classifier, or both (default; the ablation)",
    )
    parser.add_argument(
        "--split",
        choices=("tune", "holdout"),
        help="only the lines of one half of the split by source family (lines need 'source')",
    )
    parser.add_argument(
        "--lang-detect",
        action="store_true",
        help="instead of tagging: accuracy of language detection per language, 'lang' hidden",
    )
    add_format_option(parser)
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from eventwatch.tagging import Tagger
    from eventwatch.tagging.evaluation import evaluate, in_split, predicted_labels, read_gold

    items = in_split(read_gold(args.file), args.split)
    if args.lang_detect:
        return _lang_detect(items, args.format)
    tagger = Tagger(mode=args.mode)

    def predict(articles):
        return [predicted_labels(events) for events in tagger.tag_batch(articles)]

    error_file = args.errors.open("w", encoding="utf-8") if args.errors else None

    def record(gold, predicted):
        expected = set(gold.labels) | {x for s in gold.any_of for x in s}
        allowed = expected | set(gold.optional)
        missing = set(gold.labels) - predicted
        missing |= {"|".join(s) for s in gold.any_of if not set(s) & predicted}
        extra = predicted - allowed
        if error_file is not None and (missing or extra):
            line = {"id": gold.id, "lang": gold.lang, "fn": sorted(missing), "fp": sorted(extra),
                    "text": gold.text}  # fmt: skip
            error_file.write(json.dumps(line, ensure_ascii=False) + "\n")

    progress = not args.no_progress and len(items) >= 200
    try:
        result = evaluate(items, predict, progress=progress, errors=record)
    finally:
        if error_file is not None:
            error_file.close()
    if args.format == "json":
        print_json(result)
        return 0
    rows = [
        (label, v["precision"], v["recall"], v["f1"], v["support"])
        for label, v in result["labels"].items()
    ]
    print_table(rows, ("label", "precision", "recall", "f1", "support"))
    print()
    print_table(
        [(lang, v["micro_f1"], v["n"]) for lang, v in result["by_language"].items()],
        ("language", "micro_f1", "n"),
    )
    print(
        f"\nn={result['n']} micro_f1={result['micro_f1']} macro_f1={result['macro_f1']} "
        f"docs_per_second={result['docs_per_second']}"
    )
    return 0


def _lang_detect(items, output_format: str) -> int:  # type: ignore[no-untyped-def]
    from eventwatch.tagging.language import detection_accuracy

    result = detection_accuracy([(g.text, g.lang) for g in items if g.lang])
    if output_format == "json":
        print_json(result)
        return 0
    by_language: dict[str, dict[str, object]] = result["by_language"]  # type: ignore[assignment]
    rows = [(lang, v["accuracy"], v["n"], v["confused_with"]) for lang, v in by_language.items()]
    print_table(rows, ("language", "accuracy", "n", "confused_with"))
    print(f"\nn={result['n']} accuracy={result['accuracy']} detector={result['detector']}")
    return 0
