"""spaCy pipelines per language: a blank pipeline (tokenizer) plus gazetteers, or a pretrained
model named by EVENTWATCH_SPACY_MODEL whose NER then adds entities the gazetteers lack."""

from __future__ import annotations

import logging
from functools import cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from eventwatch.tagging.gazetteer import Entity, EntityMention, Gazetteer

log = logging.getLogger(__name__)

_NER_KINDS = {
    "GPE": "state", "LOC": "city", "PERSON": "person", "PER": "person", "ORG": "organization",
}  # fmt: skip


class LanguagePipeline:
    """Tokenizer, gazetteer and (optionally) a pretrained model for one language."""

    def __init__(self, lang: str, model: str | None = None) -> None:
        self.lang = lang
        self.model: Language | None = None
        if model:
            try:
                loaded = spacy.load(model)
            except OSError as exc:
                log.warning("spaCy model %r not installed (%s); using a blank pipeline", model, exc)
            else:
                if loaded.lang == lang:
                    self.model = loaded
        self.nlp = self.model or spacy.blank(lang)
        self.gazetteer = Gazetteer(self.nlp)

    def mentions(
        self, text: str, start: int, end: int, doc: Doc | None = None
    ) -> list[EntityMention]:
        """Entity mentions in text[start:end], offsets relative to the whole text."""
        if doc is not None:
            span = doc.char_span(start, end, alignment_mode="expand")
            if span is None:
                return []
            found = self.gazetteer.mentions(span)
            return found + _ner_mentions(span, found)
        sentence = self.nlp.make_doc(text[start:end])
        return [
            EntityMention(m.entity, m.start + start, m.end + start)
            for m in self.gazetteer.mentions(sentence[:])
        ]


@cache
def language_pipeline(lang: str, model: str | None = None) -> LanguagePipeline:
    """One pipeline per language and model in a process: building a gazetteer takes seconds,
    and the pipeline only reads once built, so every Tagger shares it."""
    return LanguagePipeline(lang, model)


def _ner_mentions(span, known: list[EntityMention]) -> list[EntityMention]:  # type: ignore[no-untyped-def]
    extra = []
    for ent in span.ents:
        kind = _NER_KINDS.get(ent.label_)
        if kind is None or any(m.start < ent.end_char and ent.start_char < m.end for m in known):
            continue
        extra.append(EntityMention(Entity(ent.text, kind), ent.start_char, ent.end_char))
    return extra
