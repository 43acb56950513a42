"""`eventwatch ARGS` as users run it: a subprocess with the test's EVENTWATCH_* environment."""

from __future__ import annotations

import os
import subprocess
import sys


def run_cli(
    *args: str,
    env: dict[str, str] | None = None,
    stdin: bytes | None = None,
    check: bool = False,
    timeout: float = 180,
) -> subprocess.CompletedProcess[bytes]:
    """`env` None: this process's environment (test_settings exports the test's prefixes).
    `check`: a non-zero exit fails the test with the command's stderr."""
    result = subprocess.run(
        [sys.executable, "-m", "eventwatch.cli", *args],
        env=dict(os.environ) if env is None else env,
        input=stdin,
        capture_output=True,
        timeout=timeout,
    )
    if check and result.returncode != 0:
        raise AssertionError(
            f"eventwatch {' '.join(args)} exited {result.returncode}: "
            f"{result.stderr.decode(errors='replace')}"
        )
    return result
