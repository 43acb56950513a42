"""`eventwatch rules validate|schema` as users run them: exit codes and one-line errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from eventwatch.cli import main

GOOD = """\
id: fr-alert
kind: any
match: {types: [terror_alert], countries: [fr]}
throttle: 1h
actions: [{type: log}]
---
id: attacks
kind: threshold
match: {types: [terror_attack]}
window: 10m
threshold: 3
group_by: [location.country]
actions: [{type: log}]
"""


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (
            "id: a\nkind: sometimes\nactions: [{type: log}]\n",
            "kind: 'sometimes' is not one of any, threshold",
        ),
        (
            "id: a\nkind: threshold\nwindow: 10 parsecs\nthreshold: 3\nactions: [{type: log}]\n",
            "window: '10 parsecs' is not a duration like 10m, 1h, 7d",
        ),
        ("id: a\nkind: any\nactions: []\n", "actions: at least one action"),
        ("id: a\nkind: any\ncolour: red\nactions: [{type: log}]\n", "colour: unknown field"),
    ],
)
def test_validate_refuses_with_exit_2_naming_the_field(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], text: str, words: str
) -> None:
    path = tmp_path / "rules.yaml"
    path.write_text(text)
    assert main(["rules", "validate", str(path)]) == 2
    err = capsys.readouterr().err
    assert words in err
    assert "rule 'a'" in err
    assert len(err.strip().splitlines()) == 1


def test_validate_accepts_a_directory_of_rules(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "a.yaml").write_text(GOOD)
    assert main(["rules", "validate", str(tmp_path), "--format", "json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert [r["id"] for r in out["valid"]] == ["fr-alert", "attacks"]
    assert out["valid"][0]["match"]["countries"] == ["FR"]


def test_missing_file_is_a_usage_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["rules", "validate", str(tmp_path / "nope.yaml")]) == 2
    assert "no such file" in capsys.readouterr().err


def test_schema_is_generated_from_the_model(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["rules", "schema"]) == 0
    schema = json.loads(capsys.readouterr().out)
    text = json.dumps(schema)
    for kind in ("any", "threshold", "spike", "new_term"):
        assert f'"const": "{kind}"' in text or f'"enum": ["{kind}"]' in text
    assert "additionalProperties" in text
