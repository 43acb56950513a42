"""The `eventwatch` command line: one module per command group in eventwatch.cli.commands.

Each command module exposes `register(subparsers)`; the handlers it registers take the
parsed arguments and return an exit code. Errors derived from EventwatchError become one
line on stderr and their exit code, never a traceback.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from typing import NoReturn

from pydantic import ValidationError

from eventwatch.errors import EventwatchError

COMMAND_MODULES = (
    "stack",
    "setup",
    "worker",
    "up",
    "dashboard",
    "ingest",
    "tag",
    "eval",
    "train",
    "search",
    "rules",
    "alerts",
    "feeds",
    "bench",
)


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:  # argparse exits 2 with usage; keep it one line
        self.exit(2, f"eventwatch: {message}\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="eventwatch", description="Streaming event monitoring for news.")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    sub.required = True
    for name in COMMAND_MODULES:
        module = importlib.import_module(f"eventwatch.cli.commands.{name}")
        module.register(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return int(args.handler(args) or 0)
    except EventwatchError as exc:
        print(f"eventwatch: {exc}", file=sys.stderr)
        return exc.exit_code
    except ValidationError as exc:
        if exc.title != "Settings":
            raise
        print(f"eventwatch: {settings_problem(exc)}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("eventwatch: interrupted", file=sys.stderr)
        return 130


def settings_problem(exc: ValidationError) -> str:
    """The first refused EVENTWATCH_* variable and why, without its value (it may be secret)."""
    error = exc.errors()[0]
    name = "EVENTWATCH_" + "_".join(str(part) for part in error["loc"]).upper()
    return f"{name}: {error['msg']}"


if __name__ == "__main__":
    sys.exit(main())
