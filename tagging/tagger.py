"""The tagger: Article -> list[Event], batched per language."""

from __future__ import annotations

import logging
from collections import defaultdict

from eventwatch.models import Article, Event
from eventwatch.settings import Settings, get_settings
from eventwatch.tagging.assemble import Assembler
from eventwatch.tagging.language import detect_language
from eventwatch.tagging.lexicon import available_languages, fold, load_lexicon
from eventwatch.tagging.pipeline import LanguagePipeline
from eventwatch.tagging.version import TAGGER_VERSION

log = logging.getLogger(__name__)


class Tagger:
    """Tags articles with events. Pipelines per language are built on first use."""

    def __init__(self, settings: Settings | None = None, *, version: str | None = None) -> None:

        self.settings = settings or get_settings()
        self.version = version or TAGGER_VERSION
        self._pipelines: dict[str, LanguagePipeline] = {}
        self._assemblers: dict[str, Assembler] = {}

    @staticmethod
    def supported_languages() -> list[str]:
        return available_languages()

    def language_of(self, article: Article) -> str | None:
        return article.language or detect_language(article.text)

    def tag(self, article: Article) -> list[Event]:
        return self.tag_batch([article])[0]

    def tag_batch(self, articles: list[Article]) -> list[list[Event]]:
        results: list[list[Event]] = [[] for _ in articles]
        by_lang: dict[str, list[int]] = defaultdict(list)
        for i, article in enumerate(articles):
            lang = self.language_of(article)
            if lang is None or lang not in self.supported_languages():
                log.info("article %s: unsupported language %r, no events", article.id, lang)
                continue
            by_lang[lang].append(i)
        for lang, indices in by_lang.items():
            batch = [articles[i] for i in indices]
            for i, events in zip(indices, self._tag_language(lang, batch), strict=True):
                results[i] = events
        return results

    def _tag_language(self, lang: str, articles: list[Article]) -> list[list[Event]]:
        lexicon = load_lexicon(lang)
        assert lexicon is not None
        pipeline = self._pipeline(lang)
        assembler = self._assemblers.setdefault(lang, Assembler(lexicon))
        docs = (
            pipeline.model.pipe(a.text for a in articles)
            if pipeline.model is not None
            else (None for _ in articles)
        )
        results: list[list[Event]] = []
        for article, doc in zip(articles, docs, strict=True):
            folded = fold(article.text)
            triggers = lexicon.find_triggers(folded)
            if not triggers:
                results.append([])
                continue
            text = article.text

            def mentions_in(start: int, end: int, text: str = text, doc=doc):  # type: ignore[no-untyped-def]
                return pipeline.mentions(text, start, end, doc)

            year = article.published_at.year if article.published_at else None
            candidates = assembler.candidates(text, folded, triggers, mentions_in, year=year)
            results.append(assembler.events(article, lang, self.version, candidates))
        return results

    def _pipeline(self, lang: str) -> LanguagePipeline:
        pipeline = self._pipelines.get(lang)
        if pipeline is None:
            pipeline = LanguagePipeline(lang, self.settings.spacy_model)
            self._pipelines[lang] = pipeline
        return pipeline
