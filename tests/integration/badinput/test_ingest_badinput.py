"""Malformed articles through `eventwatch ingest`: each refused with its reason on stderr,
in the JSON summary and in the DLQ; blank lines skipped; good lines still sent."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from badinput_support import cli, dead_letters
from data.badinput_corpus import accepted, cases, jsonl_with_blank_lines

from eventwatch.settings import Settings

pytestmark = [pytest.mark.kafka, pytest.mark.elasticsearch]


@pytest.fixture
def topics(test_settings: Settings) -> Settings:
    result = cli("setup")
    assert result.returncode == 0, result.stderr.decode(errors="replace")
    return test_settings


def test_jsonl_corpus_each_refusal_named_by_line_and_dead_lettered(
    topics: Settings, tmp_path: Path
) -> None:
    all_cases = cases(run=tmp_path.name)
    raw, at_line = jsonl_with_blank_lines(all_cases)
    feed = tmp_path / "bad.jsonl"
    feed.write_bytes(raw)

    result = cli("ingest", str(feed), "--no-progress", "--format", "json")

    stderr = result.stderr.decode(errors="replace")
    assert result.returncode == 2, stderr
    assert "Traceback" not in stderr
    summary = json.loads(result.stdout)
    expected_refused = {n: c for n, c in at_line.items() if c.reason is not None}
    assert summary["sent"] == len(accepted(all_cases))
    assert summary["rejected"] == len(expected_refused)  # blank lines are not refusals
    errors = {e["where"]: e["reason"] for e in summary["errors"]}
    for line, case in expected_refused.items():
        reason = errors[f"{feed}:{line}"]
        assert case.reason in reason, (case.name, reason)
        assert f"{feed}:{line}: {reason}" in stderr
    assert len(stderr.strip().splitlines()) == len(expected_refused)

    records = dead_letters(topics, len(expected_refused))
    by_source = {r["source"]: r for r in records}
    assert len(records) == len(expected_refused)
    for line, case in expected_refused.items():
        record = by_source[f"{feed}:{line}"]
        assert case.reason in record["reason"]
    huge = next(r for r in records if "too long" in r["reason"] and "'text'" in r["reason"])
    assert huge["truncated"] is True and huge["original_bytes"] > 10_000_000


@pytest.mark.parametrize(
    ("name", "content", "reason"),
    [
        ("deep.json", b"[" * 100_000 + b"]" * 100_000, "nested too deeply"),
        ("latin1.txt", "Titel\nAnschlag in Köln".encode("latin-1"), "not valid UTF-8"),
        ("empty.txt", b"\n\n  \n", "field 'text' is empty"),
        ("huge.json", json.dumps({"text": "b" * 10_000_000}).encode(), "too long"),
    ],
)
def test_whole_bad_files_are_one_clear_refusal(
    topics: Settings, tmp_path: Path, name: str, content: bytes, reason: str
) -> None:
    path = tmp_path / name
    path.write_bytes(content)

    result = cli("ingest", str(path), "--no-progress")

    stderr = result.stderr.decode(errors="replace")
    assert result.returncode == 2, stderr
    assert stderr.strip().splitlines() == [stderr.strip()], stderr[:2000]  # one line
    assert reason in stderr and str(path) in stderr
    [record] = dead_letters(topics, 1)
    assert reason in record["reason"]


def test_bad_lines_on_stdin_do_not_stop_the_good_ones(topics: Settings) -> None:
    good = json.dumps({"url": "https://badinput.example/stdin/good", "text": "Calm day."})
    stdin = b"\n".join([b"{broken", good.encode(), b"\xff\xfe", b""]) + b"\n"

    result = cli("ingest", "-", "--no-progress", "--format", "json", stdin=stdin)

    assert result.returncode == 2
    summary = json.loads(result.stdout)
    assert (summary["sent"], summary["rejected"]) == (1, 2)
    assert {r["reason"].split(":")[0] for r in dead_letters(topics, 2)} == {
        "not JSON",
        "broken encoding",
    }
