from collections.abc import Iterator
from datetime import timedelta

import pytest

from eventwatch.ingest.feed_config import InvalidFeed, feed_to_dict, parse_feed, parse_feeds_yaml
from eventwatch.settings import get_settings

FEEDS_YAML = """
id: tagesblatt
url: https://news.example.org/feeds/de.xml
name: Tagesblatt
language: de
interval: 2m
---
id: wire
url: http://wire.example.org/rss
"""


def test_yaml_documents_become_feeds_with_the_default_interval() -> None:
    first, second = parse_feeds_yaml(FEEDS_YAML)
    assert (first.id, first.name, first.language, first.interval) == (
        "tagesblatt",
        "Tagesblatt",
        "de",
        timedelta(minutes=2),
    )
    assert second.interval == timedelta(minutes=5)
    assert feed_to_dict(second) == {
        "id": "wire",
        "url": "http://wire.example.org/rss",
        "interval": "5m",
    }


@pytest.mark.parametrize(
    ("data", "field", "words"),
    [
        ({"url": "https://x.example/rss"}, "id", "required"),
        ({"id": "a b", "url": "https://x.example/rss"}, "id", "letters, digits"),
        ({"id": "a", "url": "ftp://x.example/rss"}, "url", "not an http(s) URL"),
        ({"id": "a", "url": "https://me:pw@x.example/rss"}, "url", "credentials"),
        ({"id": "a", "url": "https://x.example/rss", "interval": "10s"}, "interval", "30s"),
        ({"id": "a", "url": "https://x.example/rss", "interval": "soon"}, "interval", "duration"),
        ({"id": "a", "url": "https://x.example/rss", "language": "German"}, "language", "ISO"),
        ({"id": "a", "url": "https://x.example/rss", "colour": "red"}, "colour", "unknown"),
    ],
)
def test_an_invalid_feed_is_refused_naming_the_field(data: dict, field: str, words: str) -> None:
    with pytest.raises(InvalidFeed) as caught:
        parse_feed(data)
    assert caught.value.field == field
    assert words in str(caught.value)
    assert field in str(caught.value)


def test_a_repeated_id_and_broken_yaml_are_refused() -> None:
    with pytest.raises(InvalidFeed, match="appears twice"):
        parse_feeds_yaml("id: a\nurl: https://x.example/1\n---\nid: a\nurl: https://x.example/2\n")
    with pytest.raises(InvalidFeed, match="not valid YAML at line"):
        parse_feeds_yaml("id: [a\n", source="feeds.yaml")


@pytest.fixture
def min_interval_env(monkeypatch: pytest.MonkeyPatch) -> Iterator[pytest.MonkeyPatch]:
    get_settings.cache_clear()
    yield monkeypatch
    monkeypatch.delenv("EVENTWATCH_FEEDS_MIN_INTERVAL_SECONDS", raising=False)
    get_settings.cache_clear()


def test_the_floor_is_30s_unless_the_setting_lowers_it(
    min_interval_env: pytest.MonkeyPatch,
) -> None:
    feed = {"id": "own", "url": "http://127.0.0.1:8080/feed.xml", "interval": "3s"}
    min_interval_env.delenv("EVENTWATCH_FEEDS_MIN_INTERVAL_SECONDS", raising=False)
    with pytest.raises(InvalidFeed) as caught:
        parse_feed(feed)
    assert str(caught.value) == "feed 'own': interval: 3s is too often: at least 30s"
    assert parse_feed(feed | {"interval": "30s"}).interval == timedelta(seconds=30)

    min_interval_env.setenv("EVENTWATCH_FEEDS_MIN_INTERVAL_SECONDS", "2")
    get_settings.cache_clear()
    assert parse_feed(feed).interval == timedelta(seconds=3)
    with pytest.raises(InvalidFeed) as caught:
        parse_feed(feed | {"interval": "1s"})
    assert str(caught.value) == "feed 'own': interval: 1s is too often: at least 2s"
