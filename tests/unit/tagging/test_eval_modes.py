"""`eventwatch eval --mode rules|model|combined`, `--split tune|holdout`, `--lang-detect`:
the ablation and the split by source family, with the output shape of plain `eval`."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from eventwatch.cli.main import main
from eventwatch.errors import UsageError
from eventwatch.tagging.evaluation import Gold, in_split, source_family, split_of

LINES = [
    {"id": "1", "lang": "en", "source": "outlet-a/file.txt#1", "labels": ["protest"],
     "text": "Thousands of people marched through Lisbon to protest against rising rents."},
    {"id": "2", "lang": "de", "source": "outlet-b/daten.csv#7", "labels": ["none"],
     "text": "Der Wetterdienst erwartet am Wochenende viel Sonne."},
    {"id": "3", "lang": "fr", "source": "outlet-c/depeches.txt#2", "labels": ["terror_attack"],
     "text": "Un kamikaze s'est fait exploser dans un marché de Kaboul, tuant neuf personnes."},
]  # fmt: skip
SHAPE = {"n", "labels", "micro_f1", "macro_f1", "by_language", "docs_per_second"}


def _eval(tmp_path: Path, capsys, *args: str) -> tuple[int, str, str]:  # type: ignore[no-untyped-def]
    path = tmp_path / "gold.jsonl"
    if not path.exists():
        path.write_text("".join(json.dumps(x) + "\n" for x in LINES), encoding="utf-8")
    try:
        code = main(["eval", str(path), "--format", "json", "--no-progress", *args])
    except SystemExit as exc:  # argparse refuses bad usage
        code = int(exc.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize("mode", ["rules", "model", "combined"])
def test_each_mode_keeps_the_output_shape(tmp_path: Path, capsys, mode: str) -> None:  # type: ignore[no-untyped-def]
    code, out, err = _eval(tmp_path, capsys, "--mode", mode)
    assert code == 0, err
    result = json.loads(out)
    assert set(result) == SHAPE
    assert result["n"] == 3
    assert set(result["by_language"]) == {"en", "de", "fr"}


def test_split_halves_partition_the_lines_by_family(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    counts = []
    for split in ("tune", "holdout"):
        code, out, err = _eval(tmp_path, capsys, "--split", split, "--mode", "rules")
        assert code == 0, err
        counts.append(json.loads(out)["n"])
    assert sum(counts) == 3


def test_split_is_a_function_of_the_source_family() -> None:
    assert source_family("repo/data/file.tsv#row-9") == "repo/data/file.tsv"
    # Translations of the same documents are one family.
    assert source_family("x/newstest2019-ref.deu.txt#3") == source_family(
        "x/newstest2019-src.eng.txt#3"
    )
    assert split_of("repo/data/file.tsv#1") == split_of("repo/data/file.tsv#2")
    families = [f"source-{n}/lines.jsonl" for n in range(40)]
    sides = {split_of(f) for f in families}
    assert sides == {"tune", "holdout"}


def test_split_needs_sources() -> None:
    gold = Gold(id="7", lang="en", text="x", labels=[], any_of=[], optional=[])
    with pytest.raises(UsageError, match="split: line 7 has no 'source'"):
        in_split([gold], "tune")


def test_bad_mode_is_exit_2_with_one_line(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    code, _out, err = _eval(tmp_path, capsys, "--mode", "both")
    assert code == 2
    assert len(err.strip().splitlines()) == 1
    assert "--mode" in err


def test_lang_detect_reports_accuracy_per_language(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    code, out, err = _eval(tmp_path, capsys, "--lang-detect")
    assert code == 0, err
    result = json.loads(out)
    assert result["n"] == 3
    assert result["accuracy"] == 1.0
    assert set(result["by_language"]) == {"en", "de", "fr"}
