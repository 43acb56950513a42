"""Helpers for the bad-input tests: the CLI as a subprocess, the DLQ, the real worker."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from support.cli import run_cli as cli  # noqa: F401  (re-exported for the tests)
from support.kafka_io import dead_letters  # noqa: F401
from support.waiting import wait_for  # noqa: F401
from support.workers import running_worker  # noqa: F401


def original_bytes(record: dict[str, Any]) -> bytes:
    from eventwatch.ingest.dlq import decode_original

    return decode_original(record)


def tail(path: Path, lines: int = 30) -> str:
    return "\n".join(path.read_text(errors="replace").splitlines()[-lines:])
