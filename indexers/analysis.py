"""Analyzers: one per supported language plus a standard fallback, shared by all indices.

German gets a decompounder fed by our own list of compound parts, so that a search for
'Anschlag' finds 'Terroranschlag' and 'Anschlägen'. Queries are analyzed without the
decompounder: a search for 'Terroranschlag' should not match every 'Terror'.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

LANGUAGES = ("de", "en", "fr", "es", "ru", "ar")
_COMPOUND_PARTS = Path(__file__).with_name("templates") / "compound_parts_de.txt"


def compound_parts_de() -> list[str]:
    lines = _COMPOUND_PARTS.read_text(encoding="utf-8").splitlines()
    return [w.strip() for w in lines if w.strip() and not w.startswith("#")]


def analysis_settings() -> dict[str, Any]:
    german_base = ["lowercase", "german_normalization"]
    return {
        "filter": {
            "ew_de_stop": {"type": "stop", "stopwords": "_german_"},
            "ew_de_decompound": {
                "type": "dictionary_decompounder",
                "word_list": compound_parts_de(),
                "min_subword_size": 3,
                "only_longest_match": False,
            },
            "ew_de_stem": {"type": "stemmer", "language": "light_german"},
        },
        "normalizer": {"ew_lower": {"type": "custom", "filter": ["lowercase", "asciifolding"]}},
        "analyzer": {
            "ew_de": {
                "type": "custom",
                "tokenizer": "standard",
                "filter": [*german_base, "ew_de_stop", "ew_de_decompound", "ew_de_stem"],
            },
            "ew_de_search": {
                "type": "custom",
                "tokenizer": "standard",
                "filter": [*german_base, "ew_de_stop", "ew_de_stem"],
            },
            "ew_folded": {
                "type": "custom",
                "tokenizer": "standard",
                "filter": ["lowercase", "asciifolding"],
            },
        },
    }


_BUILTIN = {"en": "english", "fr": "french", "es": "spanish", "ru": "russian", "ar": "arabic"}


def multilingual_text(*, keyword: bool = False) -> dict[str, Any]:
    """A text field with one subfield per language (text.de, text.en, ...) and a folded
    fallback for languages without their own analyzer."""
    fields: dict[str, Any] = {
        "de": {"type": "text", "analyzer": "ew_de", "search_analyzer": "ew_de_search"},
        **{lang: {"type": "text", "analyzer": name} for lang, name in _BUILTIN.items()},
        "folded": {"type": "text", "analyzer": "ew_folded"},
    }
    if keyword:
        fields["keyword"] = {"type": "keyword", "ignore_above": 512}
    return {"type": "text", "fields": fields}


def text_query_fields(base: str, boost: float = 1.0) -> list[str]:
    """All the subfields a free-text query searches for one multilingual field."""
    suffix = "" if boost == 1.0 else f"^{boost:g}"
    subs = [base, *(f"{base}.{lang}" for lang in LANGUAGES), f"{base}.folded"]
    return [f"{s}{suffix}" for s in subs]
