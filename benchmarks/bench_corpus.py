"""Articles for the pipeline benchmark: corpus texts (or generated ones) as article dicts
with run-unique URLs, so their ids never collide with an earlier run's dedupe markers."""

from __future__ import annotations

import json
from typing import Any

from eventwatch.benchmarks.tagger import load_texts


def corpus_texts(path: str | None, limit: int) -> list[tuple[str, str]]:
    """(lang, text) pairs, cycled to `limit` when the corpus is smaller."""
    pairs = load_texts(path, limit)
    return [pairs[i % len(pairs)] for i in range(limit)]


def make_articles(pairs: list[tuple[str, str]], run: str, phase: str) -> list[dict[str, Any]]:
    return [
        {
            "url": f"https://bench.eventwatch.invalid/{run}/{phase}/{n}",
            "title": f"bench {phase} {n}",
            "language": lang,
            "text": text,
        }
        for n, (lang, text) in enumerate(pairs)
    ]


def encode(article: dict[str, Any]) -> bytes:
    return json.dumps(article, ensure_ascii=False).encode("utf-8")
