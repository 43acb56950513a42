"""The house has floors: the core at the bottom, the stages above it, the wiring, the web app
and the command line on top. An import never points from a lower floor to a higher one, and a
stage never imports another stage: each can be called without Kafka, with only the core.

Read from the source (every import statement, also inside functions and TYPE_CHECKING blocks),
so the rule holds for code paths no test happens to run.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]
CORE = "eventwatch"
STAGES = ("ingest", "tagging", "incidents", "indexers", "alerts")
FLOOR = {CORE: 0, **dict.fromkeys(STAGES, 1), "streams": 2, "dashboard": 2, "stack": 2}
FLOOR.update(benchmarks=3, cli=4)


def packages() -> list[str]:
    """Every top-level folder that setup.py installs as eventwatch.<folder>."""
    found = [p.name for p in ROOT.iterdir() if (p / "__init__.py").exists() and p.name != "tests"]
    return sorted(found)


def package_of(module: str) -> str | None:
    parts = module.split(".")
    if parts[0] != "eventwatch":
        return None
    if len(parts) > 1 and parts[1] in FLOOR and parts[1] != CORE:
        return parts[1]
    return CORE


def imports(folder: str, root: Path = ROOT) -> list[tuple[str, int, str]]:
    """(file, line, imported module) for every import of eventwatch code in a package."""
    found = []
    for path in sorted((root / folder).rglob("*.py")):
        if "node_modules" in path.parts:
            continue
        tree = ast.parse(path.read_text("utf-8"), str(path))
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                names = [node.module] + [f"{node.module}.{a.name}" for a in node.names]
            else:
                continue
            for name in names:
                if name.startswith("eventwatch"):
                    found.append((str(path.relative_to(root)), node.lineno, name))
    return found


def test_every_package_has_a_floor() -> None:
    assert set(packages()) <= set(FLOOR), "a new top-level package needs a floor in this test"


def violations(folder: str, root: Path = ROOT) -> list[str]:
    wrong = []
    for path, line, module in imports(folder, root):
        target = package_of(module)
        if target is None or target == folder:
            continue
        upward = FLOOR[target] > FLOOR[folder]
        sideways = folder in STAGES and target in STAGES
        if upward or sideways:
            wrong.append(f"{path}:{line} imports {module} ({folder} -> {target})")
    return wrong


@pytest.mark.parametrize("folder", packages())
def test_no_import_points_up_or_sideways(folder: str) -> None:
    assert violations(folder) == []


def test_the_core_imports_nothing_above_it() -> None:
    above = [i for i in imports(CORE) if package_of(i[2]) != CORE]
    assert above == []


def test_the_check_reports_upward_and_sideways_imports(tmp_path: Path) -> None:
    (tmp_path / "alerts").mkdir()
    (tmp_path / "alerts" / "store.py").write_text(
        "from eventwatch.models import Event\n"
        "def f():\n"
        "    from eventwatch.indexers import search\n"
        "    import eventwatch.streams.retry\n"
    )
    assert violations("alerts", tmp_path) == [
        "alerts/store.py:3 imports eventwatch.indexers (alerts -> indexers)",
        "alerts/store.py:3 imports eventwatch.indexers.search (alerts -> indexers)",
        "alerts/store.py:4 imports eventwatch.streams.retry (alerts -> streams)",
    ]
