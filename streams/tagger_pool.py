"""Tagging off the event loop: a process pool that holds one Tagger per child.

spaCy holds the GIL for most of its work, so a thread would still starve the Faust event
loop (heartbeats, fetches, 'Timer woke up too late'); a child process does not.
Only the child imports the tagger (spaCy and its pipelines): the Faust process never tags, so
it starts a second or more sooner (CPU it would share with the child building the tagger).
"""

from __future__ import annotations

import asyncio
import multiprocessing
import os
from concurrent.futures import ProcessPoolExecutor
from typing import Any

from eventwatch.models import Article, Event, utcnow
from eventwatch.settings import Settings
from eventwatch.streams.orphan_guard import exit_when_orphaned

_tagger: Any = None
# One sentence per language, tagged at start so that its pipeline, lexicon and rules are
# built before the first real article (the languages of Settings.warm_languages).
_WARMUP = {
    "ar": "رفعت الحكومة مستوى التأهب الإرهابي.",
    "de": "Die Regierung hat die Terrorwarnstufe erhöht.",
    "en": "The government raised the terror alert level.",
    "es": "El gobierno elevó el nivel de alerta terrorista.",
    "fr": "Le gouvernement a relevé le niveau d'alerte terroriste.",
    "ru": "Правительство повысило уровень террористической угрозы.",
}


def _init_child(settings_values: dict[str, Any], parent: int) -> None:
    global _tagger
    from eventwatch.tagging import Tagger

    exit_when_orphaned(parent)
    settings = Settings(**settings_values)
    _tagger = Tagger(settings)
    _tagger.tag_batch(_warmup_articles(settings.warm_languages, _tagger.supported_languages()))


def _warmup_articles(warm_languages: str, supported: list[str]) -> list[Article]:
    wanted = {lang.strip() for lang in warm_languages.split(",")}
    return [
        Article(id=f"warmup-{lang}", text=text, language=lang)
        for lang, text in _WARMUP.items()
        if lang in wanted and lang in supported
    ]


def tag_in_child(articles: list[Article]) -> list[tuple[Article, list[Event]]]:
    """Runs inside a pool child."""
    return tag_inline(_tagger, articles)


def _ready() -> bool:
    return _tagger is not None


class TaggerPool:
    """`await pool.tag(articles)` -> [(article with language, events)]."""

    def __init__(self, settings: Settings, processes: int = 1) -> None:
        context = multiprocessing.get_context("spawn")  # no fork of a process with threads
        self._executor = ProcessPoolExecutor(
            max_workers=processes,
            mp_context=context,
            initializer=_init_child,
            initargs=(settings.model_dump(), os.getpid()),
        )
        self._processes = processes

    async def warm_up(self) -> None:
        loop = asyncio.get_running_loop()
        await asyncio.gather(
            *(loop.run_in_executor(self._executor, _ready) for _ in range(self._processes))
        )

    async def tag(self, articles: list[Article]) -> list[tuple[Article, list[Event]]]:
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self._executor, tag_in_child, articles)

    def close(self) -> None:
        self._executor.shutdown(wait=True, cancel_futures=True)


def tag_inline(tagger: Any, articles: list[Article]) -> list[tuple[Article, list[Event]]]:
    """The same work in this process (unit tests, offline use)."""
    for article in articles:
        if article.language is None:
            article.language = tagger.language_of(article)
    tagged_at = utcnow()
    results = tagger.tag_batch(articles)
    for events in results:
        for event in events:
            event.tagged_at = event.tagged_at or tagged_at
    return list(zip(articles, results, strict=True))
