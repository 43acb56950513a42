"""Seats and offices of government stand for their state in German and Arabic news
('das Auswärtige Amt', 'Moskau', 'البيت الأبيض', 'الدوحة'): the actors users see."""

import pytest

from eventwatch.models import Article

CASES = [
    ("de", "Das Auswärtige Amt warnte Moskau vor ernsten Konsequenzen.", "threat", "DE", "RU"),
    ("de", "Kiew warf dem Kanzleramt vor, Waffenlieferungen zu verzögern.", "accusation",
     "UA", "DE"),
    ("ar", "حذر البيت الأبيض موسكو من عواقب وخيمة.", "threat", "US", "RU"),
    ("ar", "وصل وزير الخارجية التركي إلى الدوحة في زيارة رسمية.", "diplomatic_meeting",
     "TR", "QA"),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "text", "kind", "source", "target"), CASES)
def test_seat_names_its_state(tagger, lang, text, kind, source, target) -> None:  # type: ignore[no-untyped-def]
    events = [e for e in tagger.tag(Article(id="t", text=text, language=lang)) if e.type == kind]
    assert events, kind
    assert [a.country for a in events[0].actors.source] == [source]
    assert [a.country for a in events[0].actors.target] == [target]
