"""Reading YAML documents as code (rules, feeds) from a file or a directory of .yaml files."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from eventwatch.errors import UsageError


def read_documents(path: Path, parse: Callable[..., list[Any]], what: str) -> list[Any]:
    """Every document `parse(text, source=file)` finds; errors name the file. `what`: 'rules'."""
    if path.is_dir():
        files = sorted(p for p in path.iterdir() if p.suffix in (".yaml", ".yml"))
        if not files:
            raise UsageError(f"{path}: no .yaml or .yml files")
    elif path.is_file():
        files = [path]
    else:
        raise UsageError(f"{path}: no such file or directory")
    found: list[Any] = []
    for file in files:
        try:
            text = file.read_text(encoding="utf-8")
        except UnicodeDecodeError as exc:
            raise UsageError(f"{file}: not valid UTF-8 at byte {exc.start}") from exc
        try:
            found += parse(text, source=str(file))
        except UsageError as exc:
            raise UsageError(f"{file}: {exc}") from None
    if not found:
        raise UsageError(f"{path}: contains no {what}")
    return found
