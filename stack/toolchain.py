"""Finding the Java and Maven tools the local stack needs, with clear errors when missing."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

from eventwatch.errors import EventwatchError

MIN_JAVA = 17


class ToolMissing(EventwatchError):
    """Java or Maven is not installed (or too old)."""


@dataclass(frozen=True)
class Toolchain:
    java: Path
    javac: Path | None
    mvn: Path | None

    def require_javac(self) -> Path:
        if self.javac is None:
            raise ToolMissing(
                f"javac not found next to {self.java}: install a JDK "
                f"(e.g. openjdk-{MIN_JAVA}-jdk-headless) or set EVENTWATCH_JAVA_HOME"
            )
        return self.javac

    def require_mvn(self) -> Path:
        if self.mvn is None:
            raise ToolMissing(
                "Maven (mvn) not found: install it (e.g. apt-get install maven); "
                "it resolves the Kafka and Elasticsearch jars once"
            )
        return self.mvn


def java_major(version_output: str) -> int | None:
    """The major version from `java -version` output ('17.0.15' -> 17, '1.8.0' -> 8)."""
    match = re.search(r'version "(\d+)(?:\.(\d+))?', version_output)
    if not match:
        return None
    major = int(match.group(1))
    return int(match.group(2) or 0) if major == 1 else major


def find_toolchain(java_home: str | None = None) -> Toolchain:
    home = java_home or os.environ.get("JAVA_HOME")
    if home:
        java = Path(home) / "bin" / "java"
        if not java.is_file():
            raise ToolMissing(f"no java at {java} (check EVENTWATCH_JAVA_HOME / JAVA_HOME)")
    else:
        found = shutil.which("java")
        if found is None:
            raise ToolMissing(
                f"Java {MIN_JAVA}+ not found: install openjdk-{MIN_JAVA}-jdk-headless "
                "or set EVENTWATCH_JAVA_HOME"
            )
        java = Path(found).resolve()
    _check_java_version(java)
    javac = java.parent / "javac"
    mvn = shutil.which("mvn")
    return Toolchain(
        java=java, javac=javac if javac.is_file() else None, mvn=Path(mvn) if mvn else None
    )


def _check_java_version(java: Path) -> None:
    try:
        done = subprocess.run(
            [str(java), "-version"], capture_output=True, text=True, timeout=30, check=False
        )
    except OSError as exc:
        raise ToolMissing(f"cannot run {java}: {exc}") from None
    major = java_major(done.stderr + done.stdout)
    if major is None or major < MIN_JAVA:
        raise ToolMissing(f"{java} is Java {major or '?'}; the local stack needs Java {MIN_JAVA}+")
