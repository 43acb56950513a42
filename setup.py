"""Where the wheel's packages come from: every folder at the top of the repository that is a
Python package installs under the one namespace `eventwatch` (streams/ -> eventwatch.streams),
with every file in it that is not Python as package data. Nothing is listed by hand, so a new
folder or data file cannot be left out; tests/unit/test_packaging.py builds the wheel and checks.

pyproject.toml holds the metadata; this file only computes the layout.
"""

from __future__ import annotations

from pathlib import Path

from setuptools import find_packages, setup

ROOT = Path(__file__).resolve().parent
NAMESPACE = "eventwatch"
NOT_SHIPPED = {"tests", "build", "dist"}
SKIPPED_PARTS = {"__pycache__", ".pytest_cache", ".mypy_cache", ".ruff_cache"}
# npm packages the dashboard serves itself (installed by scripts/bootstrap); of each, the files
# it needs, so the wheel carries no source maps or the other 10 MB of the packages.
VENDORED = (
    "frontend/node_modules/swagger-ui-dist/swagger-ui-bundle.js",
    "frontend/node_modules/swagger-ui-dist/swagger-ui.css",
    "frontend/node_modules/world-atlas/countries-110m.json",
)


def top_folders() -> list[str]:
    return sorted(
        p.name
        for p in ROOT.iterdir()
        if p.is_dir() and (p / "__init__.py").exists() and p.name not in NOT_SHIPPED
    )


def data_files(package_dir: Path) -> list[str]:
    """Files of a package (not of its sub-packages) that are not Python source."""
    found = []
    for path in sorted(package_dir.rglob("*")):
        relative = path.relative_to(package_dir)
        if (
            not path.is_file()
            or SKIPPED_PARTS & set(relative.parts)
            or path.suffix in (".py", ".pyc")
        ):
            continue
        if "node_modules" in relative.parts and relative.as_posix() not in VENDORED:
            continue
        if any(
            (package_dir / parent / "__init__.py").exists()
            for parent in relative.parents
            if parent != Path(".")
        ):
            continue
        found.append(relative.as_posix())
    return found


def layout() -> tuple[list[str], dict[str, str], dict[str, list[str]]]:
    packages: list[str] = []
    package_dir: dict[str, str] = {}
    package_data: dict[str, list[str]] = {}
    for folder in top_folders():
        name = NAMESPACE if folder == NAMESPACE else f"{NAMESPACE}.{folder}"
        package_dir[name] = folder
        for sub in ["", *find_packages(folder)]:
            package = f"{name}.{sub}" if sub else name
            source = ROOT / folder / sub.replace(".", "/")
            packages.append(package)
            files = data_files(source)
            if files:
                package_data[package] = files
    return packages, package_dir, package_data


PACKAGES, PACKAGE_DIR, PACKAGE_DATA = layout()

setup(packages=PACKAGES, package_dir=PACKAGE_DIR, package_data=PACKAGE_DATA)
