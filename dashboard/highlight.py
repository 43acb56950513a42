"""Marking evidence inside untrusted text without ever trusting the text."""

from __future__ import annotations

from markupsafe import Markup, escape

# Private-use characters: Elasticsearch trims control characters (<= U+0020) off tags.
PRE_TAG = "\ue000"
POST_TAG = "\ue001"


def mark_span(text: str, start: int | None, end: int | None) -> Markup:
    if start is None or end is None or not 0 <= start < end <= len(text):
        return escape(text)
    return (
        escape(text[:start])
        + Markup('<mark class="evidence">')
        + escape(text[start:end])
        + Markup("</mark>")
        + escape(text[end:])
    )


def safe_fragment(fragment: str) -> Markup:
    """Escape a highlight fragment, then turn our control-character tags into <mark>.

    Searches ask Elasticsearch for PRE_TAG/POST_TAG, private-use characters that news
    text does not use; even if an article did, the worst it could forge is a <mark>.
    """
    escaped = str(escape(fragment))
    return Markup(escaped.replace(PRE_TAG, "<mark>").replace(POST_TAG, "</mark>"))
