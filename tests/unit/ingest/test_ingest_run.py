from typing import Any

from eventwatch.ingest.dlq import decode_original
from eventwatch.ingest.items import Item
from eventwatch.ingest.run import ingest_items
from eventwatch.models import Article


class RecordingProducer:
    """The ingest loop's view of the producer: articles and dead letters, in order."""

    def __init__(self) -> None:
        self.articles: list[Article] = []
        self.dead: list[dict[str, Any]] = []

    def send_article(self, article: Article) -> None:
        self.articles.append(article)

    def send_dead_letter(self, record: dict[str, Any]) -> None:
        self.dead.append(record)


def test_valid_items_are_sent_and_each_refusal_is_reported_and_dead_lettered() -> None:
    batch = [
        Item("a.jsonl:1", b"{...}", data={"text": "Die Regierung tagte.", "url": "https://x/1"}),
        Item("a.jsonl:2", b"{bad", error="not JSON: Expecting value at column 1"),
        Item("a.jsonl:3", b'{"text": ""}', data={"text": ""}),
        Item("a.jsonl:4", b'{"text": 5}', data={"text": 5}),
        Item("https://x/feed", None, error="cannot fetch https://x/feed: HTTP 500"),
    ]
    producer = RecordingProducer()
    report = ingest_items(batch, producer, max_chars=1000, progress=False)  # type: ignore[arg-type]

    assert report.sent == 1 and report.rejected == 4 and report.dead_lettered == 3
    assert producer.articles[0].text == "Die Regierung tagte."
    assert [(r.where, r.reason) for r in report.rejections] == [
        ("a.jsonl:2", "not JSON: Expecting value at column 1"),
        ("a.jsonl:3", "field 'text' is empty"),
        ("a.jsonl:4", "field 'text' must be a string, got int"),
        ("https://x/feed", "cannot fetch https://x/feed: HTTP 500"),
    ]
    assert [d["source"] for d in producer.dead] == ["a.jsonl:2", "a.jsonl:3", "a.jsonl:4"]
    assert decode_original(producer.dead[0]) == b"{bad"


def test_text_over_the_limit_is_refused_with_its_length() -> None:
    producer = RecordingProducer()
    report = ingest_items(
        [Item("big.json", b"x", data={"text": "a" * 51})], producer, max_chars=50, progress=False
    )  # type: ignore[arg-type]
    assert report.rejections[0].reason == "field 'text' is too long: 51 characters, limit 50"
    assert report.as_json("articles", "articles.dlq")["errors"] == [
        {"where": "big.json", "reason": "field 'text' is too long: 51 characters, limit 50"}
    ]
