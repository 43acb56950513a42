import io
import json
from pathlib import Path

import pytest

from eventwatch.errors import UsageError
from eventwatch.ingest.sources import check_sources, file_items, iter_items

GOOD = {"title": "Rat tagt", "text": "Der Stadtrat hat am Montag getagt.", "language": "de"}


def no_fetch(url: str) -> tuple[bytes, str]:
    raise AssertionError(f"unexpected fetch of {url}")


def items(sources: list[str], stdin: bytes = b"", fetch=no_fetch) -> list:
    return list(iter_items(sources, stdin=io.BytesIO(stdin), fetch=fetch))


def test_txt_file_is_one_article_title_first_line(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("Überschrift\n\nErster Absatz.\nZweiter Absatz.\n", encoding="utf-8")
    [item] = items([str(path)])
    assert item.data == {"title": "Überschrift", "text": "Erster Absatz.\nZweiter Absatz."}
    assert item.where == str(path)


def test_json_array_gives_one_item_per_element_named_by_position(tmp_path: Path) -> None:
    path = tmp_path / "a.json"
    path.write_text(json.dumps([GOOD, {"title": "no text"}]), encoding="utf-8")
    result = items([str(path)])
    assert [i.data for i in result] == [GOOD, {"title": "no text"}]
    assert result[1].where == f"{path} item 2"
    assert json.loads(result[1].raw) == {"title": "no text"}


def test_jsonl_bad_line_is_an_error_naming_the_line_and_the_rest_still_read(
    tmp_path: Path,
) -> None:
    path = tmp_path / "a.jsonl"
    path.write_bytes(
        json.dumps(GOOD).encode() + b"\n{broken\n\n" + b'{"text": "caf\xe9"}\n' + b'{"text": "x"}\n'
    )
    result = items([str(path)])
    assert [i.where for i in result] == [f"{path}:{n}" for n in (1, 2, 4, 5)]
    assert result[0].data == GOOD and result[0].error is None
    assert result[1].error.startswith("not JSON") and result[1].raw == b"{broken"
    assert result[2].error == "broken encoding: not valid UTF-8 at byte 13"
    assert result[3].data == {"text": "x"}


def test_invalid_utf8_txt_keeps_the_original_bytes_for_the_dlq(tmp_path: Path) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(b"Titel\n\xff\xfe kaputt")
    [item] = items([str(path)])
    assert "not valid UTF-8" in item.error
    assert item.raw == b"Titel\n\xff\xfe kaputt"


def test_directory_is_read_recursively_in_name_order_skipping_other_files(
    tmp_path: Path,
) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / "b.json").write_text(json.dumps(GOOD), encoding="utf-8")
    (tmp_path / "sub" / "a.txt").write_text("T\nBody text.", encoding="utf-8")
    (tmp_path / "notes.md").write_text("# not an article", encoding="utf-8")
    result = items([str(tmp_path)])
    assert [Path(i.where).name for i in result] == ["b.json", "a.txt"]


def test_stdin_accepts_a_single_json_document_or_json_lines() -> None:
    [single] = items(["-"], stdin=json.dumps(GOOD, indent=2).encode())
    assert single.data == GOOD and single.where == "<stdin>"
    lines = items(["-"], stdin=b'{"text": "a"}\n{"text": "b"}\n')
    assert [i.data["text"] for i in lines] == ["a", "b"]
    assert lines[1].where == "<stdin>:2"


RSS = b"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Morgenpost</title>
<item><title>Anschlag vereitelt</title><link>https://example.org/1</link>
<description>&lt;p&gt;Die Polizei hat &lt;b&gt;zwei Verd&#228;chtige&lt;/b&gt;
festgenommen.&lt;/p&gt;</description>
<pubDate>Tue, 04 Mar 2025 10:00:00 GMT</pubDate></item>
<item><title>Nur eine Schlagzeile</title><link>https://example.org/2</link></item>
</channel></rss>"""

ATOM = b"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Wire</title>
<entry><title>Talks held</title><link href="https://example.org/atom/1"/>
<updated>2025-03-05T12:00:00Z</updated><summary>Ministers met in Oslo.</summary></entry>
</feed>"""


def test_rss_entries_become_articles_with_html_stripped(tmp_path: Path) -> None:
    path = tmp_path / "feed.rss"
    path.write_bytes(RSS)
    first, headline_only = items([str(path)])
    assert first.data["text"] == "Die Polizei hat zwei Verdächtige festgenommen."
    assert first.data["url"] == "https://example.org/1"
    assert first.data["source"] == "Morgenpost"
    assert first.data["published_at"] == "2025-03-04T10:00:00+00:00"
    assert headline_only.data["text"] == "Nur eine Schlagzeile"
    assert headline_only.where == f"{path} entry 2"


def test_atom_file_with_unknown_suffix_is_recognised_by_content(tmp_path: Path) -> None:
    path = tmp_path / "download"
    path.write_bytes(ATOM)
    [entry] = list(file_items(path))
    assert entry.data["title"] == "Talks held"
    assert entry.data["text"] == "Ministers met in Oslo."


def test_garbage_feed_is_one_error(tmp_path: Path) -> None:
    path = tmp_path / "broken.xml"
    path.write_bytes(b"<rss><channel><item>")
    [item] = items([str(path)])
    assert item.error and "feed" in item.error


def test_url_content_type_decides_json_or_feed() -> None:
    def fetch(url: str) -> tuple[bytes, str]:
        if url.endswith("/feed"):
            return ATOM, "application/atom+xml"
        return json.dumps([GOOD, GOOD]).encode(), "application/json; charset=utf-8"

    result = items(["https://example.org/feed", "https://example.org/api"], fetch=fetch)
    assert [i.data["text"] for i in result] == [
        "Ministers met in Oslo.",
        GOOD["text"],
        GOOD["text"],
    ]


def test_unfetchable_url_is_an_error_with_nothing_for_the_dlq() -> None:
    def fetch(url: str) -> tuple[bytes, str]:
        raise UsageError(f"cannot fetch {url}: HTTP 404")

    [item] = items(["https://example.org/missing"], fetch=fetch)
    assert item.error == "cannot fetch https://example.org/missing: HTTP 404"
    assert item.raw is None


def test_missing_path_is_refused_before_anything_is_read(tmp_path: Path) -> None:
    with pytest.raises(UsageError, match="no such file or directory: .*nope.jsonl"):
        check_sources(["-", "https://example.org/x", str(tmp_path / "nope.jsonl")])
