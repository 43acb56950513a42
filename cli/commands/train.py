"""`eventwatch train`: rebuild the tagger's trained classifier from the project's own data."""

from __future__ import annotations

import argparse
from pathlib import Path

from eventwatch.cli.output import add_format_option, print_json, print_table
from eventwatch.errors import UsageError


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "train",
        help="rebuild the tagger's trained model from the project's own data",
        description="Compose the training lines from the inventories and the written sets "
        "(tagging/training/inventory and written -> tagging/data/train), build spaCy DocBins "
        "and train the event-type classifier with tagging/training/config.cfg. "
        "Same seed, same model bytes. --limit-per-language and --epochs train a quick, "
        "smaller model (to --output only) to try a change with.",
    )
    parser.add_argument("--seed", type=int, default=12, help="random seed (default 12)")
    parser.add_argument(
        "--output",
        type=Path,
        help="model directory (default: the one the tagger loads, in the package)",
    )
    parser.add_argument(
        "--limit-per-language",
        type=int,
        metavar="N",
        help="train on at most N lines per language, drawn with the seed (default: all)",
    )
    parser.add_argument(
        "--epochs",
        type=int,
        metavar="N",
        help="passes over the training lines (default: the config's, 60)",
    )
    parser.add_argument("--verbose", action="store_true", help="spaCy's training log on stderr")
    add_format_option(parser)
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from eventwatch.tagging.classifier import MODEL_DIR
    from eventwatch.tagging.training.train import train

    if args.seed < 0:
        raise UsageError(f"--seed: must be 0 or more, got {args.seed}")
    output = args.output or MODEL_DIR
    for option, value in (("--limit-per-language", args.limit_per_language),
                          ("--epochs", args.epochs)):  # fmt: skip
        if value is not None and value < 1:
            raise UsageError(f"{option}: must be 1 or more, got {value}")
        if value is not None and output.resolve() == MODEL_DIR.resolve():
            raise UsageError(f"{option}: needs an --output of its own (the shipped model uses all)")
    if output.exists() and not output.is_dir():
        raise UsageError(f"--output: {output} is a file, not a directory")
    result = train(
        args.seed,
        output,
        quiet=not args.verbose,
        limit_per_language=args.limit_per_language,
        epochs=args.epochs,
    ).to_dict()
    if args.format == "json":
        print_json(result)
    else:
        print_table([(k, v) for k, v in result.items()], ("measure", "value"))
    return 0
