"""French inventory (docs/tagging/definitions.md, French rows): for every type, positives in
different constructions (verb, noun, passive, headline, wire and translated style, francophone
Africa and Belgian/Swiss press) and hard negatives (other senses of the words, sport, markets,
courts, weather, private life, background, negation and hypothesis, sibling types). Every text
was written for this test."""

from __future__ import annotations

import pytest

from eventwatch.models import Article

# type -> (positives, hard negatives). A positive must yield its type; a hard negative must not.
INVENTORY: dict[str, tuple[list[str], list[str]]] = {
    "terror_attack": (
        [
            "Attentat à Ouagadougou : au moins quinze morts dans l'explosion d'un véhicule piégé.",
            "Des jihadistes ont perpétré une attaque contre un poste de gendarmerie près de Gao.",
            "Un kamikaze s'est fait exploser à l'entrée d'une mosquée chiite de Kaboul.",
            "Un assaillant a poignardé deux passants aux cris d'« Allah Akbar », a indiqué le "
            "parquet national antiterroriste.",
            "Des hommes armés non identifiés ont massacré une trentaine de villageois dans le nord "
            "du Burkina Faso.",
            "Les shebab ont pris d'assaut un hôtel de Mogadiscio, retenant plusieurs clients en "
            "otage.",
            "Le camion a foncé dans la foule rassemblée pour la fête nationale, faisant des "
            "dizaines de victimes.",
            "Cinq soldats ont été tués par l'explosion d'un engin explosif improvisé au passage "
            "de leur convoi, une attaque attribuée aux djihadistes.",
            "Un prêtre a été égorgé dans son église par deux hommes se réclamant de l'État "
            "islamique.",
            "Deux travailleurs humanitaires ont été enlevés par un groupe armé terroriste dans la "
            "région de Tillabéri.",
            "Un homme a tiré sur des fidèles à la sortie d'une synagogue de Djerba, tuant trois "
            "personnes.",
            "Au moins 40 personnes ont été tuées dans une double explosion revendiquée par l'EI.",
            "Un reporter a été enlevé par des hommes armés dans le nord du Mali.",
            "L'attentat a été commis pour le compte de l'État islamique.",
            "Le poste de Boni a essuyé des tirs nourris d'individus armés non identifiés.",
            "Mali : une trentaine de civils tués dans une attaque jihadiste",
        ],
        [
            "Le Paris Saint-Germain a mené une attaque rapide conclue par un but de Mbappé.",
            "Il a été victime d'une attaque cardiaque pendant son jogging dimanche.",
            "L'usine a été détruite par l'explosion d'une chaudière, sans lien avec le terrorisme "
            "selon les pompiers.",
            "Des drones kamikazes russes ont frappé des installations énergétiques près de Kiev.",
            "Le film retrace l'attentat de la rue de Rennes, survenu il y a quarante ans.",
            "Le procès des attentats de 2016 s'est ouvert lundi devant la cour d'assises spéciale.",
            "La police n'exclut pas la piste d'un attentat, mais privilégie celle d'une fuite de "
            "gaz.",
        ],
    ),
    "terror_alert": (
        [
            "Le gouvernement belge a relevé à 3 le niveau de la menace terroriste, a annoncé "
            "l'OCAM.",
            "Le plan Vigipirate est maintenu au niveau urgence attentat sur tout le territoire.",
            "La gare du Nord a été évacuée mardi en raison d'un colis suspect.",
            "Un vol d'Air France a été dérouté vers Nantes après une alerte à la bombe.",
            "Le Mali a décrété l'état d'alerte maximale après des menaces d'attentats contre la "
            "capitale.",
            "La préfecture de police appelle à la plus grande vigilance face au risque d'attentat.",
            "Le gouvernement a renforcé l'opération Sentinelle autour des lieux de culte.",
        ],
        [
            "Météo-France a placé douze départements en vigilance orange pour orages.",
            "Le syndicat des urgentistes a lancé une alerte sur le manque de lits.",
            "Le gouvernement pourrait relever le niveau d'alerte si la situation se dégradait.",
            "La gare a été évacuée après un incendie dans un local technique.",
            "Selon un rapport, la menace terroriste en Europe a beaucoup évolué en vingt ans.",
            "La mairie appelle les habitants à la vigilance face aux cambriolages.",
            "Météo-France appelle à la plus grande vigilance face aux orages.",
        ],
    ),
    "terror_plot_foiled": (
        [
            "Projet d'attentat déjoué à Strasbourg : trois hommes interpellés par la DGSI.",
            "Un adolescent soupçonné de préparer une attaque contre une synagogue a été mis en "
            "examen et écroué.",
            "La police belge a démantelé une cellule djihadiste qui projetait de frapper "
            "Bruxelles.",
            "Les démineurs ont désamorcé une bombe artisanale découverte près de la gare.",
            "L'arrestation de quatre membres présumés de l'État islamique a permis d'éviter un "
            "carnage, selon le ministre de l'Intérieur.",
            "Deux hommes ont été placés en garde à vue dans le cadre d'une enquête pour "
            "association de malfaiteurs terroriste.",
            "Un coup de filet antiterroriste a conduit à l'interpellation de sept suspects à "
            "Marseille.",
            "Trois membres présumés d'une cellule liée à Daech ont été condamnés à Bruxelles.",
            "Les forces de sécurité ont arrêté quatre personnes soupçonnées de liens avec les "
            "auteurs de l'attaque.",
        ],
        [
            "Le braqueur de la bijouterie a été interpellé par la police municipale.",
            "Une centaine de manifestants ont été interpellés lors des heurts avec les forces de "
            "l'ordre.",
            "L'ancien ministre a été mis en examen pour détournement de fonds publics.",
            "Le juge a ordonné l'arrêt des travaux de l'autoroute.",
            "Le club a désamorcé la polémique en publiant un communiqué.",
            "Le voleur a été arrêté après une attaque à main armée contre une banque.",
            "Les jihadistes ont capturé trois soldats maliens lors de l'attaque.",
            "Les combats se sont arrêtés après l'attaque du convoi.",
        ],
    ),
    "responsibility_claim": (
        [
            "L'État islamique a revendiqué l'attentat de Kaboul via son agence Amaq.",
            "L'attaque contre la caserne a été revendiquée par le JNIM.",
            "Les talibans ont endossé la responsabilité de l'embuscade.",
            "Revendication : le groupe affirme être à l'origine de l'explosion du pipeline.",
            "Boko Haram s'est attribué l'enlèvement des lycéennes dans une vidéo.",
            "Le groupe affilié à Al-Qaïda a assumé l'enlèvement d'un ressortissant allemand.",
        ],
        [
            "Les grévistes revendiquent une hausse des salaires de 10 %.",
            "Le Maroc revendique sa souveraineté sur le Sahara occidental.",
            "Le parti revendique la victoire au premier tour des législatives.",
            "Aucun groupe n'a revendiqué l'attentat pour l'instant.",
            "Le mouvement a démenti toute implication dans l'attaque.",
            "Le ministre a affirmé avoir lancé une enquête sur l'attaque.",
        ],
    ),
    "diplomatic_proposal": (
        [
            "L'Élysée a proposé à Moscou une coopération dans la lutte antiterroriste.",
            "Le secrétaire général de l'ONU a appelé à une désescalade immédiate entre les deux "
            "pays.",
            "Pékin s'est dit prêt à jouer les médiateurs entre la Russie et l'Ukraine.",
            "Le Qatar offre sa médiation pour obtenir la libération des otages.",
            "L'Union européenne a débloqué une aide humanitaire de 50 millions d'euros pour le "
            "Soudan.",
            "Appel à la retenue : Washington exhorte Israël et l'Iran à éviter l'escalade.",
            "Le président sénégalais a invité son homologue malien à se rendre à Dakar.",
            "Paris plaide pour une solution négociée au conflit.",
            "Le Premier ministre a tendu la main à l'Algérie en proposant une reprise du dialogue.",
            "La Chine s'est dite favorable à une conférence de paix internationale.",
            "Le chef de la diplomatie européenne a plaidé pour un dialogue avec Téhéran.",
            "L'Égypte a présenté un plan en trois étapes pour mettre fin à la guerre à Gaza.",
            "Le président français a invité Vladimir Poutine au sommet du G20.",
            "L'ONU a appelé les belligérants à cesser les combats à El-Fasher.",
        ],
        [
            "Le constructeur propose une nouvelle version de sa berline électrique.",
            "La météo nous offre enfin un week-end ensoleillé.",
            "Le club a proposé un nouveau contrat à son attaquant vedette.",
            "Le Premier ministre a appelé les partenaires de la coalition à resserrer les rangs.",
            "Le maire invite les habitants à la fête du quartier samedi.",
            "Le gouvernement propose une réforme de l'assurance chômage.",
            "Le Premier ministre a proposé un projet de loi sur l'immigration.",
            "Le président s'est rendu à Pékin à l'invitation de son homologue chinois.",
            "Le gouvernement a annoncé une aide d'urgence aux agriculteurs touchés par la "
            "sécheresse.",
            "Le gouvernement se dit ouvert au dialogue avec les syndicats.",
        ],
    ),
    "diplomatic_meeting": (
        [
            "Emmanuel Macron a reçu à l'Élysée le président ukrainien Volodymyr Zelensky.",
            "Le chef de la diplomatie française s'est entretenu par téléphone avec son homologue "
            "iranien.",
            "Visite d'État : le roi du Maroc en Espagne pour trois jours.",
            "Les ministres des Affaires étrangères russe et turc se sont réunis à Ankara.",
            "Sergueï Lavrov a rencontré à Pékin le ministre chinois des Affaires étrangères.",
            "Le président algérien est arrivé à Rome pour une visite officielle en Italie.",
            "Des pourparlers entre Kinshasa et le Rwanda se sont tenus à Luanda.",
            "Le président Macron s'est rendu jeudi en Algérie, où il a été accueilli par son "
            "homologue.",
            "Le ministre des Affaires étrangères a reçu l'ambassadeur de Chine.",
            "Les ministres des Affaires étrangères du G7 se réunissent ce mardi à Capri.",
            "Le président s'est rendu à Pékin à l'invitation de son homologue chinois.",
            "Moscou et Washington reprennent le dialogue sur le désarmement nucléaire.",
        ],
        [
            "Le PSG affrontera Marseille lors de la rencontre de dimanche soir.",
            "Les partenaires de la coalition se sont réunis pour discuter du budget.",
            "Des milliers de touristes ont visité le château de Versailles cet été.",
            "Aucune rencontre entre les deux présidents n'est prévue, selon le Quai d'Orsay.",
            "Le conseil d'administration s'est réuni pour valider les comptes annuels.",
            "Des milliers d'Ukrainiens se sont retrouvés bloqués en Pologne.",
            "Le président compte rencontrer son homologue chinois à Pékin.",
            "Le sommet a été reporté à une date ultérieure.",
        ],
    ),
    "agreement": (
        [
            "Israël et le Hamas ont conclu un accord de cessez-le-feu sous l'égide de l'Égypte.",
            "Kiev et Moscou se sont entendus sur un échange de prisonniers.",
            "Le Maroc et Israël ont normalisé leurs relations diplomatiques.",
            "Accord de paix signé à Doha entre les États-Unis et les talibans.",
            "Les deux gouvernements ont paraphé un protocole d'accord sur les migrations.",
            "L'Arménie et l'Azerbaïdjan sont parvenus à un accord sur la délimitation de leur "
            "frontière.",
            "Les accords signés jeudi entre Rabat et Madrid portent sur l'immigration.",
        ],
        [
            "Selon le ministère, le bilan s'élève à douze morts.",
            "Je suis d'accord avec vous sur ce point, a répondu le sénateur.",
            "Le groupe a signé un contrat de sponsoring avec le club de football.",
            "Les deux entreprises ont conclu un accord de fusion à deux milliards d'euros.",
            "Le président a appelé à un cessez-le-feu immédiat à Gaza.",
            "La junte au pouvoir à Niamey a dénoncé les accords militaires avec la France.",
        ],
    ),
    "accusation": (
        [
            "Moscou accuse Kiev d'avoir visé une centrale nucléaire.",
            "« C'est une violation flagrante du droit international », a dénoncé le ministre "
            "iranien des Affaires étrangères.",
            "Le Quai d'Orsay a convoqué l'ambassadeur de Russie après l'arrestation d'un Français.",
            "L'Algérie a vivement condamné les frappes israéliennes sur Gaza.",
            "Le gouvernement malien a fustigé l'attitude de la France, qu'il juge néocoloniale.",
            "Washington met en cause Pékin dans une vaste campagne de piratage.",
            "Le président turc a qualifié le plan européen de provocation.",
            "Vives critiques de l'Union européenne contre la Hongrie sur l'État de droit.",
            "Le Kremlin a qualifié d'« inacceptables » les propos du président français.",
            "« Nous condamnons fermement cette agression », a déclaré Sergueï Lavrov à propos des "
            "frappes ukrainiennes.",
            "Le Premier ministre dénonçait mardi l'ingérence de Moscou.",
        ],
        [
            "Le CAC 40 accuse une baisse de 2 % à la clôture.",
            "L'accusé a été condamné à quinze ans de réclusion criminelle pour meurtre.",
            "Le critique de cinéma a fustigé la mise en scène du dernier film de Ozon.",
            "L'entraîneur a critiqué l'arbitrage après la défaite de son équipe.",
            "Le gouvernement dément avoir critiqué ses alliés.",
            "Un homme accusé d'agression sexuelle a été jugé à Lyon.",
            "Les accusés ont été condamnés à vingt ans de prison.",
        ],
    ),
    "threat": (
        [
            "La Corée du Nord menace Séoul de « représailles impitoyables ».",
            "Téhéran a brandi la menace d'une fermeture du détroit d'Ormuz.",
            "Le ministre turc a mis en garde la Grèce contre toute provocation en mer Égée.",
            "Le Hezbollah a juré de venger la mort de son commandant.",
            "L'Azerbaïdjan a lancé un ultimatum aux séparatistes arméniens.",
            "Un opposant tunisien a reçu des menaces de mort après son discours sur la corruption.",
            "Moscou a averti que toute livraison de missiles à Kiev aurait des conséquences "
            "graves.",
            "Le président russe a averti l'Occident qu'une telle décision constituerait une ligne "
            "rouge.",
            "La Corée du Nord menaçait jeudi de frapper les bases américaines.",
        ],
        [
            "Le club est menacé de relégation après sa cinquième défaite d'affilée.",
            "L'ours polaire figure parmi les espèces menacées d'extinction.",
            "La menace terroriste reste élevée en Europe, selon un rapport.",
            "Le président a promis de ne jamais recourir à la force contre ses voisins.",
            "La banque centrale met en garde contre une hausse de l'inflation.",
        ],
    ),
    "sanctions": (
        [
            "Bruxelles a adopté un nouveau paquet de sanctions contre la Russie.",
            "Le Niger a expulsé l'ambassadeur de France, déclaré persona non grata.",
            "Le Trésor américain a gelé les avoirs de trois oligarques russes.",
            "Embargo sur les armes : l'ONU prolonge les mesures contre le Soudan du Sud.",
            "Le Mali a rompu ses relations diplomatiques avec l'Ukraine.",
            "La France a rappelé son ambassadeur à Alger pour consultations.",
            "Washington impose des droits de douane de 25 % sur l'acier chinois.",
            "Londres a imposé des restrictions de visa à des responsables géorgiens.",
            "Quatre diplomates russes ont été expulsés par la Pologne pour espionnage.",
            "Le Conseil fédéral a décidé de geler les avoirs de plusieurs proches du régime "
            "syrien.",
            "Niger : la junte ordonne l'expulsion de l'ambassadeur de France",
        ],
        [
            "Le joueur a été sanctionné d'un carton rouge à la 80e minute.",
            "La commission de discipline a sanctionné le club d'une amende.",
            "Les marchés ont sanctionné le titre après l'annonce des résultats.",
            "L'UE pourrait imposer de nouvelles sanctions si la situation ne s'améliore pas.",
            "Le fonctionnaire a fait l'objet d'une sanction disciplinaire.",
            "Le gouvernement français a imposé des restrictions de voyage vers la Chine.",
        ],
    ),
    "military_action": (
        [
            "L'armée israélienne a pilonné le sud du Liban dans la nuit.",
            "Des frappes russes ont visé des infrastructures énergétiques à Kharkiv.",
            "Les forces armées maliennes ont neutralisé une vingtaine de terroristes lors d'une "
            "opération dans le centre du pays.",
            "De violents combats opposent les rebelles du M23 à l'armée congolaise près de Goma.",
            "Kiev a abattu onze drones russes au-dessus de la région d'Odessa.",
            "L'aviation turque a bombardé des positions du PKK dans le nord de l'Irak.",
            "Offensive ukrainienne : les troupes ont repris deux villages près de Bakhmout.",
            "L'armée soudanaise et les Forces de soutien rapide s'affrontent à Khartoum.",
            "Selon Reuters, l'armée aurait bombardé un hôpital de Khan Younès.",
            "Une vague de frappes sans précédent a visé Kiev dans la nuit.",
            "Ukraine : nouvelles frappes russes sur Kharkiv, trois morts",
        ],
        [
            "Le défenseur a repoussé une frappe du pied gauche à la dernière minute.",
            "Les ministres ont été bombardés de questions par les journalistes.",
            "Le groupe a lancé une offensive commerciale sur le marché asiatique.",
            "Les armées française et allemande ont mené des exercices conjoints en Lorraine.",
            "Une invasion de criquets menace les récoltes au Sahel.",
            "Les forces de sécurité ont arrêté quatre personnes soupçonnées de liens avec les "
            "auteurs de l'attaque.",
            "Un accrochage entre deux voitures a fait un blessé à Lyon.",
            "Les voleurs se sont emparés de bijoux à Paris.",
            "Si l'Iran franchissait cette ligne, Israël serait prêt à frapper ses installations.",
            "Mali : une trentaine de civils tués dans une attaque jihadiste",
        ],
    ),
    "protest": (
        [
            "Des dizaines de milliers de personnes ont battu le pavé à Paris contre la réforme "
            "des retraites.",
            "Grève générale au Gabon : les enseignants réclament le paiement de leurs arriérés.",
            "Les agriculteurs ont bloqué l'autoroute A7 avec leurs tracteurs.",
            "Des heurts ont opposé manifestants et forces de l'ordre à Dakar.",
            "L'opposition a appelé à une journée ville morte à Conakry.",
            "Les cheminots se sont mis en grève pour protester contre la réforme.",
            "Des centaines de personnes se sont rassemblées devant l'ambassade de France à Niamey.",
            "Les enseignants ont observé un arrêt de travail de 48 heures.",
            "Le blocage des raffineries se poursuit pour le troisième jour.",
            "Sénégal : heurts entre partisans de l'opposition et forces de l'ordre à Dakar",
        ],
        [
            "Le ministre a manifesté son soutien aux sinistrés.",
            "La Russie a manifesté son intérêt pour le projet.",
            "Le festival est la plus grande manifestation culturelle de la région.",
            "Le Rassemblement national a présenté ses candidats aux municipales.",
            "Le défilé militaire du 14 juillet a eu lieu sur les Champs-Élysées.",
            "Le blocage des négociations inquiète Bruxelles.",
            "Israël bloque l'accès à Gaza depuis deux semaines.",
        ],
    ),
}

CASES = [(kind, text, True) for kind, (pos, _) in INVENTORY.items() for text in pos] + [
    (kind, text, False) for kind, (_, neg) in INVENTORY.items() for text in neg
]


def test_every_type_has_positives_and_hard_negatives() -> None:
    assert all(len(pos) >= 5 and len(neg) >= 5 for pos, neg in INVENTORY.values())


@pytest.mark.parametrize(
    ("kind", "text", "expected"), CASES, ids=lambda v: v[:40] if isinstance(v, str) else None
)
def test_inventory(types_of, kind: str, text: str, expected: bool) -> None:  # type: ignore[no-untyped-def]
    assert (kind in types_of(text, "fr")) is expected


def _event(tagger, text: str, kind: str):  # type: ignore[no-untyped-def]
    events = tagger.tag(Article(id="a", text=text, language="fr"))
    return next(e for e in events if e.type == kind)


@pytest.mark.parametrize(
    ("text", "kind", "source", "target"),
    [
        ("L'Élysée a proposé à Moscou une coopération antiterroriste.",
         "diplomatic_proposal", "FR", "RU"),
        ("Le Quai d'Orsay a convoqué l'ambassadeur d'Iran à Paris.", "accusation", "FR", "IR"),
        ("Matignon a reçu le Premier ministre belge pour parler de sécurité.",
         "diplomatic_meeting", "FR", "BE"),
        ("« Nous ne céderons pas au chantage », a dénoncé la Maison-Blanche, qui accuse Pékin "
         "d'espionnage.", "accusation", "US", "CN"),
    ],
)  # fmt: skip
def test_seats_of_government_stand_for_their_state(  # type: ignore[no-untyped-def]
    tagger, text: str, kind: str, source: str, target: str
) -> None:
    event = _event(tagger, text, kind)
    assert event.actors.source[0].country == source
    assert event.actors.target[0].country == target


def test_attack_in_a_nominal_headline_is_placed(tagger) -> None:  # type: ignore[no-untyped-def]
    event = _event(
        tagger, "Attentat à Kaboul : au moins vingt morts près d'une école.", "terror_attack"
    )
    assert event.location is not None and event.location.country == "AF"
