"""A German article with the seed article's situations, in our own words."""

from datetime import UTC, datetime

import pytest

from eventwatch.models import Article

TEXT = (
    "Paris bietet Moskau nach Anschlag Hilfe an\n\n"
    "Nach dem Terroranschlag auf ein Konzerthaus bei Moskau hat Frankreich Russland eine engere "
    "Zusammenarbeit bei der Terrorabwehr vorgeschlagen. Präsident Emmanuel Macron sagte dies am "
    "Dienstag in Lyon. Bei dem Anschlag in einem Vorort von Moskau waren am Freitag zahlreiche "
    "Menschen getötet worden. Macron kritisierte zugleich die Vorwürfe des Kreml gegen die "
    "Ukraine scharf und warf Russland vor, den Anschlag für seine Propaganda zu nutzen. "
    "Die Regierung in Paris hatte die Terrorwarnstufe Vigipirate bereits am Sonntag auf die "
    "höchste Stufe angehoben."
)


@pytest.fixture(scope="module")
def events(tagger):  # type: ignore[no-untyped-def]
    received = datetime(2026, 3, 26, 8, 0, tzinfo=UTC)
    article = Article(id="seed-like", text=TEXT, language="de", received_at=received)
    return tagger.tag(article)


def _one(events, kind):  # type: ignore[no-untyped-def]
    found = [e for e in events if e.type == kind]
    assert found, f"no {kind} among {[e.type for e in events]}"
    return found[0]


def test_only_the_expected_types(events) -> None:  # type: ignore[no-untyped-def]
    allowed = {"diplomatic_proposal", "terror_alert", "terror_attack", "accusation"}
    allowed |= {"responsibility_claim", "terror_plot_foiled"}
    assert {e.type for e in events} <= allowed
    assert {"diplomatic_proposal", "terror_alert", "terror_attack", "accusation"} <= {
        e.type for e in events
    }


def test_proposal_from_france_to_russia(events) -> None:  # type: ignore[no-untyped-def]
    event = _one(events, "diplomatic_proposal")
    assert [a.country for a in event.actors.source] == ["FR"]
    assert [a.country for a in event.actors.target] == ["RU"]


def test_alert_is_vigipirate_at_critical(events) -> None:  # type: ignore[no-untyped-def]
    event = _one(events, "terror_alert")
    assert event.threat_level is not None
    assert event.threat_level.normalized == "critical"
    assert event.threat_level.system == "Vigipirate"
    assert event.threat_level.level == "urgence attentat"  # the system's own word for its top
    assert (event.threat_level.rank, event.threat_level.of) == (3, 3)
    assert event.threat_level.direction == "raised"
    assert event.location is not None and event.location.country == "FR"


def test_attack_near_moscow(events) -> None:  # type: ignore[no-untyped-def]
    event = _one(events, "terror_attack")
    assert event.location is not None
    assert (event.location.name, event.location.country) == ("Moscow", "RU")


def test_accusation_against_russia(events) -> None:  # type: ignore[no-untyped-def]
    accusations = [e for e in events if e.type == "accusation"]
    targets = {a.country for e in accusations for a in e.actors.target}
    sources = {a.country for e in accusations for a in e.actors.source}
    assert "RU" in targets and "FR" in sources


def test_evidence_is_the_sentence_at_its_offsets(events) -> None:  # type: ignore[no-untyped-def]
    for event in events:
        ev = event.evidence
        assert TEXT[ev.start : ev.end] == ev.text
        assert "\n" not in ev.text.strip()


def test_event_fields(events) -> None:  # type: ignore[no-untyped-def]
    for event in events:
        assert event.received_at == datetime(2026, 3, 26, 8, 0, tzinfo=UTC)
        assert event.tagged_at >= event.received_at
        assert event.language == "de"
        assert event.summary and event.tagger_version
        assert event.plover.type
