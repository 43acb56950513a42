"""`python -m stack up|down|status|fetch`: the same as `eventwatch stack ...`.

Bootstrap scripts use it because it needs nothing beyond the stack package itself.
"""

from __future__ import annotations

import argparse
import sys

from eventwatch.commands import stack as command
from eventwatch.errors import EventwatchError


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m stack")
    command.register(parser.add_subparsers(dest="command", required=True))
    args = parser.parse_args(["stack", *(sys.argv[1:] if argv is None else argv)])
    try:
        return int(args.handler(args) or 0)
    except EventwatchError as exc:
        print(f"eventwatch: {exc}", file=sys.stderr)
        return exc.exit_code


if __name__ == "__main__":
    sys.exit(main())
