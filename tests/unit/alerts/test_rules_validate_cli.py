"""`eventwatch rules validate|schema` as users run them: exit codes and one-line errors."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

GOOD = """id: fr
kind: any
match: {types: [terror_alert], countries: [FR]}
actions: [{type: log}]
---
id: three
kind: threshold
window: 10m
threshold: 3
group_by: [location.country]
actions: [{type: webhook, url: "https://hooks.example.org/x"}]
"""


def cli(*args: str) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "eventwatch.cli", *args]
    return subprocess.run(command, capture_output=True, text=True, timeout=60)


def test_validate_lists_the_valid_rules(tmp_path: Path) -> None:
    (tmp_path / "rules.yaml").write_text(GOOD)
    result = cli("rules", "validate", str(tmp_path), "--format", "json")
    assert result.returncode == 0, result.stderr
    assert [r["id"] for r in json.loads(result.stdout)["valid"]] == ["fr", "three"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("id: a\nkind: sometimes\nactions: [{type: log}]\n", "rule 'a': kind: 'sometimes'"),
        (
            "id: a\nkind: threshold\nwindow: 10 parsecs\nthreshold: 3\nactions: [{type: log}]\n",
            "rule 'a': window: '10 parsecs' is not a duration like 10m, 1h, 7d",
        ),
        ("id: a\nactions: []\n", "rule 'a': actions: "),
        ("id: a\nactions: [{type: log}]\ncolor: red\n", "rule 'a': color: unknown field"),
    ],
)
def test_invalid_rules_exit_2_with_one_line_naming_the_field(
    tmp_path: Path, text: str, expected: str
) -> None:
    path = tmp_path / "bad.yaml"
    path.write_text(text)
    result = cli("rules", "validate", str(path))
    assert result.returncode == 2
    assert expected in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert "Traceback" not in result.stderr


def test_missing_file_and_schema() -> None:
    missing = cli("rules", "validate", "/nonexistent/rules.yaml")
    assert missing.returncode == 2 and "no such file" in missing.stderr
    schema = json.loads(cli("rules", "schema").stdout)
    assert set(schema["discriminator"]["mapping"]) == {"any", "threshold", "spike", "new_term"}
