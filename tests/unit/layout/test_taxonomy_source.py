"""Adding an event type is its entry in eventwatch/data/taxonomy.json plus lexicon lines: no other
place in the code lists the types, and everything that shows or checks them reads the file."""

from __future__ import annotations

import ast
import json
import re
from pathlib import Path

from eventwatch.alerts.rules import rule_json_schema
from eventwatch.models import EVENT_TYPES
from eventwatch.tagging.salience import FAMILY
from eventwatch.taxonomy import TAXONOMY_FILE, colors, load_taxonomy

ROOT = Path(__file__).resolve().parents[3]
TYPES = tuple(json.loads(TAXONOMY_FILE.read_text("utf-8"))["types"])
SOURCE_FOLDERS = [p for p in ROOT.iterdir() if (p / "__init__.py").exists() and p.name != "tests"]


def listed_types_in_python(path: Path) -> list[str]:
    """Collection literals (list, tuple, set, dict keys) naming two or more event types."""
    found = []
    for node in ast.walk(ast.parse(path.read_text("utf-8"))):
        items = node.keys if isinstance(node, ast.Dict) else getattr(node, "elts", None)
        if not isinstance(node, ast.List | ast.Tuple | ast.Set | ast.Dict) or items is None:
            continue
        named = [i.value for i in items if isinstance(i, ast.Constant) and i.value in TYPES]
        if len(named) >= 2:
            found.append(f"{path.relative_to(ROOT)}:{node.lineno} {named}")
    return found


def listed_types_in_web(path: Path) -> list[str]:
    """Lines of scripts and templates naming two or more event types."""
    pattern = re.compile(r"\b(" + "|".join(TYPES) + r")\b")
    found = []
    for number, line in enumerate(path.read_text("utf-8").splitlines(), 1):
        if len(set(pattern.findall(line))) >= 2:
            found.append(f"{path.relative_to(ROOT)}:{number}")
    return found


def test_no_code_lists_the_types_itself() -> None:
    found = []
    for folder in SOURCE_FOLDERS:
        for path in folder.rglob("*"):
            if "node_modules" in path.parts or not path.is_file():
                continue
            if path.suffix == ".py":
                found += listed_types_in_python(path)
            elif path.suffix in (".js", ".html", ".css"):
                found += listed_types_in_web(path)
    assert found == []


def test_the_scan_finds_a_hand_written_list(tmp_path: Path) -> None:
    module = ROOT / "eventwatch" / "_scan_probe.py"
    module.write_text(f"FAMILIES = {{'violence': ({TYPES[0]!r}, {TYPES[1]!r})}}\n")
    try:
        assert len(listed_types_in_python(module)) == 1
    finally:
        module.unlink()


def test_types_enum_and_families_come_from_the_file() -> None:
    assert EVENT_TYPES == TYPES
    assert {name: info.family for name, info in load_taxonomy().items()} == FAMILY
    schema = json.dumps(rule_json_schema())
    enums = [e for e in re.findall(r'"enum": \[([^\]]*)\]', schema) if TYPES[0] in e]
    assert enums and all(json.loads(f"[{e}]") == list(TYPES) for e in enums)


def test_dashboard_colours_are_the_taxonomy_colours() -> None:
    raw = json.loads(TAXONOMY_FILE.read_text("utf-8"))["types"]
    assert colors() == {name: spec["color"] for name, spec in raw.items()}
    app_js = (ROOT / "dashboard" / "static" / "app.js").read_text("utf-8")
    assert "taxonomy-colors" in app_js and "#c0392b" not in app_js
