"""`eventwatch bench tagger`: the full tagger against spaCy's bare tokenizer on the same texts.

Texts: a path (JSONL with "text" and optional "lang", or a directory of such files), else
../shared/corpus/*.jsonl when present, else generated sentences. Pipelines are built before
timing; each side runs twice, interleaved, and the faster run counts, so that a noisy
neighbour on a shared machine penalizes neither side alone.
"""

from __future__ import annotations

import argparse
import json
import random
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

import spacy

from eventwatch.errors import UsageError
from eventwatch.models import Article, stable_id
from eventwatch.tagging import Tagger

DEFAULT_CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus"
ROUNDS = 2


def load_texts(path: str | None, limit: int | None) -> list[tuple[str, str]]:
    """(lang, text) pairs."""
    if path is not None:
        source = Path(path)
        if not source.exists():
            raise UsageError(f"{path}: no such file or directory")
        files = sorted(source.glob("*.jsonl")) if source.is_dir() else [source]
    else:
        files = sorted(DEFAULT_CORPUS.glob("*.jsonl")) if DEFAULT_CORPUS.is_dir() else []
    pairs: list[tuple[str, str]] = []
    for file in files:
        for number, line in enumerate(file.open(encoding="utf-8"), 1):
            if not line.strip():
                continue
            try:
                raw = json.loads(line)
                pairs.append((raw.get("lang") or "en", raw["text"]))
            except (json.JSONDecodeError, KeyError, TypeError) as exc:
                raise UsageError(f"{file}:{number}: expected a JSON object with 'text'") from exc
    if not pairs:
        pairs = generated_texts()
    if limit is not None:
        random.Random(0).shuffle(pairs)
        pairs = pairs[:limit]
    return pairs


def generated_texts(n: int = 2000) -> list[tuple[str, str]]:
    rng = random.Random(0)
    subjects = ["The government", "Police", "Officials", "The minister", "Residents", "Analysts"]
    verbs = ["said on Monday", "reported", "announced", "confirmed", "warned", "denied reports"]
    tails = [
        "that a bomb exploded near the market in Kabul, killing five people.",
        "that the two countries agreed to resume talks next month.",
        "that thousands of protesters marched through the capital.",
        "that quarterly profits rose by four percent.",
        "that the team won the match after a late goal.",
    ]
    return [
        (
            "en",
            " ".join(
                f"{rng.choice(subjects)} {rng.choice(verbs)} {rng.choice(tails)}" for _ in range(6)
            ),
        )
        for _ in range(n)
    ]


def run(args: argparse.Namespace) -> dict[str, object]:

    pairs = load_texts(getattr(args, "path", None), getattr(args, "limit", None))
    tagger = Tagger()
    supported = set(tagger.supported_languages())
    by_lang: dict[str, list[str]] = defaultdict(list)
    for lang, text in pairs:
        if lang in supported:
            by_lang[lang].append(text)
    articles = {
        lang: [Article(id=stable_id("bench", lang, str(i)), text=t, language=lang)
               for i, t in enumerate(texts)]
        for lang, texts in by_lang.items()
    }  # fmt: skip
    tokenizers: dict[str, Any] = {lang: spacy.blank(lang).tokenizer for lang in by_lang}
    for lang, batch in articles.items():  # build pipelines and warm caches before timing
        tagger.tag_batch(batch[:50])
        for text in by_lang[lang][:50]:
            tokenizers[lang](text)
    token_times, tagger_times = [], []
    for _ in range(ROUNDS):
        started = time.perf_counter()
        for lang, texts in by_lang.items():
            for _doc in tokenizers[lang].pipe(texts, batch_size=256):
                pass
        token_times.append(time.perf_counter() - started)
        started = time.perf_counter()
        for batch in articles.values():
            for offset in range(0, len(batch), 64):
                tagger.tag_batch(batch[offset : offset + 64])
        tagger_times.append(time.perf_counter() - started)
    n = sum(len(texts) for texts in by_lang.values())
    tokenizer_per_s = n / min(token_times)
    tagger_per_s = n / min(tagger_times)
    return {
        "articles": n,
        "tagger_per_s": round(tagger_per_s, 1),
        "tokenizer_per_s": round(tokenizer_per_s, 1),
        "ratio": round(tagger_per_s / tokenizer_per_s, 3),
    }
