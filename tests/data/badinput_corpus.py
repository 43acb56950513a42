"""A corpus of malformed and hostile articles, generated in code (nothing big is committed).

Each case is the raw bytes one entry point receives (a JSONL line, a Kafka message, an HTTP
body) and the reason fragment it must be refused with, or None when it must be accepted
as is. `python tests/data/badinput_corpus.py DIR` writes the corpus to DIR for manual runs.
"""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass
from pathlib import Path

GOOD_TEXT = "Police arrested three terror suspects in a raid in Leeds on Tuesday."


@dataclass(frozen=True)
class BadCase:
    name: str
    raw: bytes
    reason: str | None  # fragment of the refusal reason; None: accepted
    in_jsonl: bool = True  # can be one line of a JSONL file


def _obj(**fields: object) -> bytes:
    return json.dumps(fields).encode("utf-8")


def cases(huge_chars: int = 10_000_000, run: str = "x") -> list[BadCase]:
    """Every case once. `huge_chars`: length of the oversized text (10 MB for files and
    HTTP; Kafka messages are capped at 8 MiB, so straight-to-topic runs use less).
    `run` makes the accepted cases' URLs (hence ids) unique per test run."""
    deep = 50_000
    return [
        BadCase("not_json", b"this is not json at all", "not JSON"),
        BadCase("empty_message", b"", "not JSON", in_jsonl=False),
        BadCase("truncated_json", b'{"text": "cut off in the mid', "not JSON"),
        BadCase("json_array", b"[1, 2, 3]", "must be a JSON object"),
        BadCase("json_string", b'"just a string"', "must be a JSON object"),
        BadCase("json_null", b"null", "must be a JSON object"),
        BadCase("text_number", _obj(text=42), "field 'text' must be a string"),
        BadCase("text_object", _obj(text={"body": GOOD_TEXT}), "field 'text' must be a string"),
        BadCase("title_list", _obj(text=GOOD_TEXT, title=["a", "b"]), "field 'title'"),
        BadCase("url_bool", _obj(text=GOOD_TEXT, url=True), "field 'url'"),
        BadCase("no_text", _obj(title="Only a headline"), "field 'text' is required"),
        BadCase("blank_text", _obj(text=" \n\t "), "field 'text' is empty"),
        BadCase("bad_date", _obj(text=GOOD_TEXT, published_at="yesterday"), "published_at"),
        BadCase("bad_language", _obj(text=GOOD_TEXT, language="klingon"), "language"),
        BadCase("huge_text", _obj(text="a" * huge_chars), "field 'text' is too long"),
        BadCase("huge_url", _obj(text=GOOD_TEXT, url="https://x.example/" + "a" * 40_000), "url"),
        BadCase("long_id", _obj(id="i" * 600, text=GOOD_TEXT), "field 'id' is too long"),
        BadCase("control_chars", _obj(text="bomb\u0000blast\u0007"), "control characters"),
        BadCase("lone_surrogate", b'{"text": "caf\\ud800 bomb"}', "lone surrogate"),
        BadCase("invalid_utf8", b'{"text": "caf\xe9 \xff bomb"}', "not valid UTF-8"),
        BadCase("utf8_bom", b'\xef\xbb\xbf{"text": "x"}', "not JSON"),
        BadCase(
            "deep_nesting",
            b'{"text": "x", "extra": ' + b"[" * deep + b"]" * deep + b"}",
            "nested too deeply",
        ),
        BadCase(
            "html_script",
            _obj(
                url=f"https://badinput.example/{run}/html",
                text="<script>alert('pwned')</script><p>Police <b>arrested</b> two suspects "
                "in Leeds.</p><img src=x onerror=alert(1)>",
            ),
            None,
        ),
        BadCase(
            "unknown_fields",
            _obj(url=f"https://badinput.example/{run}/fields", text=GOOD_TEXT, **{
                f"f{n}": n for n in range(2000)
            }),
            None,
        ),
    ]  # fmt: skip


def refused(all_cases: list[BadCase]) -> list[BadCase]:
    return [c for c in all_cases if c.reason is not None]


def accepted(all_cases: list[BadCase]) -> list[BadCase]:
    return [c for c in all_cases if c.reason is None]


def jsonl_with_blank_lines(all_cases: list[BadCase]) -> tuple[bytes, dict[int, BadCase]]:
    """One JSONL file: every line-able case, with blank and whitespace-only lines between
    (those are skipped, not refused). Returns the bytes and the case on each line number."""
    lines: list[bytes] = []
    at: dict[int, BadCase] = {}
    for case in (c for c in all_cases if c.in_jsonl):
        lines += [b"", b"   \t"]
        lines.append(case.raw)
        at[len(lines)] = case
    return b"\n".join(lines) + b"\n\n", at


def write_corpus(directory: Path, huge_chars: int = 10_000_000) -> list[Path]:
    directory.mkdir(parents=True, exist_ok=True)
    all_cases = cases(huge_chars)
    written = []
    for case in all_cases:
        path = directory / f"{case.name}.json"
        path.write_bytes(case.raw)
        written.append(path)
    jsonl, _ = jsonl_with_blank_lines(all_cases)
    (directory / "all.jsonl").write_bytes(jsonl)
    return [*written, directory / "all.jsonl"]


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: python tests/data/badinput_corpus.py DIR")
    for written_path in write_corpus(Path(sys.argv[1])):
        print(written_path)
