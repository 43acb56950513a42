"""The `eventwatch` command line (top floor: may import every package)."""

from eventwatch.cli.main import main

__all__ = ["main"]
