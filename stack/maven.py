"""Resolving the servers' jars from Maven Central once into a cache directory.

Each component has a tiny pom in stack/maven/. Its jars land in
<cache>/<component>-<pom hash>/lib; a marker file makes later runs skip Maven entirely.
Kafka and Elasticsearch get separate lib dirs because their Jackson/Netty versions clash.
"""

from __future__ import annotations

import hashlib
import shutil
import subprocess
from importlib import resources
from pathlib import Path

from eventwatch.errors import EventwatchError

COMPONENTS = ("kafka", "elasticsearch")
MARKER = ".complete"


class ResolutionFailed(EventwatchError):
    """Maven could not fetch the jars."""


def pom_text(component: str) -> str:
    return (
        resources.files("eventwatch.stack").joinpath("maven", f"{component}.xml").read_text("utf-8")
    )


def lib_dir(cache: Path, component: str) -> Path:
    digest = hashlib.sha256(pom_text(component).encode()).hexdigest()[:12]
    return cache / f"{component}-{digest}" / "lib"


def is_resolved(cache: Path, component: str) -> bool:
    return (lib_dir(cache, component) / MARKER).is_file()


def resolve(cache: Path, component: str, mvn: Path | None) -> Path:
    """The lib dir of `component`, running Maven only when it is not cached yet."""
    target = lib_dir(cache, component)
    if (target / MARKER).is_file():
        return target
    if mvn is None:
        raise ResolutionFailed(
            f"the {component} jars are not cached in {cache} and Maven (mvn) is not "
            "installed: install maven, or run scripts/bootstrap"
        )
    work = target.parent / "work"
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    pom = work / "pom.xml"
    pom.write_text(pom_text(component), "utf-8")
    staging = work / "lib"
    command = [
        str(mvn), "-q", "-B", "-f", str(pom), "dependency:copy-dependencies",
        f"-DoutputDirectory={staging}", "-DincludeScope=runtime",
    ]  # fmt: skip
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    if done.returncode != 0 or not any(staging.glob("*.jar")):
        tail = " | ".join((done.stdout + done.stderr).strip().splitlines()[-5:])
        raise ResolutionFailed(f"Maven could not resolve the {component} jars: {tail}")
    (staging / MARKER).write_text(pom_text(component), "utf-8")
    shutil.rmtree(target, ignore_errors=True)
    staging.rename(target)
    shutil.rmtree(work, ignore_errors=True)
    return target
