"""The trained event-type classifier: a spaCy textcat_multilabel (bag of words) over sentences.

One multilingual model for all six languages: a word in one language rarely collides with a
word of another, the languages share names, numbers and loan words, and one model is one file
to ship and one hash in tagger_version. Its tokenizer is a regular expression, not spaCy's
rule tokenizer: the classifier only needs words, and the regex keeps the tagger well above
half the speed of spaCy's bare tokenizer. Words are folded (lowercase, Arabic letter variants
and the article/conjunction clitics removed) and cut to their first STEM_LENGTH characters,
a crude stemmer that lets 'attacked' and 'attacks', 'Anschlag' and 'Anschläge', 'предложил'
and 'предложила' share one feature. spaCy's stop words of the six languages are left out
(except negations and conditionals, which decide whether an event happened): in a bag of
words every function word of a long sentence pushes all scores down.
"""

from __future__ import annotations

import hashlib
import importlib
import re
from collections.abc import Callable, Iterable
from functools import lru_cache
from pathlib import Path
from typing import Any

import spacy
from spacy.language import Language
from spacy.tokens import Doc
from spacy.vocab import Vocab

from eventwatch.tagging.normalise import fold_arabic

MODEL_DIR = Path(__file__).parent / "models" / "textcat"
TOKENIZER_NAME = "eventwatch.stem_tokenizer.v1"
STEM_LENGTH = 6
_WORD = re.compile(r"[^\W_]+", re.UNICODE)
_DIGITS = re.compile(r"\d+")
_ARABIC_PREFIX = re.compile(r"^(?:[وف]?(?:[بكل]?ال|لل)|[وف](?=\w{3}))")
EMPTY = "<empty>"
STOP_LANGUAGES = ("en", "de", "fr", "es", "ru", "ar")
_NEGATIONS_AND_CONDITIONALS = (
    "not no never nobody nothing none if could would might may against "
    "nicht kein keine keinen nie niemals wenn falls könnte könnten gegen "
    "ne pas jamais aucun aucune si pourrait pourraient contre "
    "nunca ningún ninguna ni podría podrían contra "
    "не нет никогда ни если может могут против "
    "لا لم لن ليس إذا اذا قد ضد"
)
_KEPT_FUNCTION_WORDS = frozenset(_NEGATIONS_AND_CONDITIONALS.split())


@lru_cache(maxsize=1)
def stop_words() -> frozenset[str]:
    found: set[str] = set()
    for lang in STOP_LANGUAGES:
        module = importlib.import_module(f"spacy.lang.{lang}.stop_words")
        found |= {_fold(w) for w in module.STOP_WORDS}
    return frozenset(found - _KEPT_FUNCTION_WORDS)


def _fold(text: str) -> str:
    return fold_arabic(text.lower())


def words(text: str, stem_length: int = STEM_LENGTH) -> list[str]:
    """The classifier's tokens of `text`: folded words cut to `stem_length` characters."""
    skip = stop_words()
    tokens = []
    for word in _WORD.findall(_fold(text)):
        if word in skip:
            continue
        if word[0].isdigit():
            tokens.append(_DIGITS.sub("0", word)[:stem_length])
            continue
        if "\u0600" <= word[0] <= "\u06ff" and len(word) > 4:
            word = _ARABIC_PREFIX.sub("", word) or word
        tokens.append(word[:stem_length] if stem_length else word)
    return tokens


class StemTokenizer:
    """A spaCy tokenizer that makes a Doc of `words(text)` (no whitespace, no offsets kept)."""

    def __init__(self, vocab: Vocab, stem_length: int = STEM_LENGTH) -> None:
        self.vocab = vocab
        self.stem_length = stem_length

    def __call__(self, text: str) -> Doc:
        # An empty Doc breaks the n-gram extraction of the bag-of-words model.
        return Doc(self.vocab, words=words(text, self.stem_length) or [EMPTY])

    # Nothing to save: the tokenizer is fully described by its config.
    def to_bytes(self, **_: Any) -> bytes:
        return b""

    def from_bytes(self, _data: bytes, **_: Any) -> StemTokenizer:
        return self

    def to_disk(self, _path: Path, **_: Any) -> None:
        return None

    def from_disk(self, _path: Path, **_: Any) -> StemTokenizer:
        return self


@spacy.registry.tokenizers(TOKENIZER_NAME)
def create_stem_tokenizer(stem_length: int = STEM_LENGTH) -> Callable[[Language], StemTokenizer]:
    def make(nlp: Language) -> StemTokenizer:
        return StemTokenizer(nlp.vocab, stem_length)

    return make


def model_digest(path: Path = MODEL_DIR) -> str:
    """sha256 of the model's files (names and bytes); 'none' when no model is there."""
    if not path.is_dir():
        return "none"
    digest = hashlib.sha256()
    for file in sorted(p for p in path.rglob("*") if p.is_file()):
        digest.update(file.relative_to(path).as_posix().encode())
        digest.update(file.read_bytes())
    return digest.hexdigest()


class EventClassifier:
    """Event-type probabilities for sentences, from the trained model at `path`."""

    def __init__(self, path: Path = MODEL_DIR) -> None:
        if not (path / "config.cfg").exists():
            raise FileNotFoundError(f"{path}: no trained classifier (run `eventwatch train`)")
        self.nlp = spacy.load(path)
        textcat: Any = self.nlp.get_pipe("textcat_multilabel")
        self.labels: tuple[str, ...] = tuple(textcat.labels)

    def scores(self, texts: Iterable[str], batch_size: int = 256) -> list[dict[str, float]]:
        return [dict(doc.cats) for doc in self.nlp.pipe(texts, batch_size=batch_size)]


@lru_cache(maxsize=1)
def shipped_classifier() -> EventClassifier | None:
    """The classifier that ships in the package, loaded once; None when it is missing."""
    try:
        return EventClassifier()
    except FileNotFoundError:
        return None
