"""English: a positive and a hard negative for every error kind of issue 12."""

import pytest
from support.error_kinds import Case, check, covers_every_kind, neg, pos

CASES: list[Case] = [
    # Phrasings without the obvious trigger word
    pos(
        "phrasing",
        "Gunmen executed eleven villagers accused of helping the army, a militia leader said.",
        "terror_attack",
    ),
    pos(
        "phrasing",
        "Kenya's opposition leader received death threats after his speech in parliament.",
        "threat",
    ),
    pos(
        "phrasing",
        "The foreign minister called the peace plan a fantasy that rewards aggression.",
        "accusation",
    ),
    pos(
        "phrasing",
        "Two suspects were caught near the border and charged with orchestrating the "
        "bombing of the consulate.",
        "terror_plot_foiled",
    ),
    pos(
        "phrasing",
        "The UN chief urged both governments to return to talks and show restraint.",
        "diplomatic_proposal",
    ),
    neg(
        "phrasing",
        "The company executed its restructuring plan ahead of schedule.",
        "terror_attack",
        "military_action",
    ),
    neg("phrasing", "The singer called the new album a fantasy come true.", "accusation"),
    # Word senses
    pos(
        "sense",
        "Warplanes carried out strikes on rebel positions near the airport overnight.",
        "military_action",
        absent=("protest",),
    ),
    pos(
        "sense",
        "Dock workers went on strike over pay, halting exports at the port.",
        "protest",
        absent=("military_action",),
    ),
    neg("sense", "The army demonstrated its new drones to visiting officers.", "protest"),
    neg(
        "sense",
        "Forecasters promise sunshine and warm temperatures for the weekend.",
        "diplomatic_proposal",
    ),
    # Domains that are not politics
    pos(
        "domain",
        "The government accused the football federation of covering up corruption.",
        "accusation",
    ),
    neg(
        "domain",
        "The striker was accused of diving and criticised by the coach after the match.",
        "accusation",
    ),
    neg(
        "domain",
        "A man accused of robbing a petrol station was charged with theft.",
        "accusation",
        "terror_plot_foiled",
    ),
    neg(
        "domain",
        "Coalition talks between the two parties resumed in Berlin on Monday.",
        "diplomatic_meeting",
    ),
    neg(
        "domain",
        "The company pledged to invest two billion in new plants, shareholders heard.",
        "diplomatic_proposal",
    ),
    # Sibling types
    pos(
        "sibling",
        "Police arrested three terror suspects who had planned to bomb a train station.",
        "terror_plot_foiled",
        absent=("terror_attack",),
    ),
    pos(
        "sibling",
        "Bomb disposal experts defused an explosive device found outside the embassy.",
        "terror_plot_foiled",
        absent=("terror_attack",),
    ),
    pos(
        "sibling",
        "Russia urged talks with Ukraine on the exchange of prisoners.",
        "diplomatic_proposal",
        absent=("diplomatic_meeting",),
    ),
    neg(
        "sibling",
        "Counter-terrorism police raided two flats and detained a suspected militant.",
        "military_action",
        "terror_attack",
    ),
    # Background and generic mentions
    pos(
        "background",
        "A suicide bomber killed nine people at a market in Kabul on Sunday.",
        "terror_attack",
    ),
    neg(
        "background",
        "Security has been tight in Paris since the November 2015 attacks.",
        "terror_attack",
    ),
    neg(
        "background",
        "The book is a history of the war on terror and its costs.",
        "military_action",
        "terror_attack",
    ),
    neg(
        "background",
        "Survivors marked the anniversary of the 1995 massacre with a silent march.",
        "terror_attack",
    ),
    # Modality
    pos(
        "modality",
        "No one was hurt, but the bombing destroyed the police station.",
        "terror_attack",
    ),
    neg(
        "modality",
        "The group denies any responsibility for the explosion at the depot.",
        "responsibility_claim",
    ),
    neg(
        "modality",
        "The president promised never to use force against the neighbouring state.",
        "threat",
    ),
    neg("modality", "The ministry said the army had not shelled the village.", "military_action"),
]


def test_every_error_kind_has_a_positive_and_a_hard_negative() -> None:
    assert covers_every_kind(CASES) == set()


@pytest.mark.parametrize("case", CASES, ids=lambda c: f"{c.kind}:{c.text[:40]}")
def test_case(types_of, case: Case) -> None:  # type: ignore[no-untyped-def]
    check(types_of(case.text, "en"), case)
