"""The tagger: Article -> list[Event], batched per language."""

from __future__ import annotations

import logging
from collections import defaultdict

from eventwatch.errors import EventwatchError, UsageError
from eventwatch.models import Article, Event, Evidence
from eventwatch.settings import Settings, get_settings
from eventwatch.tagging.assemble import Assembler, Candidate, MentionFinder
from eventwatch.tagging.classifier import EventClassifier, shipped_classifier
from eventwatch.tagging.combine import MODES, SentenceVotes, Thresholds, combine, vote
from eventwatch.tagging.language import detect_language
from eventwatch.tagging.lexicon import available_languages, fold, load_lexicon
from eventwatch.tagging.normalise import Normalised, normalise
from eventwatch.tagging.pipeline import LanguagePipeline, language_pipeline
from eventwatch.tagging.salience import salient
from eventwatch.tagging.sentences import Sentences
from eventwatch.tagging.version import TAGGER_VERSION

log = logging.getLogger(__name__)


class Tagger:
    """Tags articles with events. Pipelines per language are built on first use.

    `mode`: 'combined' (rules and the trained classifier, the default), 'rules' or 'model'
    (each alone, for the ablation in `eventwatch eval --mode`)."""

    def __init__(
        self,
        settings: Settings | None = None,
        *,
        version: str | None = None,
        mode: str = "combined",
        classifier: EventClassifier | None = None,
        thresholds: Thresholds | None = None,
    ) -> None:

        if mode not in MODES:
            raise UsageError(f"mode: {mode!r} is not one of {', '.join(MODES)}")
        self.settings = settings or get_settings()
        self.version = version or TAGGER_VERSION
        self.mode = mode
        self.classifier = None if mode == "rules" else classifier or shipped_classifier()
        if self.classifier is None and mode == "model":
            raise EventwatchError("mode model: no trained classifier (run `eventwatch train`)")
        if self.classifier is None and mode == "combined":
            log.warning("no trained classifier in the package: tagging with the rules only")
        self.thresholds = thresholds or Thresholds.load()
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

    def _tag_language(self, lang: str, originals: list[Article]) -> list[list[Event]]:
        normalised = [normalise(a.text, lang) for a in originals]
        articles = [
            a if n.text == a.text else a.model_copy(update={"text": n.text})
            for a, n in zip(originals, normalised, strict=True)
        ]
        tagged = self._tag_normalised(lang, articles)
        return [
            events if a is n_article else [_restored(e, a, n) for e in events]
            for events, a, n_article, n in zip(tagged, originals, articles, normalised, strict=True)
        ]

    def _tag_normalised(self, lang: str, articles: list[Article]) -> list[list[Event]]:
        lexicon = load_lexicon(lang)
        assert lexicon is not None
        pipeline = self._pipeline(lang)
        assembler = self._assemblers.setdefault(lang, Assembler(lexicon))
        docs = (
            pipeline.model.pipe(a.text for a in articles)
            if pipeline.model is not None
            else (None for _ in articles)
        )
        # Every sentence is scored only when the classifier may add hits; when it can only veto
        # (no add threshold at or below 1), only the sentences of weak rule hits are.
        scores_all = self.classifier is not None and (self.mode == "model" or self.thresholds.adds)
        votes: list[SentenceVotes | None] = (
            list(vote([a.text for a in articles], self.classifier.scores))  # type: ignore[union-attr]
            if scores_all
            else [None] * len(articles)
        )
        results: list[list[Event]] = []
        for article, doc, votes_of in zip(articles, docs, votes, strict=True):
            folded = fold(article.text)
            triggers = lexicon.find_triggers(folded) if self.mode != "model" else []
            if not triggers and votes_of is None:
                results.append([])
                continue
            text = article.text

            def mentions_in(start: int, end: int, text: str = text, doc=doc):  # type: ignore[no-untyped-def]
                return pipeline.mentions(text, start, end, doc)

            year = article.published_at.year if article.published_at else None
            candidates = (
                assembler.candidates(text, folded, triggers, mentions_in, year=year)
                if triggers
                else []
            )
            if votes_of is None and self.classifier is not None:
                votes_of = self._votes_for_weak(text, candidates)
            if votes_of is not None:

                def add(
                    kind: str,
                    span: tuple[int, int],
                    probability: float,
                    text: str = text,
                    folded: str = folded,
                    mentions_in: MentionFinder = mentions_in,
                ) -> Candidate | None:
                    return assembler.added(kind, span, text, folded, mentions_in, probability)

                candidates, added = combine(candidates, votes_of, add, self.thresholds, self.mode)
                candidates += salient(added, Sentences(text), folded, year)
            results.append(assembler.events(article, lang, self.version, candidates))
        return results

    def _votes_for_weak(self, text: str, candidates: list[Candidate]) -> SentenceVotes:
        weak = sorted(
            {
                c.sentence
                for c in candidates
                if c.modality == "asserted" and c.confidence < self.thresholds.weak_confidence
            }
        )
        assert self.classifier is not None
        scores = self.classifier.scores([text[a:b] for a, b in weak]) if weak else []
        return SentenceVotes(weak, scores)

    def _pipeline(self, lang: str) -> LanguagePipeline:
        return language_pipeline(lang, self.settings.spacy_model)


def _restored(event: Event, article: Article, normalised: Normalised) -> Event:
    """`event` found in the normalised text, with its evidence in the article's own text."""
    start, end = normalised.original_span(event.evidence.start, event.evidence.end)
    return event.model_copy(
        update={
            "id": Event.make_id(article.id, event.type, start, end),
            "evidence": Evidence(text=article.text[start:end], start=start, end=end),
        }
    )
