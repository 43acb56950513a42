"""received_at is stamped once where an article enters and kept through the pipeline."""

from __future__ import annotations

from datetime import UTC, datetime

from eventwatch.articles import parse_article_bytes, parse_article_dict, receive_article

ENTERED = datetime(2026, 3, 1, 8, 0, 0, tzinfo=UTC)


def test_an_entry_point_stamps_received_at_now_over_whatever_the_sender_claimed() -> None:
    before = datetime.now(UTC)
    article = receive_article({"text": "Talks in Geneva.", "received_at": "2001-01-01T00:00:00Z"})
    assert article.received_at >= before


def test_the_worker_keeps_the_received_at_of_the_message() -> None:
    article = receive_article({"text": "Talks in Geneva."}, now=ENTERED)
    again = parse_article_bytes(article.model_dump_json().encode())
    assert again.received_at == ENTERED
    assert (
        parse_article_dict({"text": "x", "received_at": "2026-03-01T08:00:00Z"}).received_at
        == ENTERED
    )


def test_a_broken_received_at_is_refused_naming_the_field() -> None:
    import pytest

    from eventwatch.errors import InvalidArticle

    with pytest.raises(InvalidArticle) as refused:
        parse_article_dict({"text": "x", "received_at": "yesterday"})
    assert refused.value.field == "received_at"
