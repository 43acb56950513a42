"""English actor names: capitals and seats of government stand for their state ('Kigali
accused Kinshasa', 'Downing Street summoned'), armed groups are named; a capital named as the
place of an event stays a place with coordinates."""

from __future__ import annotations

import pytest

from eventwatch.models import Article

DIRECTED = [
    ("Kigali accused Kinshasa of arming the rebels in the east.", "accusation", "RW", "CD"),
    ("Downing Street summoned the Russian ambassador over the poisoning.", "accusation", "GB",
     "RU"),
    ("The Elysee offered to host talks between Baku and Yerevan.", "diplomatic_proposal", "FR",
     "AZ"),
    ("Paris offered to mediate between Kinshasa and Kigali.", "diplomatic_proposal", "FR", "CD"),
    ("Sudan's army held talks with the Rapid Support Forces in Jeddah.", "diplomatic_meeting", "SD",
     None),
    ("Putin hosted Xi at the Kremlin for two days of talks.", "diplomatic_meeting", "RU", "CN"),
    ("Nairobi recalled its ambassador from Addis Ababa.", "sanctions", "KE", "ET"),
]  # fmt: skip


def _events(tagger, text: str, kind: str):  # type: ignore[no-untyped-def]
    return [e for e in tagger.tag(Article(id="t", text=text, language="en")) if e.type == kind]


@pytest.mark.parametrize(("text", "kind", "source", "target"), DIRECTED)
def test_capital_or_seat_stands_for_its_state(tagger, text, kind, source, target) -> None:  # type: ignore[no-untyped-def]
    events = _events(tagger, text, kind)
    assert events, text
    assert [a.country for a in events[0].actors.source] == [source]
    assert [a.country for a in events[0].actors.target] == [target]
    if target is None:  # an armed group of the same country is the other side
        assert [a.name for a in events[0].actors.target] == ["Rapid Support Forces"]


def test_an_armed_group_is_named_as_the_doer(tagger) -> None:  # type: ignore[no-untyped-def]
    events = _events(
        tagger,
        "The Baloch Liberation Army claimed responsibility for the bombing of the train.",
        "responsibility_claim",
    )
    assert [a.name for a in events[0].actors.source] == ["Baloch Liberation Army"]


def test_a_capital_as_the_place_of_an_attack_keeps_its_coordinates(tagger) -> None:  # type: ignore[no-untyped-def]
    events = _events(
        tagger, "A suicide bomber killed six people at a market in Nairobi.", "terror_attack"
    )
    assert events[0].location is not None
    assert (events[0].location.name, events[0].location.country) == ("Nairobi", "KE")
    assert events[0].location.lat is not None
