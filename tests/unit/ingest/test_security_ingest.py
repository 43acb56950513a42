"""Probe rows about input: huge JSON integers, binary on stdin, and inputs over the size limit
(read up to the limit, never whole)."""

from __future__ import annotations

import io
import json
import os
from pathlib import Path
from typing import Any

import pytest

from eventwatch.articles import parse_article_bytes
from eventwatch.errors import InvalidArticle
from eventwatch.ingest.dlq import decode_original
from eventwatch.ingest.run import ingest_items
from eventwatch.ingest.sources import iter_items
from eventwatch.models import Article

HUGE_INT_LINE = b'{"text": "Talks were held.", "id": 1' + b"7" * 5000 + b"}"
VALID_LINE = b'{"text": "Die Minister trafen sich in Paris.", "url": "https://news.example.org/1"}'


class RecordingProducer:
    def __init__(self) -> None:
        self.articles: list[Article] = []
        self.dead: list[dict[str, Any]] = []

    def send_article(self, article: Article) -> None:
        self.articles.append(article)

    def send_dead_letter(self, record: dict[str, Any]) -> None:
        self.dead.append(record)


def no_fetch(url: str) -> tuple[bytes, str]:
    raise AssertionError(url)


def ingest(sources: list[str], stdin: bytes = b"", **limits: int) -> tuple[Any, RecordingProducer]:
    producer = RecordingProducer()
    items = iter_items(sources, stdin=io.BytesIO(stdin), fetch=no_fetch, **limits)
    report = ingest_items(items, producer, max_chars=100_000, progress=False)  # type: ignore[arg-type]
    return report, producer


@pytest.mark.parametrize("where", ["file", "stdin"])
def test_a_5000_digit_integer_is_dead_lettered_and_the_next_line_still_sent(
    tmp_path: Path, where: str
) -> None:
    path = tmp_path / "in.jsonl"
    path.write_bytes(HUGE_INT_LINE + b"\n" + VALID_LINE + b"\n")
    if where == "file":
        report, producer = ingest([str(path)])
    else:
        report, producer = ingest(["-"], stdin=path.read_bytes())
    assert report.sent == 1 and producer.articles[0].text.startswith("Die Minister")
    assert report.rejected == 1 and report.dead_lettered == 1
    assert "number" in report.rejections[0].reason and "digits" in report.rejections[0].reason
    assert decode_original(producer.dead[0]) == HUGE_INT_LINE


def test_the_api_parser_refuses_a_5000_digit_integer_as_bad_input() -> None:
    with pytest.raises(InvalidArticle, match="digits"):
        parse_article_bytes(HUGE_INT_LINE)


def test_binary_on_stdin_is_one_error_and_one_dead_letter() -> None:
    noise = os.urandom(5 * 1024 * 1024)
    report, producer = ingest(["-"], stdin=noise)
    assert report.rejected == 1 and report.dead_lettered == 1 and report.sent == 0
    assert "binary" in report.rejections[0].reason or "UTF-8" in report.rejections[0].reason
    assert producer.dead[0]["truncated"] is True


def test_stdin_over_the_limit_is_one_error_read_no_further() -> None:
    stdin = io.BytesIO(b'{"text": "x"}\n' * 10_000)
    items = list(iter_items(["-"], stdin=stdin, fetch=no_fetch, max_bytes=50_000))
    assert len(items) == 1 and "larger than" in (items[0].error or "")
    assert stdin.tell() <= 50_000 + 64 * 1024


def test_a_file_over_the_limit_is_one_error_without_reading_it(tmp_path: Path) -> None:
    path = tmp_path / "big.json"
    path.write_bytes(json.dumps({"text": "a" * 20_000}).encode())
    [item] = iter_items([str(path)], stdin=io.BytesIO(), fetch=no_fetch, max_bytes=10_000)
    assert "larger than" in (item.error or "") and str(path) in item.where


def test_jsonl_files_are_streamed_with_a_limit_per_line(tmp_path: Path) -> None:
    path = tmp_path / "big.jsonl"
    long_line = json.dumps({"text": "a" * 20_000}).encode()
    path.write_bytes(VALID_LINE + b"\n" + long_line + b"\n" + VALID_LINE + b"\n")
    items = list(iter_items([str(path)], stdin=io.BytesIO(), fetch=no_fetch, max_bytes=10_000))
    assert [bool(i.error) for i in items] == [False, True, False]
    assert "larger than" in (items[1].error or "") and items[1].where.endswith(":2")
