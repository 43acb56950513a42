"""The sample articles as live feeds for `eventwatch up`: one RSS feed per language on the
local news site, two items each at once, then a new item every few seconds, so a new user
sees the whole live path work (poll, page text, tagging, search, alerts)."""

from __future__ import annotations

import importlib.resources
import json
import threading
from collections.abc import Iterator
from itertools import count
from pathlib import Path
from typing import Any

from eventwatch.stack.news_site import NewsSite

SAMPLES = Path(str(importlib.resources.files("eventwatch") / "samples" / "feed.jsonl"))
FIRST_ITEMS = 2  # per feed, published before the workers first poll
SECONDS_BETWEEN_ITEMS = 20.0  # three new items a minute


class SampleFeeds:
    def __init__(self, site: NewsSite, samples: Path = SAMPLES) -> None:
        self.site = site
        self.articles = [json.loads(line) for line in samples.read_text().splitlines() if line]
        self.languages = sorted({a["language"] for a in self.articles})
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._queue = self._endless()
        self.published = 0

    def feed_id(self, language: str) -> str:
        return f"sample-{language}"

    def feeds(self) -> list[dict[str, Any]]:
        """The feeds to store (eventwatch.indexers.feeds.save_feed), polled every 30 s."""
        return [
            {
                "id": self.feed_id(lang),
                "url": self.site.feed_url(self.feed_id(lang)),
                "name": f"Sample news ({lang})",
                "language": lang,
                "interval": "30s",
            }
            for lang in self.languages
        ]

    def start(self) -> SampleFeeds:
        for lang in self.languages:
            self.site.add_feed(self.feed_id(lang))
        for _ in range(FIRST_ITEMS * len(self.languages)):
            self.publish_next()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stop.set()

    def publish_next(self) -> None:
        article, round_ = next(self._queue)
        slug = article["id"] if round_ == 1 else f"{article['id']}-{round_}"
        title = article["title"] if round_ == 1 else f"{article['title']} (update {round_})"
        self.site.publish(self.feed_id(article["language"]), slug, title, article["text"])
        self.published += 1

    def _run(self) -> None:
        while not self._stop.wait(SECONDS_BETWEEN_ITEMS):
            self.publish_next()

    def _endless(self) -> Iterator[tuple[dict[str, Any], int]]:
        """Round-robin over the languages; after the last sample, again as updates."""
        by_language = [
            [a for a in self.articles if a["language"] == lang] for lang in self.languages
        ]
        for round_ in count(1):
            longest = max(len(group) for group in by_language)
            for n in range(longest):
                for group in by_language:
                    if n < len(group):
                        yield group[n], round_
