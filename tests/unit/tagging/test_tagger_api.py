"""The interface the stream workers rely on, and the tag/eval commands."""

import argparse
import json
import logging

import pytest

from eventwatch.cli.commands import eval as eval_command
from eventwatch.cli.commands import tag as tag_command
from eventwatch.errors import UsageError
from eventwatch.models import Article
from eventwatch.tagging.language import detect_language

EN = "Gunmen attacked a hotel in Mogadishu. The militants took dozens of guests hostage."
DE = "Bei einem Bombenanschlag in Istanbul wurden am Sonntag sechs Menschen getötet."


def test_detect_language() -> None:
    assert detect_language(EN) == "en"
    assert detect_language(DE) == "de"
    assert detect_language("12 34 !!") is None


def test_article_without_language_is_detected(tagger) -> None:  # type: ignore[no-untyped-def]
    events = tagger.tag(Article(id="a", text=DE))
    assert [e.type for e in events] == ["terror_attack"]
    assert events[0].language == "de"


def test_unsupported_language_yields_nothing_and_logs(tagger, caplog) -> None:  # type: ignore[no-untyped-def]
    caplog.set_level(logging.INFO, logger="eventwatch.tagging.tagger")
    text = "Zamach bombowy w centrum miasta zabił sześć osób, podała policja w Warszawie."
    assert tagger.tag(Article(id="pl", text=text, language="pl")) == []
    assert "unsupported language 'pl'" in caplog.text


def test_ids_are_deterministic_and_batch_matches_single(tagger) -> None:  # type: ignore[no-untyped-def]
    articles = [Article(id="x", text=EN, language="en"), Article(id="y", text=DE, language="de")]
    batch = tagger.tag_batch(articles)
    single = [tagger.tag(a) for a in articles]
    assert [[e.id for e in events] for events in batch] == [
        [e.id for e in events] for events in single
    ]
    assert batch[0] and batch[1]


def test_duplicates_within_an_article_are_merged(tagger) -> None:  # type: ignore[no-untyped-def]
    text = "A car bomb exploded in Baghdad. The bombing in Baghdad killed ten people."
    events = tagger.tag(Article(id="m", text=text, language="en"))
    assert [e.type for e in events].count("terror_attack") == 1


def _run(module, argv: list[str]) -> int:  # type: ignore[no-untyped-def]
    parser = argparse.ArgumentParser()
    module.register(parser.add_subparsers())
    args = parser.parse_args(argv)
    return args.handler(args)


def test_tag_command_json(tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "article.txt"
    path.write_text("Anschlag in Istanbul\n" + DE + "\n", encoding="utf-8")
    assert _run(tag_command, ["tag", str(path), "--format", "json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["language"] == "de"
    event = out["events"][0]
    assert event["type"] == "terror_attack"
    body = DE + "\n"
    assert body[event["evidence"]["start"] : event["evidence"]["end"]] == event["evidence"]["text"]


def test_tag_command_missing_file_is_usage_error(tmp_path) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(UsageError, match="no such file"):
        _run(tag_command, ["tag", str(tmp_path / "missing.txt")])


def test_eval_command_scores_labels_any_of_optional_none(tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    lines = [
        {"id": "1", "lang": "en", "text": EN, "labels": ["terror_attack"]},
        {"id": "2", "lang": "en", "text": "The weather was mild and sunny all week.",
         "labels": ["none"]},
        {"id": "3", "lang": "en", "text": "Rebels attacked an army base near Goma.",
         "labels": [], "any_of": [["terror_attack", "military_action"]]},
        {"id": "4", "lang": "en", "text": "The talks with Iran collapsed.", "labels": ["sanctions"],
         "optional": ["diplomatic_meeting"]},
    ]  # fmt: skip
    path = tmp_path / "gold.jsonl"
    path.write_text("\n".join(json.dumps(x) for x in lines) + "\n", encoding="utf-8")
    assert _run(eval_command, ["eval", str(path), "--format", "json", "--no-progress"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert result["n"] == 4
    assert result["labels"]["terror_attack"]["recall"] == 1.0
    assert result["labels"]["sanctions"]["recall"] == 0.0
    assert 0 < result["micro_f1"] < 1
    assert set(result["by_language"]) == {"en"}
    assert result["docs_per_second"] > 0


def test_eval_command_bad_line_is_usage_error(tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "bad.jsonl"
    path.write_text('{"id": "1", "labels": []}\n', encoding="utf-8")
    with pytest.raises(UsageError, match=":1: not an eval line"):
        _run(eval_command, ["eval", str(path), "--format", "json", "--no-progress"])
