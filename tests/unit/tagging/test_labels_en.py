"""English weak labels (proposal, agreement, threat, sanctions, terror alert): each pattern
with a positive and a hard negative that shares its words."""

import pytest

PAIRS = [
    # An office as subject stands for an actor the gazetteer does not know by name.
    ("diplomatic_proposal",
     "President Amadou Keller said he is prepared to lift the ban on the opposition party.",
     "Shopkeepers said they are prepared to lift the shutters again on Monday."),
    ("diplomatic_proposal",
     "The Red Cross said it will send a team within the next two days to help identify victims.",
     "The Red Cross said it sent a team last week to identify victims."),
    ("diplomatic_proposal", "Farmers received assurances from the French government.",
     "Farmers received seeds from a charity."),
    ("diplomatic_proposal",
     "The rebels said they will release the captured Nigerian officials on Friday.",
     "The rebels said they released a video of the captured officials on Friday."),
    # 'agreed to postpone': what follows 'to' is what was agreed, not a cancelled agreement.
    ("agreement", "Opposition leaders in Georgia agreed to postpone the march until May.",
     "Opposition leaders in Georgia postponed the signing of the accord."),
    ("agreement",
     "Sweden accepted a formula for ending its trade dispute with its common market partners.",
     "Shares in the firm rose as the stock market accepted a formula for its merger."),
    ("agreement", "Officers oversaw the exchange of prisoners of war near the Ukrainian border.",
     "Officers oversaw the transfer of prisoners to a new jail near the Ukrainian border."),
    ("agreement", "Armenia and Azerbaijan signed a treaty on their common border.",
     "Gunmen attacked a North Atlantic Treaty Organization convoy near Kabul."),
    # A ceasefire proposed or called for is not an agreement reached.
    ("agreement", "Iran agreed to a ceasefire with Iraq during the holy month.",
     "Iran rejected a proposal for a ceasefire with Iraq during the holy month."),
    # Conditional threats: 'may halt X if Y'.
    ("threat", "The European Union may suspend its aid to Serbia if the fighting continues.",
     "The European Union may suspend its meeting with Serbian officials for a day."),
    ("sanctions",
     "The United States announced it would prohibit all aid to the Albanian rebels.",
     "The United States said it would consider whether to prohibit aid to the rebels."),
    ("sanctions", "A Spanish minister cancelled a planned visit to Venezuela after the arrests.",
     "A Spanish minister paid a planned visit to Venezuela after the arrests."),
    ("accusation",
     "Beijing said the visit by the American senator was a pretext to interfere in its affairs.",
     "The pretext of the film is simple: two brothers travel west."),
    ("accusation",
     "The opposition leader attacked the government for its handling of the floods in Pakistan.",
     "Gunmen attacked the district government headquarters in Kandahar, Afghanistan."),
    ("terror_plot_foiled", "Police in Morocco arrested four alleged would-be bombers near Rabat.",
     "Police in Morocco arrested four men for selling fake watches near Rabat."),
    ("terror_plot_foiled",
     "A security court jailed an Islamist militant for financing the bombings in Iraq.",
     "A court jailed a banker for financing his gambling debts with client money."),
    # Foiled attacks and captured commanders count where the sentence is about terrorists.
    ("terror_plot_foiled",
     "Iraqi police captured a senior commander of the Islamic State in Mosul.",
     "Iraqi police captured a senior commander of the city fire brigade in Mosul."),
    ("terror_plot_foiled",
     "Police foiled a jihadist attack on the cathedral and arrested two men.",
     "Villagers foiled a robbers' attack on the market, killing two armed thieves."),
    ("terror_plot_foiled", "Five men were accused of plotting the simultaneous car bombings.",
     "The town was attacked and captured by rebels and militants the previous day."),
    # An authority's response to a bomb threat is an alert.
    ("terror_alert",
     "A plane bound for Paris was diverted to Shannon after a bomb threat, Irish police said.",
     "A plane bound for Paris was diverted to Shannon after a passenger fell ill."),
    ("terror_alert", "The station was evacuated following a bomb scare in Madrid.",
     "The station was evacuated following a fire in Madrid."),
    ("terror_alert",
     "The Education Department alerted schools about possible terror attacks on buses.",
     "The Education Department alerted schools about a rise in flu cases."),
]  # fmt: skip


@pytest.mark.parametrize(("kind", "positive", "negative"), PAIRS)
def test_weak_label_pattern_and_its_hard_negative(types_of, kind, positive, negative):  # type: ignore[no-untyped-def]
    assert kind in types_of(positive, "en")
    assert kind not in types_of(negative, "en")
