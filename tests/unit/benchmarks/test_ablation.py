"""`python -m eventwatch.benchmarks.ablation FILE`: the rules / model / combined table of issue 12,
per language and per type, for a labelled file and the halves of its split by source family."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from eventwatch.benchmarks.ablation import main
from eventwatch.benchmarks.tune_classifier import NO_ADD, adds_pay_off
from eventwatch.tagging.combine import Thresholds

LINES = [
    {"id": "1", "lang": "en", "source": "outlet-a/wire.txt#1", "labels": ["protest"],
     "text": "Thousands of people marched through Lisbon to protest against rising rents."},
    {"id": "2", "lang": "de", "source": "outlet-b/meldungen.csv#4", "labels": ["none"],
     "text": "Der Wetterdienst erwartet am Wochenende viel Sonne und milde Temperaturen."},
    {"id": "3", "lang": "es", "source": "outlet-c/teletipos.txt#9", "labels": ["terror_attack"],
     "text": "Un coche bomba estalló frente a una comisaría de Bilbao y mató a dos agentes."},
]  # fmt: skip


@pytest.fixture
def gold(tmp_path: Path) -> Path:
    path = tmp_path / "gold.jsonl"
    path.write_text("".join(json.dumps(x, ensure_ascii=False) + "\n" for x in LINES), "utf-8")
    return path


def test_prints_a_markdown_table_per_language_and_type(gold: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    assert main([str(gold), "--modes", "rules,combined", "--whole"]) == 0
    out = capsys.readouterr().out
    rows = {line.split("|")[1].strip(): line for line in out.splitlines() if line.startswith("|")}
    assert rows[""].count("gold rules") == 1 and "gold combined" in rows[""]
    assert "model" not in rows[""]  # only the modes asked for
    assert {"n", "micro", "macro", "de", "en", "es"} <= set(rows)
    assert any(name.startswith("protest (1)") for name in rows)
    assert rows["n"].count("3") == 2


def test_halves_of_the_split_get_their_own_columns(gold: Path, capsys, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    figures = tmp_path / "figures.json"
    assert main([str(gold), "--modes", "rules", "--json", str(figures)]) == 0
    header = capsys.readouterr().out.splitlines()[0]
    assert "tune rules" in header and "holdout rules" in header
    saved = json.loads(figures.read_text(encoding="utf-8"))
    assert saved["tune/rules"]["n"] + saved["holdout/rules"]["n"] == saved["all/rules"]["n"] == 3


def test_scores_report_the_model_alone(gold: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    assert main([str(gold), "--modes", "rules", "--whole", "--scores"]) == 0
    out = capsys.readouterr().out
    assert "| label F1 |" in out and "| false positives |" in out
    assert "recall at 0.5: en " in out and "es " in out


def test_unknown_mode_is_exit_2_with_one_line(gold: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    assert main([str(gold), "--modes", "rules,magic"]) == 2
    err = capsys.readouterr().err
    assert err.strip().startswith("ablation: --modes:") and len(err.strip().splitlines()) == 1


def test_missing_file_is_exit_2(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    assert main([str(tmp_path / "nothing.jsonl")]) == 2
    assert "no such file" in capsys.readouterr().err


def _result(micro: float, macro: float) -> dict[str, float]:
    return {"micro_f1": micro, "macro_f1": macro}


def test_adds_only_when_they_pay_off_on_tune_and_on_check() -> None:
    adds = Thresholds(add=0.8)
    better, worse = _result(0.90, 0.85), _result(0.88, 0.84)
    assert adds_pay_off(adds, (better, worse), (better, worse))
    assert not adds_pay_off(adds, (better, worse), (worse, better))  # check says no
    assert not adds_pay_off(adds, (worse, better), (better, worse))  # tune says no
    assert not adds_pay_off(adds, (better, better), (better, worse))  # a tie is no gain
    assert not adds_pay_off(Thresholds(add=NO_ADD), (better, worse), (better, worse))
    # one more correct label on the tune half does not pay for scoring every sentence
    barely = _result(0.8815, 0.8405)
    assert not adds_pay_off(adds, (barely, worse), (better, worse))
    per_type = Thresholds(add=NO_ADD, add_by_type={"threat": 0.9})
    assert adds_pay_off(per_type, (better, worse), (better, worse))


def test_per_type_adds_open_only_the_types_that_gain_on_the_tune_half() -> None:
    from types import SimpleNamespace

    from eventwatch.benchmarks.tune_classifier import Record, one_threshold, tune_adds
    from eventwatch.tagging.combine import SentenceVotes
    from eventwatch.tagging.evaluation import Gold

    def item(n: int, labels: list[str]) -> Gold:
        return Gold(id=str(n), lang="en", text="...", labels=labels, any_of=[], optional=[])

    def addable(kind: str, probability: float, modality: str = "asserted"):  # type: ignore[no-untyped-def]
        return (kind, probability, SimpleNamespace(modality=modality))

    items = [item(1, ["threat"]), item(2, ["threat"]), item(3, []), item(4, ["protest"])]
    records = [
        Record([], SentenceVotes([], []), [addable("threat", 0.92)]),
        Record([], SentenceVotes([], []), [addable("threat", 0.88)]),
        Record([], SentenceVotes([], []), [addable("threat", 0.65), addable("protest", 0.99)]),
        # a negated add never counts, whatever its score
        Record([], SentenceVotes([], []), [addable("protest", 0.99, "negated")]),
    ]
    start = Thresholds(add=NO_ADD)
    chosen, result = tune_adds(items, records, start, ["protest", "threat"])
    assert dict(chosen.add_by_type) == {"threat": 0.85}  # both threats in (the highest such level)
    assert chosen.add_for("protest") == NO_ADD  # its only asserted add is a false positive
    assert result["labels"]["threat"]["f1"] == 1.0
    # the report of one add threshold for every type: the protest false positive is in at
    # every level, the 0.65 threat up to 0.6 and the 0.88 one up to 0.8
    levels = one_threshold(start, (items, records))
    assert list(levels) == ["0.5", "0.6", "0.7", "0.8", "0.9"]
    micro = {level: figures[0][0] for level, figures in levels.items()}
    assert micro["0.5"] == micro["0.6"] < micro["0.7"] == micro["0.8"] > micro["0.9"]
