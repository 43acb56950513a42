"""The assignment alone, on events built by hand: where, who, when, anchors, replays."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from eventwatch.incidents.anchors import anchors, numbers
from eventwatch.incidents.book import PRUNE_EVERY, IncidentBook
from eventwatch.incidents.evaluation import assign_stream, bcubed
from eventwatch.incidents.reports import candidate_keys, event_partition, group_key
from eventwatch.models import Event

T0 = datetime(2026, 5, 4, 8, 0, tzinfo=UTC)
LAGOS = {"name": "Lagos", "country": "NG", "lat": 6.45, "lon": 3.39}
ABUJA = {"name": "Abuja", "country": "NG", "lat": 9.07, "lon": 7.49}
NIGERIA = {"name": "Nigeria", "country": "NG"}


def event(
    n: str, text: str, *, hours: float = 0, kind: str = "terror_attack", **fields: Any
) -> Event:
    data: dict[str, Any] = {
        "id": f"ev-{n}",
        "type": kind,
        "summary": "Terror attack",
        "location": LAGOS,
        "evidence": {"text": text, "start": 0, "end": len(text)},
        "confidence": 0.8,
        "severity": 4,
        "tagger_version": "test",
        "language": "en",
        "article": {
            "id": f"art-{n}",
            "source": f"Outlet {n}",
            "published_at": (T0 + timedelta(hours=hours)).isoformat(),
        },
    }
    data.update(fields)
    return Event.model_validate(data)


def test_reports_in_three_languages_join_one_incident_by_place_and_numbers() -> None:
    membership, incidents = assign_stream(
        [
            event("en", "A car bomb killed 12 people at a market in Lagos."),
            event("fr", "Une voiture piégée a tué 12 personnes à Lagos.", hours=1, language="fr"),
            event(
                "ar", "قتل ١٢ شخصا في تفجير سيارة مفخخة.", hours=2, language="ar", location=NIGERIA
            ),
        ]
    )
    assert len(set(membership.values())) == 1
    [incident] = incidents.values()
    assert (incident.articles, incident.outlets, incident.languages) == (3, 3, ["ar", "en", "fr"])
    assert incident.location is not None and incident.location.name == "Lagos"  # the finer place


def test_the_same_day_in_two_cities_is_two_incidents() -> None:
    membership, _ = assign_stream(
        [
            event("a", "A car bomb killed 12 people in Lagos."),
            event("b", "A car bomb killed 12 people in Abuja.", hours=1, location=ABUJA),
        ]
    )
    assert membership["ev-a"] != membership["ev-b"]


def test_a_week_later_is_another_incident_and_so_is_another_family() -> None:
    membership, _ = assign_stream(
        [
            event("a", "A car bomb killed 12 people in Lagos."),
            event("b", "A car bomb killed 12 people in Lagos.", hours=24 * 7),
            event(
                "c",
                "Police arrested 3 suspects over the Lagos bombing.",
                hours=2,
                kind="terror_plot_foiled",
            ),
        ]
    )
    assert len(set(membership.values())) == 3


def test_reports_sharing_no_place_actor_or_anchor_stay_apart() -> None:
    membership, _ = assign_stream(
        [
            event("a", "Gunmen killed 6 officers at a checkpoint.", location=NIGERIA),
            event("b", "A bomb killed 19 at a bus station.", hours=1, location=NIGERIA),
            event("c", "Six officers died; the toll is 6.", hours=2, location=NIGERIA),
        ]
    )
    assert membership["ev-a"] != membership["ev-b"]
    assert membership["ev-c"] == membership["ev-a"]  # the shared number decides


def test_a_report_naming_no_country_finds_its_incident_by_anchors() -> None:
    membership, _ = assign_stream(
        [
            event("a", "A car bomb killed 12 people in Lagos."),
            event("b", "The bomb in Lagos killed 12.", hours=1, location=None),
        ]
    )
    assert membership["ev-a"] == membership["ev-b"]


def test_replays_give_the_same_incident_and_change_nothing() -> None:
    store: dict[str, Any] = {}
    first = event("a", "A car bomb killed 12 people in Lagos.")
    opened = IncidentBook(store).add(first)
    again = IncidentBook(store).add(first)  # a restarted worker: indexes rebuilt from the store
    assert (again.incident.id, again.changed, again.created) == (opened.incident.id, False, False)
    assert list(store) == [opened.incident.id]
    stream = [event(str(n), f"A bomb killed {n} in Lagos.", hours=n) for n in range(6)]
    assert assign_stream(stream)[0] == assign_stream(list(reversed(stream)))[0]


def test_closed_incidents_leave_the_store() -> None:
    store: dict[str, Any] = {}
    book = IncidentBook(store)
    for n in range(PRUNE_EVERY * 2):  # one incident per day: each closed before the next
        book.add(event(str(n), f"A bomb killed {n} in Lagos.", hours=24 * n))
    assert 0 < len(store) <= PRUNE_EVERY + 3


def test_keys_meet_on_the_family_and_the_countries_involved() -> None:
    report = event("a", "text", location=LAGOS)
    assert group_key(report) == "attack|NG"
    known = ["attack|NG", "attack|-", "attack|FR", "talks|NG"]
    assert candidate_keys(report, known) == ["attack|-", "attack|NG"]
    lost = event("b", "text", location=None)
    assert candidate_keys(lost, known) == ["attack|-", "attack|FR", "attack|NG"]


def test_anchors_are_numbers_and_names_not_words() -> None:
    assert numbers("80,000 marched; 80 000 said police; ٢٥ held in 2026") == {"80000", "25"}
    found = anchors("Police said the attack in Karachi killed 19.", ["Karachi"])
    assert found == {"karachi", "#19"}


def test_a_russian_report_shares_the_names_it_spells_in_cyrillic() -> None:
    russian = anchors("Взрыв в Карачи унёс жизни 19 человек, сообщает агентство Рейтер.")
    english = anchors("A bomb in Karachi killed 19 people, the agency Reuters said.")
    assert {"karachi", "#19"} <= russian & english
    assert "взрыв" not in russian and "vzryv" not in russian  # a sentence's first word


def test_bcubed_counts_each_item_against_its_cluster_and_its_label() -> None:
    gold = {"a": "x", "b": "x", "c": "y"}
    assert bcubed(gold, {"a": "1", "b": "1", "c": "2"}) == (1.0, 1.0)
    precision, recall = bcubed(gold, {"a": "1", "b": "1", "c": "1"})
    assert (round(precision, 3), recall) == (0.556, 1.0)
    with pytest.raises(ValueError, match="labelled items missing"):
        bcubed(gold, {"a": "1"})


def test_events_of_one_family_share_an_events_partition_whatever_their_country() -> None:
    attack = event("a", "text", location=LAGOS)
    claim = event("b", "text", kind="responsibility_claim", location=None)
    elsewhere = event("c", "text", location={"name": "Lyon", "country": "FR"})
    for partitions in (1, 4, 12):
        where = {event_partition(e, partitions) for e in (attack, claim, elsewhere)}
        assert len(where) == 1 and 0 <= where.pop() < partitions
