"""English: one positive per type, and hard negatives sharing its words."""

import pytest

POSITIVES = [
    ("Ukrainian officials made allegations of torture against the occupying troops.",
     "accusation"),
    ("The government and the rebels agreed to a three-week truce in the northern provinces.",
     "agreement"),
    ("A suicide bomber blew himself up outside a police station in Kabul, killing nine people.",
     "terror_attack"),
    ("In a message on its Amaq news agency, the Islamic State said it carried out the bombing "
     "of the bus depot.",
     "responsibility_claim"),
    ("Police foiled a plot to bomb a Christmas market and arrested three terror suspects.",
     "terror_plot_foiled"),
    ("Britain raised its terrorism threat level to critical after the explosion.", "terror_alert"),
    ("Russian warplanes carried out air strikes on rebel positions near Idlib.",
     "military_action"),
    ("Thousands of students rallied in Santiago to protest against tuition fees.", "protest"),
    ("Germany proposed talks with Iran on the nuclear programme.", "diplomatic_proposal"),
    ("Chancellor Olaf Scholz met with Chinese President Xi Jinping in Beijing.",
     "diplomatic_meeting"),
    ("Israel and Hamas agreed to a ceasefire brokered by Egypt.", "agreement"),
    ("China accused the United States of interfering in its internal affairs.", "accusation"),
    ("North Korea threatened to retaliate against South Korea over the drills.", "threat"),
    ("The European Union imposed sanctions on Russian banks.", "sanctions"),
]  # fmt: skip

NEGATIVES = [
    ("Moscow says it is readying for new sanctions from Brussels.", {"sanctions"}),
    ("Greece kept its promise to finish the stadiums in time for the Olympic Games.",
     {"diplomatic_proposal"}),
    ("Critics of the proposed penalties for Bolivia say they would hit the poor.",
     {"diplomatic_proposal"}),
    ("The Indian foreign minister will visit Kenya in the spring, his office announced.",
     {"diplomatic_meeting"}),
    ("Police stopped two planned terrorist attacks in the city last year.", {"terror_attack"}),
    ("Hotel bookings on the coast fell amid fears of a terrorist attack during the festival.",
     {"terror_attack"}),
    ("Soldiers opened fire on protesters outside the parliament in Bamako.", {"terror_attack"}),
    ("Ankara is preparing an offensive against the militia in the border region.",
     {"military_action"}),
    ("The accused told the court in Leeds that he had acted alone.", {"accusation"}),
    ("Unknown attackers overran a checkpoint on the edge of the capital at night.",
     {"accusation"}),
    ("The army shelled the border town in retaliation for the raid on Sunday.", {"threat"}),
    ("A Chinese trade official, who agreed to speak on condition of anonymity, confirmed the "
     "delay in grain shipments.",
     {"agreement"}),
    ("The neighbours agreed to share the cost of a new garden fence.", {"agreement"}),
    ("The striker scored twice as the home side launched a late attack on goal.",
     {"terror_attack", "military_action", "protest"}),
    ("The company proposed a merger with its rival to boost shareholder value.",
     {"diplomatic_proposal"}),
    ("The minister denied any terror threat to the city.", {"terror_alert", "threat"}),
    ("He was taken to hospital after a heart attack.", {"terror_attack", "military_action"}),
    ("Police clashed with protesters outside parliament.", {"military_action"}),
    ("A man accused of stealing a car was arrested by police.", {"terror_plot_foiled"}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "kind"), POSITIVES)
def test_positive(types_of, text: str, kind: str) -> None:  # type: ignore[no-untyped-def]
    assert kind in types_of(text, "en")


@pytest.mark.parametrize(("text", "wrong"), NEGATIVES)
def test_hard_negative(types_of, text: str, wrong: set[str]) -> None:  # type: ignore[no-untyped-def]
    assert not types_of(text, "en") & wrong
