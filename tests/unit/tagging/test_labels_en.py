"""English weak labels (proposal, agreement, threat, sanctions, terror alert): each pattern
with a positive and a hard negative that shares its words."""

import pytest

PAIRS = [
    # An office as subject stands for an actor the gazetteer does not know by name.
    ("diplomatic_proposal",
     "The interior minister said she is prepared to lift the curfew in the northern districts.",
     "The removal crew said they are prepared to lift the piano through the window."),
    ("diplomatic_proposal",
     "Norway said it will send two rescue planes to help search for the missing fishermen.",
     "Norway said it sent two rescue planes last month to search for the missing fishermen."),
    ("diplomatic_proposal", "Chile offered written assurances to the striking dock workers.",
     "A charity offered written advice to the striking dock workers."),
    ("diplomatic_proposal",
     "The junta said it would free the detained journalists before the end of the month.",
     "The junta said it had released a recording of the detained journalists before the end "
     "of the month."),
    # 'agreed to postpone': what follows 'to' is what was agreed, not a cancelled agreement.
    ("agreement",
     "Rival factions in the Moldovan parliament agreed to postpone the budget vote until March.",
     "Moldova's parliament postponed the signing of the trade accord with Romania."),
    ("agreement", "Ecuador accepted a compromise plan to settle its border quarrel with Peru.",
     "Shares in the brewery jumped after its investors accepted a compromise plan for the "
     "merger."),
    ("agreement",
     "The two militias in Yemen exchanged dozens of prisoners under Red Cross supervision.",
     "Guards in Yemen moved dozens of prisoners to a new wing of the jail."),
    ("agreement", "Peru and Chile signed a treaty settling their maritime boundary.",
     "Protesters burned flags outside the Collective Security Treaty Organization summit in "
     "Yerevan."),
    # A truce proposed or called for is not an agreement reached.
    ("agreement",
     "The Houthis agreed to a truce with the Saudi-led coalition over the Eid holiday.",
     "The Houthis rejected a proposal for a truce with the Saudi-led coalition over the Eid "
     "holiday."),
    # Conditional threats: 'may halt X if Y'.
    ("threat",
     "Japan may halt its loans to Myanmar if the army keeps detaining opposition leaders.",
     "Japan may halt its loan talks with Myanmar's officials for a week."),
    ("sanctions", "Canada announced it would prohibit arms sales to the junta in Niger.",
     "Ottawa is still considering whether to prohibit arms sales to the junta in Niger."),
    ("accusation",
     "Hanoi said the naval patrols by the foreign warships were only a pretext to meddle in the "
     "region.",
     "The pretext of the novel is simple: a retired detective returns to his village."),
    ("accusation",
     "The union leader attacked the government for its slow response to the drought in Kenya.",
     "Militants attacked the government compound in Mogadishu with mortars."),
    ("terror_plot_foiled", "Police in Morocco arrested four alleged would-be bombers near Rabat.",
     "Police in Morocco arrested four men for selling fake watches near Rabat."),
    ("terror_plot_foiled",
     "A Paris court sentenced three jihadist recruiters to ten years in prison.",
     "A Paris court sentenced three fraudsters who laundered money for a casino."),
    # Foiled attacks and captured commanders count where the sentence is about terrorists.
    ("terror_plot_foiled",
     "Nigerian police captured a senior commander of Boko Haram near Maiduguri.",
     "Nigerian police captured a senior commander of a smuggling gang near the border."),
    ("terror_plot_foiled",
     "Police foiled a jihadist attack on the cathedral and arrested two men.",
     "Villagers foiled a robbers' attack on the market, killing two armed thieves."),
    # Militants capturing a place is fighting, not a plot foiled by the authorities.
    ("terror_plot_foiled",
     "Two brothers were charged with plotting to blow up a synagogue in Vienna.",
     "The village fell to militants, who captured it after a two-day siege."),
    # An authority's response to a bomb threat is an alert.
    ("terror_alert",
     "Passengers were evacuated from a ferry in Tallinn harbour following a bomb threat, the "
     "coast guard said.",
     "Passengers were evacuated from a ferry in Tallinn harbour following an engine fire, the "
     "coast guard said."),
    ("terror_alert", "The station was evacuated following a bomb scare in Madrid.",
     "The station was evacuated following a fire in Madrid."),
    ("terror_alert",
     "The transport ministry alerted train operators about possible terror attacks over the "
     "holidays.",
     "The transport ministry alerted train operators about a rise in fare evasion."),
]  # fmt: skip


@pytest.mark.parametrize(("kind", "positive", "negative"), PAIRS)
def test_weak_label_pattern_and_its_hard_negative(types_of, kind, positive, negative):  # type: ignore[no-untyped-def]
    assert kind in types_of(positive, "en")
    assert kind not in types_of(negative, "en")
