"""Untrusted text is escaped; only our own marks become markup."""

from __future__ import annotations

from eventwatch.dashboard.highlight import POST_TAG, PRE_TAG, mark_span, safe_fragment

HOSTILE = 'Hi <script>alert(1)</script> <img src=x onerror="alert(2)"> end'


def test_mark_span_escapes_everything_and_marks_the_span() -> None:
    start = HOSTILE.index("<img")
    end = HOSTILE.index("end")
    html = str(mark_span(HOSTILE, start, end))
    assert "<script>" not in html and "<img" not in html
    assert "&lt;script&gt;" in html
    assert '<mark class="evidence">&lt;img' in html


def test_mark_span_with_offsets_outside_the_text_marks_nothing() -> None:
    assert "<mark" not in str(mark_span("short", 3, 99))
    assert "<mark" not in str(mark_span("short", None, None))


def test_safe_fragment_turns_only_control_tags_into_marks() -> None:
    fragment = f"a {PRE_TAG}bomb{POST_TAG} and <mark>fake</mark> <b>x</b>"
    html = str(safe_fragment(fragment))
    assert html.count("<mark>") == 1
    assert "<mark>bomb</mark>" in html
    assert "&lt;mark&gt;fake" in html and "&lt;b&gt;" in html
