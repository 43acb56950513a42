import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from eventwatch.articles import (
    article_id,
    parse_article_bytes,
    parse_article_dict,
    parse_article_txt,
)
from eventwatch.errors import InvalidArticle


def test_valid_article_keeps_its_fields():
    article = parse_article_dict(
        {
            "text": "Die Regierung hat heute neue Maßnahmen beschlossen.",
            "title": "Neue Maßnahmen",
            "url": "https://news.example.org/a/1",
            "source": "Example News",
            "language": "DE",
            "published_at": "2026-03-01T08:30:00Z",
        }
    )
    assert article.language == "de"
    assert article.published_at.isoformat() == "2026-03-01T08:30:00+00:00"
    assert article.id == article_id("https://news.example.org/a/1", None, "")


def test_id_defaults_to_hash_of_url_else_title_and_text():
    by_url_a = parse_article_dict({"text": "a", "url": "https://x.example/1"})
    by_url_b = parse_article_dict({"text": "b", "url": "https://x.example/1"})
    assert by_url_a.id == by_url_b.id
    by_text_a = parse_article_dict({"text": "same body", "title": "T"})
    by_text_b = parse_article_dict({"text": "same body", "title": "T"})
    other = parse_article_dict({"text": "same body", "title": "U"})
    assert by_text_a.id == by_text_b.id != other.id


def test_explicit_id_wins():
    assert parse_article_dict({"text": "x", "id": "my-id"}).id == "my-id"


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (b"{not json", "not JSON"),
        (b"\xff\xfe{}", "broken encoding"),
        (b"[1, 2]", "must be a JSON object"),
        (b"{}", "'text' is required"),
        (b'{"text": "   "}', "'text' is empty"),
        (b'{"text": 42}', "'text' must be a string, got int"),
        (b'{"text": "ok", "title": ["a"]}', "'title' must be a string, got list"),
        (b'{"text": "ok", "published_at": "yesterday"}', "'published_at' is not an ISO 8601"),
        (b'{"text": "ok", "language": "german"}', "'language' must be an ISO 639-1"),
        (b'{"text": "bell \\u0007 inside"}', "control characters"),
    ],
)
def test_invalid_input_names_the_problem(raw, expected):
    with pytest.raises(InvalidArticle) as info:
        parse_article_bytes(raw)
    assert expected in str(info.value)


def test_text_too_long_is_refused_with_sizes():
    with pytest.raises(InvalidArticle, match="too long: 11 characters, limit 10"):
        parse_article_dict({"text": "x" * 11}, max_chars=10)


def test_deeply_nested_json_is_refused_not_crashing():
    raw = ("[" * 100_000 + "]" * 100_000).encode()
    with pytest.raises(InvalidArticle):
        parse_article_bytes(raw)


def test_txt_first_line_is_title():
    parsed = parse_article_txt("\ufeff\n  Headline here\n\nBody line one.\nBody line two.\n")
    assert parsed == {"title": "Headline here", "text": "Body line one.\nBody line two."}


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=300))
def test_any_bytes_give_an_article_or_a_reason(raw):
    try:
        article = parse_article_bytes(raw)
    except InvalidArticle as exc:
        assert exc.reason
    else:
        assert article.text.strip()


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda children: (
        st.lists(children, max_size=3) | st.dictionaries(st.text(max_size=5), children)
    ),
    max_leaves=10,
)


@settings(max_examples=300, deadline=None)
@given(
    st.dictionaries(
        st.sampled_from(["text", "title", "url", "source", "language", "published_at", "id"]),
        json_values,
    )
)
def test_any_json_object_gives_an_article_or_a_reason(data):
    raw = json.dumps(data).encode()
    try:
        article = parse_article_bytes(raw)
    except InvalidArticle as exc:
        assert exc.reason
    else:
        assert isinstance(article.text, str) and article.text.strip()
