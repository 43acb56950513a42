"""English inventory (docs/tagging/definitions.md, 'English: CAMEO map and inventory').

For every event type: positives in several constructions (verb, noun, passive, headline,
translated wire style), written for the CAMEO sub-categories that map to the type, and hard
negatives (other senses of the same words, sport / market / court / weather / private domains,
background, negation, sibling types, and CAMEO categories that map to none of our types).
Every text is written for this test.
"""

from __future__ import annotations

import pytest

from eventwatch.models import Article

POSITIVES: dict[str, list[str]] = {
    "diplomatic_proposal": [
        # 026/027 appeal to negotiate or settle
        "The UN secretary-general urged Ethiopia and Eritrea to return to the negotiating table.",
        "Germany called on both sides to end hostilities and resume dialogue.",
        # 0256 / 0356 de-escalation
        "Washington urged Israel and Hezbollah to de-escalate along the border.",
        # 036 intent to meet or negotiate: readiness, nouns and translated phrasings
        "Iran expressed its readiness to resume nuclear talks with the European powers.",
        "Seoul said it was open to talks with Pyongyang without preconditions.",
        "China stands ready to work with Russia to safeguard stability in Central Asia.",
        # 031 intent to cooperate
        "India and Japan vowed to deepen defence cooperation during the minister's visit.",
        # 039 offer mediation; noun
        "Pakistan welcomed Saudi Arabia's offer of mediation in its dispute with India.",
        # 030 plans put forward (headline, translated 'came forward with an initiative')
        "Turkey floats peace plan for Black Sea shipping",
        "Erdogan to Putin: Turkey ready to host peace talks",
        "Kazakhstan came forward with an initiative to host a regional security conference.",
        "Brazil put forward a proposal for a ceasefire in Sudan at the United Nations.",
        # 032 / 033 intent to provide aid
        "Japan announced it would provide emergency aid to Turkey after the earthquake.",
        "Norway extended an invitation to the Colombian president to visit Oslo.",
        "China called for an immediate ceasefire in Gaza.",
        "The Arab League urged an end to the violence in Sudan.",
    ],
    "diplomatic_meeting": [
        "Iran's foreign minister received his Omani counterpart in Tehran on Sunday.",
        "Blinken spoke with Lavrov by phone about the prisoner swap.",
        "Macron telephoned Netanyahu to discuss the situation in Gaza.",
        "The Chinese and Vietnamese defence ministers conferred in Hanoi on maritime security.",
        "Erdogan, Putin meet in Sochi",
        "Delegations from Armenia and Azerbaijan sat down with EU mediators in Brussels.",
        "Serbian officials are negotiating with Kosovo's representatives under EU auspices.",
        "Lavrov and the Chinese foreign minister exchanged views on the situation in Afghanistan.",
        "A second round of negotiations between Sudan and South Sudan opened in Jeddah.",
        # passive, and a joint meeting named by its parties (translated register)
        "Talks were held between Chinese and American trade officials in Geneva.",
        "The two sides held a phone conversation, during which they exchanged views on trade.",
    ],
    "agreement": [
        "Ethiopia and Eritrea inked a deal to reopen their border crossings.",
        "Ukraine and Russia struck a deal on grain exports brokered by Turkey.",
        "Turkey's parliament ratified Sweden's accession to NATO.",
        "Saudi Arabia and Iran restored diplomatic relations after seven years.",
        "Israel, Hamas agree to extend truce",
        "The two countries concluded a pact on defence cooperation.",
        "A memorandum on energy cooperation was signed by Azerbaijan and Hungary in Baku.",
        "Russia and Belarus sealed an agreement on a common gas market.",
        "The parties signed a memorandum of mutual understanding in the sphere of energy.",
    ],
    "accusation": [
        # 111 criticize or denounce
        "Iran's foreign ministry lambasted the European parliament's resolution as meddling.",
        "The foreign minister took Washington to task for its silence on the settlements.",
        "Ukraine's envoy branded the referendum in the occupied regions a sham.",
        "Moscow called the new sanctions an unfriendly act.",
        "Turkey slams Sweden over Koran burning",
        # 112 accuse, incl. responsibility
        "Poland held Russia responsible for the sabotage on the railway line.",
        # 114 complain officially
        "China summoned the Japanese ambassador to protest against the visit to the shrine.",
        "Venezuela lodged a formal complaint with the United Nations over the naval deployment.",
        "South Korea voiced strong displeasure over Japan's claims to the islands.",
        "Israel came under sharp criticism from its allies over the strike on the aid convoy.",
        # reported criticism without a cue word
        "Beijing said Washington's arms sales to Taiwan were a gross interference in China's "
        "internal affairs.",
        "Kyiv said Russian forces had committed atrocities in the town of Bucha.",
        "EU condemns 'unacceptable' Russian cyberattacks",
        "The White House said Moscow bears full responsibility for the death of the dissident.",
    ],
    "threat": [
        # 138 threaten force, 139 ultimatum
        "China warned Taiwan that it would face a resolute response if it declared independence.",
        "Hezbollah vowed to avenge the killing of its commander in Beirut.",
        "Turkey said it reserves the right to respond militarily to any attack on its soldiers.",
        "Niger's junta gave the French ambassador 48 hours to leave the country.",
        "North Korea said it would hit back with overwhelming force at any provocation.",
        "Iran threatens to close Strait of Hormuz",
        # 131 / 1312 threaten sanctions
        "The European Union is threatening Hungary with the loss of billions in funds.",
        "Washington warned Moscow of severe consequences if it used nuclear weapons.",
        "Russia said it would take countermeasures if Finland joined NATO.",
        "Iran said any attack on its nuclear sites would be met with a crushing response.",
        "Threats were made against the Dutch prime minister by an Islamist group.",
    ],
    "sanctions": [
        # 161 reduce or break relations, 166 expel
        "Moldova ordered two Russian diplomats to leave the country within 48 hours.",
        "Niger's junta withdrew its ambassador from Nigeria.",
        "Lithuania downgraded diplomatic relations with China over Taiwan.",
        # 163 embargo and sanctions, 085 easing
        "The United States slapped visa restrictions on Ugandan officials.",
        "The European Union eased its embargo on Venezuelan oil.",
        "US blacklists Chinese drone maker",
        "Canada barred entry to five Iranian officials over the crackdown.",
        # 162 stop material aid
        "Japan halted arms deliveries to the Myanmar military after the coup.",
        "Burkina Faso expelled French military advisers and UN monitors.",
        # passives and nominalizations
        "The Iranian ambassador was expelled from Azerbaijan on Tuesday.",
        "Two Russian diplomats were declared persona non grata by Estonia.",
        "The expulsion of the Russian envoy was announced by the Czech foreign ministry.",
        # 164 halt negotiations in protest
        "Japan called off a planned summit with South Korea in protest at the court ruling.",
        "Washington imposed export controls on advanced chips to China.",
        "Poland closed its border with Belarus in protest at the detention of a journalist.",
    ],
    "military_action": [
        "Israeli warplanes pounded Hamas positions in Gaza overnight.",
        "Ukrainian forces retook the village of Robotyne in the south.",
        "Azerbaijani troops shot down an Armenian drone over the border.",
        "Russia pummels Kharkiv with missiles and drones",
        # 191 blockade, 192 occupy
        "The Saudi-led coalition imposed a naval blockade on Yemen's ports.",
        "Russian troops occupied the nuclear power plant in Zaporizhzhia.",
        "Rebels besieged the garrison town for three weeks.",
        "Kharkiv came under heavy missile fire on Sunday.",
        # attacks by armed groups on soldiers and bases are fighting, not terror
        "Militants carried out overnight attacks against the security forces in the town, killing "
        "nine soldiers.",
        "Insurgents set upon an army outpost on the edge of the city before dawn.",
        "Rebel fighters advanced into the northern suburbs of the city.",
        "The bombardment of Mariupol continued for a second week.",
        # 196 violate ceasefire
        "Armenian forces violated the ceasefire along the border, Azerbaijan said.",
        "Turkish jets carried out bombing raids on Kurdish militant hideouts in northern Iraq.",
    ],
    "protest": [
        "Hundreds of farmers blocked roads with tractors near Brussels.",
        "Tens of thousands poured into the streets of Tbilisi against the foreign agents law.",
        "Dockers downed tools in Antwerp over the pension reform.",
        "Kenyans take to streets over tax hikes",
        "Students occupied the rectorate in Belgrade to demand accountability for the deaths.",
        "Rioters torched cars in the suburbs of Paris for a third night.",
        "Opposition supporters staged a sit-in outside the electoral commission in Dhaka.",
    ],
    "terror_attack": [
        "Militants beheaded two aid workers in northern Mozambique.",
        "Gunmen hijacked a bus and took its passengers hostage in Balochistan.",
        "A man drove a van into pedestrians on a crowded street in Barcelona.",
        "An explosive-laden vehicle rammed the gate of an army base in Mali.",
        "Gunmen made an attempt on the life of the governor of Kandahar.",
        "Gunmen attacked the stock exchange building in Karachi; four assailants were killed.",
        "Bandits killed seven villagers in separate attacks in Kaduna State.",
        "Al-Shabaab fighters stormed a hotel in Mogadishu, killing at least nine guests.",
    ],
    "terror_plot_foiled": [
        "Police dismantled a jihadist cell planning attacks in Barcelona.",
        "Security forces seized a cache of explosives and suicide vests near Peshawar.",
        "A court in Duesseldorf found four men guilty of plotting attacks for Islamic State.",
        "Two teenagers were taken into custody over an alleged plan to attack a concert in Vienna.",
        "German police arrest Syrian over Christmas market attack plot",
        "Tajikistan extradited an Islamic State recruiter to Russia on terrorism charges.",
        "Two men were charged with preparing acts of terrorism after police found bomb manuals.",
        "Counterterrorism police carried out raids across Birmingham and detained four people.",
        "A cell of the Islamic State was broken up by Spanish police in Ceuta.",
        "The special services prevented a terrorist act at a transport facility.",
    ],
    "responsibility_claim": [
        "Islamic State took credit for the bombing of the cathedral in Jolo.",
        "The attack was claimed by the Baloch Liberation Army.",
        "Al-Shabaab said its fighters had carried out the assault on the base.",
        "The Pakistani Taliban admitted responsibility for the suicide bombing in Peshawar.",
    ],
    "terror_alert": [
        "Authorities raised the alert level at airports across Belgium after the attack.",
        "Security was stepped up at synagogues across Germany after the attack in Halle.",
        "The airport in Brussels was closed for three hours after a suspicious package was found.",
        "Police in Germany warned the public to remain vigilant over the Christmas period.",
    ],
}

# (text, types it must not yield): other senses, domains, siblings, background, modality,
# and CAMEO categories that map to none of our types.
NEGATIVES: list[tuple[str, set[str]]] = [
    # diplomatic_proposal
    ("Macron offered his condolences to the families of the victims in Kenya.",
     {"diplomatic_proposal"}),  # CAMEO 018 empathetic comment
    ("The German president offered his sympathy to Turkey after the earthquake.",
     {"diplomatic_proposal"}),
    ("The French retailer offered customers a discount on winter clothing.",
     {"diplomatic_proposal"}),
    ("The Spanish government offered farmers compensation for the flood damage.",
     {"diplomatic_proposal"}),  # domestic, not diplomatic
    ("Police in Manchester appealed for help from the public to find the driver.",
     {"diplomatic_proposal"}),
    ("Russia rejected the proposal for talks on Ukraine's neutrality.",
     {"diplomatic_proposal", "diplomatic_meeting"}),  # CAMEO 125 reject
    ("Critics say the government's proposed tax on sugar would hit the poor in Mexico.",
     {"diplomatic_proposal"}),
    ("The Brazilian striker promised to score in the final against Argentina.",
     {"diplomatic_proposal"}),
    ("Egypt demanded talks with Ethiopia on the filling of the dam.",
     {"diplomatic_proposal"}),  # CAMEO 106 demand (10x: none)
    # diplomatic_meeting
    ("The chancellor met party leaders to discuss the coalition budget.",
     {"diplomatic_meeting"}),
    ("Apple's chief executive met investors and analysts in Shanghai.",
     {"diplomatic_meeting"}),
    ("France urged talks with Algeria over the visa dispute.", {"diplomatic_meeting"}),
    ("Tourists visited the Kremlin museums over the holiday.", {"diplomatic_meeting"}),
    ("Seoul suspended negotiations with Pyongyang over the missile launch.",
     {"diplomatic_meeting"}),
    # agreement
    ("The Argentine club signed the striker on a four-year contract.", {"agreement"}),
    ("The Canadian company signed a supply deal with a battery maker.", {"agreement"}),
    ("Apple signed a deal with a Chinese supplier of screens.", {"agreement"}),
    ("Hamas rejected the ceasefire proposal put forward by Egypt.",
     {"agreement", "diplomatic_proposal"}),
    ("Israel and Hamas traded accusations over the collapse of the truce.", {"agreement"}),
    # accusation
    ("The former mayor of Naples was condemned to ten years in prison for bribery.",
     {"accusation"}),
    ("The American actor was accused of assault by a former colleague.", {"accusation"}),
    ("Officials in India blamed the derailment on a signalling fault.", {"accusation"}),
    ("The coach criticised the referee after the defeat in Madrid.", {"accusation"}),
    ("The German chancellor praised Kenya's role in the peace effort.",
     {"accusation", "diplomatic_proposal"}),  # CAMEO 051 praise
    ("Japan's prime minister apologised to South Korea for the wartime abuses.",
     {"accusation"}),  # CAMEO 055 apologize
    ("The opposition leader launched a scathing attack on the government's budget in Ankara.",
     {"military_action", "terror_attack"}),
    # threat
    ("Rising seas threaten the Maldives and other low-lying islands.", {"threat"}),
    ("A Turkish climber suffered life-threatening injuries in the fall.", {"threat"}),
    ("The Indian minister promised never to use force to settle the border dispute.",
     {"threat"}),
    ("Experts say the terror threat in Europe has changed over two decades.", {"threat"}),
    # sanctions
    ("UEFA sanctioned the Serbian club after fans threw flares during the match.",
     {"sanctions", "protest"}),
    ("The European Union threatened Hungary with sanctions over the law.", {"sanctions"}),
    ("Germany deported 28 Afghan convicts to Kabul on a charter flight.",
     {"sanctions"}),  # CAMEO 174 expel individuals
    ("Seoul said it had no plans to impose sanctions on Beijing.", {"sanctions"}),
    ("Moscow said it would not expel the Estonian diplomats for now.", {"sanctions"}),
    # military_action
    ("Chinese warships fired live rounds during naval exercises near Taiwan.",
     {"military_action"}),
    ("Russia massed tens of thousands of troops near the Ukrainian border.",
     {"military_action"}),  # CAMEO 154 mobilize
    ("The president fired his defence minister after the scandal in Kyiv.",
     {"military_action"}),
    ("The senator came under fire from critics over his remarks on Iran.", {"military_action"}),
    ("The hospital in Kyiv said the patient died of a heart attack.",
     {"military_action", "terror_attack"}),
    ("Investors criticized the company's board after the merger.", {"accusation"}),
    ("Shares came under attack after the profit warning.", {"military_action", "terror_attack"}),
    ("Liverpool's attack pounded the Everton defence in the second half.",
     {"military_action", "terror_attack"}),
    # protest
    ("Shares rallied in Tokyo after the Japanese central bank kept rates on hold.",
     {"protest"}),
    ("Republicans rallied behind the American president's nominee for the court.",
     {"protest"}),
    ("The Russian defendant protested his innocence in court in London.", {"protest"}),
    ("The minister demonstrated the new tax app to reporters in Dublin.", {"protest"}),
    ("Iran pulled out of the talks with the European powers in protest at the resolution.",
     {"protest", "diplomatic_meeting"}),
    # terror_attack
    ("A gas blast tore through a restaurant in Ankara, killing three people.",
     {"terror_attack"}),
    ("A boiler explosion at a factory in Dhaka injured twelve workers.", {"terror_attack"}),
    ("Police foiled a plot to bomb the parade in London.", {"terror_attack"}),
    # terror_plot_foiled
    ("Villagers in Niger State foiled an attack by bandits and killed two of them.",
     {"terror_plot_foiled"}),
    ("Police arrested forty protesters outside the parliament in Tbilisi.",
     {"terror_plot_foiled"}),
    ("Anti-corruption police detained the former Ukrainian defence minister.",
     {"terror_plot_foiled"}),
    # responsibility_claim
    ("The fire claimed the lives of twelve people in Lagos.", {"responsibility_claim"}),
    ("The Spanish government accepted responsibility for the failures in the flood response.",
     {"responsibility_claim"}),
    ("No group has claimed the attack on the checkpoint in Iraq.", {"responsibility_claim"}),
    # terror_alert
    ("Pakistan put its army on high alert along the border with India.", {"terror_alert"}),
    ("The government of Chile declared a state of emergency after the floods.",
     {"terror_alert"}),
    ("Security was tightened around the stadium in Madrid before the cup final.",
     {"terror_alert"}),
    ("Police told residents in Prague to stay alert as the floods kept rising.",
     {"terror_alert"}),
    ("The French minister said that parking on pavements is illegal in Paris.", {"accusation"}),
]  # fmt: skip

# (text, type, source country, target country): who did it to whom, as users see it.
ACTORS = [
    ("The Kremlin accused Washington of prolonging the war.", "accusation", "RU", "US"),
    ("Tehran summoned the British ambassador over the remarks.", "accusation", "IR", "GB"),
    ("Beijing expelled two Canadian diplomats.", "sanctions", "CN", "CA"),
    ("Paris offered to mediate between Moscow and Kyiv.", "diplomatic_proposal", "FR", "RU"),
]


@pytest.mark.parametrize(
    ("kind", "text"), [(kind, text) for kind, texts in POSITIVES.items() for text in texts]
)
def test_positive(types_of, kind: str, text: str) -> None:  # type: ignore[no-untyped-def]
    assert kind in types_of(text, "en")


@pytest.mark.parametrize(("text", "wrong"), NEGATIVES)
def test_hard_negative(types_of, text: str, wrong: set[str]) -> None:  # type: ignore[no-untyped-def]
    assert not types_of(text, "en") & wrong


@pytest.mark.parametrize(("text", "kind", "source", "target"), ACTORS)
def test_actors(tagger, text: str, kind: str, source: str, target: str) -> None:  # type: ignore[no-untyped-def]
    events = [e for e in tagger.tag(Article(id="t", text=text, language="en")) if e.type == kind]
    assert events, text
    assert [a.country for a in events[0].actors.source] == [source]
    assert [a.country for a in events[0].actors.target] == [target]


def test_every_type_has_positives_and_negatives() -> None:
    from eventwatch.taxonomy import load_taxonomy

    negated = {kind for _, wrong in NEGATIVES for kind in wrong}
    for kind in load_taxonomy():
        assert POSITIVES.get(kind), kind
        assert kind in negated, kind
