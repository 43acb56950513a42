"""French news as it is written, type by type (docs/tagging/inventories/lang_fr.md).

The rows follow the axes of the French inventory, not sentences that failed: verbs in several
tenses, nouns and nominalisations, passives (with 'être', reflexive 'se', participle headlines),
periphrases ('ont trouvé la mort'), verbless headlines, reported speech ('selon', 'a-t-on
appris'), seats of power for their state ('Paris', 'l'Élysée', 'le Kremlin'), casualty
phrasing, and for each type hard negatives: other senses of the words, sport, business, courts,
weather, private life, background, negation, hypotheticals and sibling types. Every text was
written for this test.
"""

from __future__ import annotations

import pytest
from support.inventory_rows import Row, check_row, no, types_lacking_rows, yes

from eventwatch.models import Article

TYPES = [
    "terror_attack",
    "terror_alert",
    "terror_plot_foiled",
    "responsibility_claim",
    "diplomatic_proposal",
    "diplomatic_meeting",
    "agreement",
    "accusation",
    "threat",
    "sanctions",
    "military_action",
    "protest",
]

TERROR_ATTACK: list[Row] = [
    # verbs in several tenses, passives, periphrases, headlines, casualty phrasing
    yes(
        "Une voiture piégée a explosé devant un commissariat de Mogadiscio, tuant six policiers.",
        "terror_attack",
    ),
    yes(
        "Trois pèlerins ont trouvé la mort dans l'attentat qui a visé un sanctuaire de Kerbala.",
        "terror_attack",
    ),
    yes(
        "Niger : au moins douze civils tués dans une attaque terroriste près de Tillabéri",
        "terror_attack",
    ),
    yes(
        "Un kamikaze s'est fait sauter au milieu d'un marché bondé de Maiduguri, selon la police.",
        "terror_attack",
    ),
    yes(
        "L'ambassadeur a été assassiné en pleine rue par un commando jihadiste, a-t-on appris de "
        "source sécuritaire.",
        "terror_attack",
    ),
    yes(
        "Des assaillants armés de couteaux ont attaqué des passants dans une gare, faisant quatre "
        "blessés graves ; le parquet antiterroriste s'est saisi de l'enquête.",
        "terror_attack",
    ),
    yes(
        "Prise d'otages dans un supermarché de la banlieue de Bruxelles : l'assaillant se "
        "réclame de l'État islamique",
        "terror_attack",
    ),
    yes(
        "Une bombe artisanale a explosé au passage d'un bus scolaire, faisant trois morts.",
        "terror_attack",
    ),
    # hard negatives: senses, accidents, sport, background, sibling, hypothesis
    no(
        "L'explosion d'une conduite de gaz a soufflé un immeuble à Lyon ; l'hypothèse "
        "criminelle est écartée.",
        "terror_attack",
    ),
    no(
        "L'attaquant lyonnais a fait exploser la défense adverse en seconde période.",
        "terror_attack",
    ),
    no(
        "On commémore ce dimanche le dixième anniversaire de l'attentat du Bataclan.",
        "terror_attack",
    ),
    no(
        "Les enquêteurs ont déjoué un projet d'attentat contre un stade à Marseille.",
        "terror_attack",
    ),
    no(
        "Le ministre redoute qu'un attentat puisse frapper la capitale pendant les fêtes.",
        "terror_attack",
    ),
    no(
        "Les chiffres des ventes ont explosé au troisième trimestre, selon l'entreprise.",
        "terror_attack",
    ),
]

TERROR_ALERT: list[Row] = [
    # the level raised or kept, alerts expressed as actions (evacuated, diverted, closed),
    # public warnings by authorities
    yes(
        "Le plan Vigipirate a été relevé au niveau le plus élevé après l'attaque d'Arras.",
        "terror_alert",
    ),
    yes(
        "L'aéroport de Charleroi a été fermé plusieurs heures après une menace à la bombe.",
        "terror_alert",
    ),
    yes(
        "Un avion de la compagnie Transavia a dû atterrir d'urgence à Lyon après une alerte à la "
        "bombe.",
        "terror_alert",
    ),
    yes(
        "Le lycée a été évacué jeudi matin à la suite d'un appel anonyme annonçant une bombe.",
        "terror_alert",
    ),
    yes(
        "Le Quai d'Orsay a mis en garde les voyageurs contre un risque élevé d'attentats au Sahel.",
        "terror_alert",
    ),
    yes("La Belgique porte son niveau de menace terroriste à 4 sur 4.", "terror_alert"),
    yes(
        "La sécurité a été renforcée autour des synagogues après des menaces d'attentat.",
        "terror_alert",
    ),
    yes(
        "Alerte à la bombe : la gare Saint-Lazare évacuée en pleine heure de pointe", "terror_alert"
    ),
    yes(
        "Le Maroc relève son niveau d'alerte après des menaces terroristes visant le royaume.",
        "terror_alert",
    ),
    # hard negatives: weather, health, unions, calls for an alert, hypotheses, topics
    no(
        "Alerte rouge canicule : la préfecture interdit les rassemblements en plein air.",
        "terror_alert",
    ),
    no(
        "Le syndicat des pilotes s'est déclaré en état d'alerte face à la réforme des retraites.",
        "terror_alert",
    ),
    no(
        "L'opposition demande au gouvernement de relever le niveau d'alerte terroriste.",
        "terror_alert",
    ),
    no("Le collège a été évacué après un départ de feu dans les cuisines.", "terror_alert"),
    no(
        "Les autorités sanitaires ont lancé une alerte sur une salmonelle dans des fromages.",
        "terror_alert",
    ),
    no(
        "En 1995, le plan Vigipirate avait été déclenché après l'attentat de Saint-Michel.",
        "terror_alert",
    ),
    no(
        "Un rapport parlementaire décrit la menace terroriste comme durable et diffuse.",
        "terror_alert",
    ),
]

TERROR_PLOT_FOILED: list[Row] = [
    yes(
        "Quatre jeunes hommes soupçonnés de préparer une attaque contre une église ont été "
        "interpellés dans l'Hérault.",
        "terror_plot_foiled",
    ),
    yes(
        "La DGSI a mis en échec un projet d'action violente visant des militaires, selon le "
        "ministre de l'Intérieur.",
        "terror_plot_foiled",
    ),
    yes(
        "Un jihadiste présumé a été arrêté à Anvers en possession d'explosifs.",
        "terror_plot_foiled",
        absent=("terror_attack",),
    ),
    yes(
        "Les démineurs ont désamorcé une bombe dissimulée sous un pont près de Bamako.",
        "terror_plot_foiled",
        absent=("terror_attack",),
    ),
    yes(
        "Trois hommes ont été mis en examen pour association de malfaiteurs terroriste criminelle.",
        "terror_plot_foiled",
    ),
    yes("Une cellule jihadiste démantelée au Maroc : sept suspects écroués", "terror_plot_foiled"),
    yes(
        "Le cerveau présumé des attentats de Bruxelles a été capturé en Turquie, a annoncé le "
        "parquet fédéral.",
        "terror_plot_foiled",
    ),
    yes(
        "Un adolescent de 16 ans a été inculpé pour avoir projeté un attentat contre une "
        "synagogue.",
        "terror_plot_foiled",
    ),
    yes(
        "Un vaste coup de filet antiterroriste a permis d'interpeller neuf personnes en "
        "Seine-Saint-Denis.",
        "terror_plot_foiled",
    ),
    # hard negatives: ordinary crime, protesters, military raids, the attack itself
    no(
        "Deux hommes ont été interpellés pour le braquage d'une bijouterie à Nice.",
        "terror_plot_foiled",
    ),
    no(
        "Une trentaine de manifestants écologistes ont été interpellés devant le ministère.",
        "terror_plot_foiled",
    ),
    no(
        "Le PDG a été mis en examen pour abus de biens sociaux et corruption.", "terror_plot_foiled"
    ),
    no(
        "Un trafiquant de drogue a été arrêté à la frontière avec 40 kilos de cocaïne.",
        "terror_plot_foiled",
    ),
    no("L'attentat a fait onze morts dans un café du centre de Ouagadougou.", "terror_plot_foiled"),
]

RESPONSIBILITY_CLAIM: list[Row] = [
    yes(
        "L'État islamique a revendiqué l'attentat de Kaboul par un communiqué de son agence Amaq.",
        "responsibility_claim",
    ),
    yes(
        "L'attaque de la caserne a été revendiquée par le JNIM dans une vidéo.",
        "responsibility_claim",
    ),
    yes(
        "Le groupe Al-Shabaab a affirmé être à l'origine de l'explosion qui a frappé le port.",
        "responsibility_claim",
    ),
    yes(
        "Attentat de Peshawar : les talibans pakistanais revendiquent l'attaque",
        "responsibility_claim",
    ),
    yes(
        "Dans un message diffusé sur Telegram, l'EI a assumé la responsabilité de la tuerie.",
        "responsibility_claim",
    ),
    yes(
        "Revendication de l'attentat de Mogadiscio par les shebab, selon un site jihadiste.",
        "responsibility_claim",
    ),
    # hard negatives: denials, no claim yet, claims of victory, demands of a union
    no(
        "Le Hezbollah a démenti toute implication dans l'explosion du dépôt.",
        "responsibility_claim",
    ),
    no(
        "L'attentat n'a pas été revendiqué pour l'instant, a indiqué la police.",
        "responsibility_claim",
    ),
    no(
        "Le parti au pouvoir a revendiqué la victoire au premier tour de la présidentielle.",
        "responsibility_claim",
    ),
    no(
        "Les syndicats revendiquent une hausse des salaires de 5 % dans la fonction publique.",
        "responsibility_claim",
    ),
    no(
        "Aucun groupe n'a encore revendiqué l'enlèvement des deux ingénieurs.",
        "responsibility_claim",
    ),
    no(
        "Le ministre assume la responsabilité de l'échec de la réforme budgétaire.",
        "responsibility_claim",
    ),
]

DIPLOMATIC_PROPOSAL: list[Row] = [
    # offers, proposals, appeals for talks and de-escalation, readiness, invitations, aid
    yes(
        "Paris propose d'accueillir une conférence de paix sur le Soudan d'ici la fin de l'année.",
        "diplomatic_proposal",
        absent=("diplomatic_meeting",),
    ),
    yes(
        "Le pape a lancé un appel au cessez-le-feu immédiat à Gaza lors de l'angélus.",
        "diplomatic_proposal",
        absent=("agreement",),
    ),
    yes(
        "Pékin s'est dit disposé à jouer un rôle de médiateur entre Moscou et Kiev.",
        "diplomatic_proposal",
    ),
    yes(
        "Le Qatar offre sa médiation pour obtenir la libération des otages.", "diplomatic_proposal"
    ),
    yes(
        "Le président sénégalais a invité son homologue gambien à une visite officielle à Dakar.",
        "diplomatic_proposal",
        absent=("diplomatic_meeting",),
    ),
    yes(
        "L'Union européenne promet une aide humanitaire de 50 millions d'euros au Liban.",
        "diplomatic_proposal",
    ),
    yes(
        "Le Conseil de sécurité exhorte les belligérants à reprendre les négociations.",
        "diplomatic_proposal",
        absent=("diplomatic_meeting",),
    ),
    yes(
        "Washington a soumis à Téhéran une nouvelle proposition sur le dossier nucléaire.",
        "diplomatic_proposal",
    ),
    yes(
        "La Turquie se dit prête à reprendre le dialogue avec l'Arménie, selon son chef de la "
        "diplomatie.",
        "diplomatic_proposal",
    ),
    yes("L'ONU plaide pour une solution politique négociée au Yémen.", "diplomatic_proposal"),
    yes(
        "Le Kremlin a tendu la main à Tokyo en proposant des consultations sur les Kouriles.",
        "diplomatic_proposal",
    ),
    # hard negatives: business, sport, weather, domestic, consumer offers, accepted deal
    no(
        "Le groupe TotalEnergies a proposé 3 milliards d'euros pour racheter son concurrent.",
        "diplomatic_proposal",
    ),
    no(
        "Le club a proposé un nouveau contrat de trois ans à son milieu de terrain.",
        "diplomatic_proposal",
    ),
    no("Météo-France promet un week-end ensoleillé sur l'ensemble du pays.", "diplomatic_proposal"),
    no(
        "Le gouvernement propose de relever l'âge légal de départ à la retraite.",
        "diplomatic_proposal",
    ),
    no(
        "L'enseigne offre une réduction de 20 % sur les jouets pendant les fêtes.",
        "diplomatic_proposal",
    ),
    no(
        "Le maire a invité les habitants à une réunion publique sur le nouveau tramway.",
        "diplomatic_proposal",
    ),
    no("La chanteuse a proposé à ses fans un concert gratuit sur la plage.", "diplomatic_proposal"),
]

DIPLOMATIC_MEETING: list[Row] = [
    yes(
        "Emmanuel Macron s'est entretenu au téléphone avec Volodymyr Zelensky dimanche soir.",
        "diplomatic_meeting",
    ),
    yes(
        "Le chef de la diplomatie chinoise est arrivé à Paris pour une visite de deux jours.",
        "diplomatic_meeting",
    ),
    yes(
        "Les ministres des Affaires étrangères russe et turc se sont rencontrés à Antalya.",
        "diplomatic_meeting",
    ),
    yes("Le roi du Maroc a reçu au palais royal le président mauritanien.", "diplomatic_meeting"),
    yes(
        "Sommet de l'Union africaine à Addis-Abeba : les chefs d'État discutent de la crise au "
        "Sahel",
        "diplomatic_meeting",
    ),
    yes(
        "Les délégations américaine et iranienne ont tenu un nouveau cycle de pourparlers "
        "indirects à Mascate.",
        "diplomatic_meeting",
    ),
    yes(
        "Le secrétaire d'État américain a effectué une visite surprise à Kiev mercredi.",
        "diplomatic_meeting",
    ),
    yes(
        "Entretien téléphonique entre Erdogan et Poutine sur le corridor céréalier",
        "diplomatic_meeting",
    ),
    yes(
        "Le Premier ministre indien a été accueilli à l'Élysée par le président français.",
        "diplomatic_meeting",
    ),
    # hard negatives: calls for talks, domestic meetings, sport, tourism, business, future
    no("Le conseil des ministres s'est réuni ce mercredi autour du budget.", "diplomatic_meeting"),
    no(
        "L'équipe de France a rendu visite à un hôpital pour enfants avant le match.",
        "diplomatic_meeting",
    ),
    no(
        "Les actionnaires du groupe se sont réunis en assemblée générale à Paris.",
        "diplomatic_meeting",
    ),
    no(
        "Le Premier ministre a reçu les syndicats à Matignon pour parler des salaires.",
        "diplomatic_meeting",
    ),
    no("Plus de deux millions de touristes ont visité le Louvre cet été.", "diplomatic_meeting"),
    no(
        "La rencontre entre les deux présidents a été annulée à la dernière minute.",
        "diplomatic_meeting",
    ),
]

AGREEMENT: list[Row] = [
    yes("L'Arménie et l'Azerbaïdjan ont paraphé un accord de paix à Washington.", "agreement"),
    yes("Les belligérants sont convenus d'une trêve de 72 heures à Khartoum.", "agreement"),
    yes(
        "Un échange de prisonniers a eu lieu entre Moscou et Kiev sous l'égide des Émirats.",
        "agreement",
    ),
    yes(
        "Le Parlement ghanéen a ratifié le traité de coopération militaire avec la France.",
        "agreement",
    ),
    yes(
        "Israël et le Hamas se sont mis d'accord sur une pause humanitaire de quatre jours.",
        "agreement",
    ),
    yes(
        "Accord sur le nucléaire : Téhéran et l'AIEA s'entendent sur de nouvelles inspections",
        "agreement",
    ),
    yes(
        "Rabat et Madrid ont signé un mémorandum sur la gestion des flux migratoires.", "agreement"
    ),
    # hard negatives: 'selon', 'd'accord avec', business, sport, proposals, breaches
    no("Selon le ministère de la Santé, le nombre de cas a doublé en une semaine.", "agreement"),
    no("Le joueur a signé un contrat de quatre ans avec le Real Madrid.", "agreement"),
    no(
        "Les deux constructeurs ont conclu un accord de fusion valorisé à 20 milliards.",
        "agreement",
    ),
    no("L'ONU a appelé à une trêve humanitaire au Soudan.", "agreement"),
    no("Je suis d'accord avec le ministre sur ce point, a déclaré le député.", "agreement"),
    no("Le président a signé un décret sur la réforme de l'assurance chômage.", "agreement"),
]

ACCUSATION: list[Row] = [
    # cue verbs, nominalisations, quoted speech, criticism without a cue word, summons
    yes(
        "Kiev accuse Moscou d'avoir bombardé délibérément des infrastructures civiles.",
        "accusation",
    ),
    yes(
        "Le ministre algérien des Affaires étrangères a fustigé l'attitude de Paris dans le "
        "dossier du Sahara.",
        "accusation",
    ),
    yes(
        "Pékin dénonce une ingérence inacceptable de Washington dans ses affaires intérieures.",
        "accusation",
    ),
    yes(
        "L'ambassadeur de France a été convoqué au ministère des Affaires étrangères à Bamako.",
        "accusation",
    ),
    yes(
        "« C'est une violation flagrante du droit international », a déclaré le porte-parole "
        "du gouvernement chinois à propos des manœuvres américaines.",
        "accusation",
    ),
    yes("Le Kremlin a qualifié de provocation la livraison de missiles à Kiev.", "accusation"),
    yes(
        "Vives critiques de l'Union européenne contre la loi sur les agents de l'étranger en "
        "Géorgie",
        "accusation",
    ),
    yes(
        "Téhéran a reproché aux Européens leur inaction face aux sanctions américaines.",
        "accusation",
    ),
    yes(
        "La diplomatie turque a condamné fermement la profanation du Coran à Stockholm.",
        "accusation",
    ),
    yes(
        "Le gouvernement malien a tenu la France pour responsable de l'insécurité au nord du pays.",
        "accusation",
    ),
    yes(
        "Le Premier ministre arménien a mis en cause la Russie, qu'il accuse d'avoir failli à "
        "ses engagements.",
        "accusation",
    ),
    # hard negatives: courts, markets, sport, culture, private life, denial
    no(
        "L'accusé a été condamné à quinze ans de réclusion criminelle par la cour d'assises.",
        "accusation",
    ),
    no("Le CAC 40 accuse un recul de 2 % à la clôture.", "accusation"),
    no("L'entraîneur a critiqué l'arbitrage après la défaite de son équipe.", "accusation"),
    no("Le critique a éreinté le dernier film du réalisateur dans Le Monde.", "accusation"),
    no("L'actrice accuse son ancien compagnon de harcèlement devant le tribunal.", "accusation"),
    no("Le porte-parole a démenti avoir critiqué le président américain.", "accusation"),
    no("Le gardien est accusé d'avoir volé des bijoux chez son employeur.", "accusation"),
]

THREAT: list[Row] = [
    yes(
        "La Corée du Nord menace de riposter par des frappes nucléaires à toute provocation.",
        "threat",
    ),
    yes(
        "Téhéran a averti que toute attaque contre ses installations entraînerait une réponse "
        "foudroyante.",
        "threat",
    ),
    yes("Le chef du Hezbollah a juré de venger la mort de son commandant.", "threat"),
    yes("Moscou adresse un ultimatum à Chisinau au sujet de la Transnistrie.", "threat"),
    yes("Le président turc menace de lancer une nouvelle opération militaire en Syrie.", "threat"),
    yes(
        "Pékin a mis en garde Washington contre toute ingérence à Taïwan, qui aurait de graves "
        "conséquences.",
        "threat",
    ),
    yes(
        "Les rebelles houthis menacent de cibler les navires qui croiseraient en mer Rouge.",
        "threat",
    ),
    yes("Les États-Unis brandissent la menace de droits de douane contre Mexico.", "threat"),
    yes(
        "L'Algérie avertit Paris qu'elle répondra de manière réciproque à toute mesure "
        "d'expulsion.",
        "threat",
    ),
    # hard negatives: topics, species, sport, markets, weather, promises not to act
    no("La menace terroriste reste élevée en Europe, selon Europol.", "threat"),
    no("Le lynx boréal est menacé d'extinction dans le massif du Jura.", "threat"),
    no("Le club, menacé de relégation, a limogé son entraîneur.", "threat"),
    no("La Banque centrale européenne met en garde contre le retour de l'inflation.", "threat"),
    no("Des orages menacent le sud-est de la France ce week-end.", "threat"),
    no(
        "Le président a promis que son pays ne recourrait jamais à la force contre ses voisins.",
        "threat",
    ),
    no("La sécheresse menace les récoltes de blé dans le Centre.", "threat"),
]

SANCTIONS: list[Row] = [
    yes(
        "L'Union européenne a adopté un quatorzième paquet de sanctions contre la Russie.",
        "sanctions",
    ),
    yes("Washington gèle les avoirs de trois oligarques proches du Kremlin.", "sanctions"),
    yes("Le Niger a expulsé l'ambassadeur de France, déclaré persona non grata.", "sanctions"),
    yes("Alger rappelle son ambassadeur à Paris pour consultations.", "sanctions"),
    yes("Le Canada impose des restrictions de visa à des responsables iraniens.", "sanctions"),
    yes(
        "La Chine interdit l'importation de fruits de mer japonais après le rejet des eaux de "
        "Fukushima.",
        "sanctions",
    ),
    yes(
        "Embargo sur les armes : le Conseil de sécurité prolonge les mesures contre le Soudan du "
        "Sud",
        "sanctions",
    ),
    yes("Les États-Unis relèvent à 25 % les droits de douane sur l'acier chinois.", "sanctions"),
    yes("La Colombie a rompu ses relations diplomatiques avec Israël.", "sanctions"),
    yes(
        "Bruxelles a levé une partie des sanctions visant le secteur minier biélorusse.",
        "sanctions",
    ),
    # hard negatives: sport, discipline, markets, voters, threats and calls, courts
    no(
        "Le défenseur a été sanctionné de trois matches de suspension par la commission de "
        "discipline.",
        "sanctions",
    ),
    no("Les électeurs ont sanctionné le parti au pouvoir lors des municipales.", "sanctions"),
    no("Les marchés ont sanctionné la publication de résultats décevants.", "sanctions"),
    no("Le député écologiste appelle l'UE à sanctionner les oligarques russes.", "sanctions"),
    no(
        "Washington menace Pékin de nouvelles sanctions si le soutien à Moscou se confirme.",
        "sanctions",
    ),
    no(
        "Le tribunal a sanctionné l'entreprise d'une amende de deux millions d'euros pour "
        "pollution.",
        "sanctions",
    ),
    no(
        "Le fonctionnaire a écopé d'une sanction disciplinaire pour absences répétées.", "sanctions"
    ),
]

MILITARY_ACTION: list[Row] = [
    yes(
        "L'aviation israélienne a mené une série de raids sur le sud du Liban dans la nuit.",
        "military_action",
    ),
    yes("Kharkiv pilonnée par l'artillerie russe : au moins cinq civils tués", "military_action"),
    yes(
        "La défense antiaérienne ukrainienne a abattu 24 drones lancés par la Russie.",
        "military_action",
    ),
    yes(
        "De violents combats opposent l'armée soudanaise aux paramilitaires des FSR à Omdourman.",
        "military_action",
    ),
    yes(
        "Les forces ukrainiennes ont repris le contrôle de plusieurs villages près de Koupiansk.",
        "military_action",
    ),
    yes(
        "Des frappes américaines ont visé des positions des milices pro-iraniennes en Irak.",
        "military_action",
    ),
    yes("L'armée azerbaïdjanaise a lancé une offensive dans le Haut-Karabakh.", "military_action"),
    yes(
        "Un navire de guerre a tiré des missiles de croisière sur la ville portuaire.",
        "military_action",
    ),
    # hard negatives: exercises, parades, sport, markets, metaphor, police
    no("L'OTAN a conduit de vastes manœuvres militaires en mer Baltique.", "military_action"),
    no(
        "Le défilé militaire du 14 Juillet a rassemblé des milliers de spectateurs.",
        "military_action",
    ),
    no("Le ministre a été bombardé de questions par les journalistes.", "military_action"),
    no(
        "Les Bleus ont lancé une offensive en fin de match sans parvenir à égaliser.",
        "military_action",
    ),
    no("La marque prépare une offensive commerciale sur le marché asiatique.", "military_action"),
    no("Les prix de l'énergie ont frappé durement les ménages cet hiver.", "military_action"),
]

PROTEST: list[Row] = [
    yes(
        "Des dizaines de milliers de personnes ont défilé à Paris contre la réforme des retraites.",
        "protest",
    ),
    yes(
        "Les agriculteurs bloquent l'autoroute A7 avec leurs tracteurs pour dénoncer la baisse "
        "de leurs revenus.",
        "protest",
    ),
    yes("Grève générale en Argentine contre les mesures d'austérité", "protest"),
    yes(
        "Les contrôleurs aériens se sont mis en grève, entraînant l'annulation de centaines de "
        "vols.",
        "protest",
    ),
    yes("Des heurts ont éclaté entre manifestants et forces de l'ordre à Dakar.", "protest"),
    yes(
        "Les opposants sont descendus dans la rue à Tbilissi pour réclamer de nouvelles élections.",
        "protest",
    ),
    yes(
        "Un rassemblement de soutien aux prisonniers politiques s'est tenu devant l'ambassade.",
        "protest",
    ),
    yes("Le militant observe une grève de la faim depuis vingt jours dans sa cellule.", "protest"),
    # hard negatives: other senses, party, culture, strike in sport, diplomatic protest
    no("Le ministre a manifesté son intérêt pour le projet de ligne à grande vitesse.", "protest"),
    no("Le Rassemblement national a présenté ses candidats pour les européennes.", "protest"),
    no("La manifestation culturelle a attiré 30 000 visiteurs au parc des expositions.", "protest"),
    no("Le défilé de mode de la maison Chanel a clôturé la semaine parisienne.", "protest"),
    no(
        "Le gouvernement a protesté auprès de l'ambassadeur russe contre la violation de son "
        "espace aérien.",
        "protest",
    ),
    no("Le documentaire revient sur les grandes grèves de 1995, il y a trente ans.", "protest"),
]

# Second pass, for the weak types above all: agency copy and translated style ('a déclaré X,
# cité par l'agence'), seats of power for their state, reported speech, verbless headlines.
WIRE_AND_HEADLINES: list[Row] = [
    # terror_attack
    yes(
        "Au moins vingt morts dans un double attentat-suicide à Mogadiscio, selon un bilan de la "
        "police somalienne.",
        "terror_attack",
    ),
    yes(
        "Des hommes armés ont ouvert le feu sur les fidèles d'une église du nord du Nigeria, "
        "tuant quatorze personnes.",
        "terror_attack",
    ),
    no(
        "Un automobiliste a foncé sur un cycliste après une dispute, a indiqué le procureur.",
        "terror_attack",
    ),
    # terror_alert
    yes(
        "Vigipirate : le niveau « urgence attentat » activé sur l'ensemble du territoire",
        "terror_alert",
    ),
    yes(
        "Le trafic a été interrompu sur la ligne 1 du métro après la découverte d'un colis "
        "suspect.",
        "terror_alert",
    ),
    yes(
        "L'ambassade des États-Unis à Dakar met en garde ses ressortissants contre un risque "
        "d'attentat visant les hôtels.",
        "terror_alert",
    ),
    yes(
        "Menace terroriste : la Suède relève son niveau d'alerte à 4 sur une échelle de 5",
        "terror_alert",
    ),
    no(
        "Le parquet a ouvert une enquête après un faux appel à la bombe passé par un lycéen en "
        "2019.",
        "terror_alert",
    ),
    no("Les pompiers ont évacué un immeuble menacé d'effondrement à Marseille.", "terror_alert"),
    no(
        "Le préfet appelle à la vigilance face aux fortes chutes de neige attendues.",
        "terror_alert",
    ),
    # terror_plot_foiled
    yes(
        "Attentat déjoué en Allemagne : un Syrien de 19 ans interpellé à Berlin",
        "terror_plot_foiled",
        absent=("terror_attack",),
    ),
    yes(
        "Le suspect, qui projetait de frapper un marché de Noël, a été placé en détention "
        "provisoire, a annoncé le parquet antiterroriste.",
        "terror_plot_foiled",
        absent=("terror_attack",),
    ),
    yes(
        "Les services de renseignement marocains ont démantelé une cellule liée à l'État "
        "islamique près de Tanger.",
        "terror_plot_foiled",
    ),
    no(
        "Le militant écologiste a été placé en garde à vue après l'occupation du chantier.",
        "terror_plot_foiled",
    ),
    no(
        "Les soldats ont neutralisé plusieurs combattants jihadistes lors d'un accrochage au Mali.",
        "terror_plot_foiled",
    ),
    # responsibility_claim
    yes(
        "L'EI revendique l'assassinat d'un chef tribal dans l'est de la Syrie, rapporte l'agence "
        "Amaq.",
        "responsibility_claim",
    ),
    no("Le gouvernement a attribué l'attentat au groupe État islamique.", "responsibility_claim"),
    # diplomatic_proposal
    yes(
        "« Nous sommes prêts à négocier sans conditions préalables », a déclaré le ministre "
        "ukrainien des Affaires étrangères.",
        "diplomatic_proposal",
    ),
    yes(
        "Moscou propose à Washington un échange de prisonniers, selon l'agence Ria Novosti.",
        "diplomatic_proposal",
        absent=("agreement",),
    ),
    yes(
        "Ankara offre ses bons offices pour un dialogue entre Bakou et Erevan.",
        "diplomatic_proposal",
        absent=("diplomatic_meeting",),
    ),
    yes(
        "Le président égyptien a appelé les deux parties à la retenue et au dialogue.",
        "diplomatic_proposal",
    ),
    yes(
        "Appel de l'ONU à une désescalade immédiate à la frontière libanaise", "diplomatic_proposal"
    ),
    no(
        "Le ministre de l'Économie propose une baisse des impôts pour les classes moyennes.",
        "diplomatic_proposal",
    ),
    no(
        "La SNCF propose des billets à petit prix pour les vacances de la Toussaint.",
        "diplomatic_proposal",
    ),
    no(
        "Le candidat propose de créer un service civique obligatoire s'il est élu.",
        "diplomatic_proposal",
    ),
    # diplomatic_meeting
    yes(
        "Le ministre des Affaires étrangères iranien s'est rendu à Riyad, une première depuis "
        "des années.",
        "diplomatic_meeting",
    ),
    yes(
        "Poutine et Xi se sont entretenus pendant plus de trois heures au Kremlin.",
        "diplomatic_meeting",
    ),
    yes(
        "Rencontre au sommet entre les présidents congolais et rwandais à Luanda",
        "diplomatic_meeting",
    ),
    no("L'ONU exhorte Kigali et Kinshasa à se rencontrer au plus vite.", "diplomatic_meeting"),
    no("Le maire a reçu les commerçants du centre-ville à l'hôtel de ville.", "diplomatic_meeting"),
    # agreement
    yes("Cessez-le-feu conclu entre l'armée et les rebelles dans le Nord-Kivu", "agreement"),
    yes(
        "Les deux pays sont parvenus à un compromis sur le tracé de leur frontière maritime.",
        "agreement",
    ),
    no(
        "Les syndicats et le patronat ont signé un accord sur les salaires dans la métallurgie.",
        "agreement",
    ),
    # accusation
    yes(
        "Moscou a accusé Londres d'être derrière le sabotage du gazoduc, selon l'agence TASS.",
        "accusation",
    ),
    yes(
        "Pékin a qualifié d'« hypocrisie » les critiques américaines sur les droits de l'homme.",
        "accusation",
    ),
    yes(
        "Le chef de la diplomatie israélienne a vivement critiqué la décision de Madrid.",
        "accusation",
    ),
    yes(
        "Rabat a protesté auprès de l'ambassadeur d'Algérie après des propos jugés hostiles.",
        "accusation",
    ),
    no(
        "Le maire est accusé de favoritisme dans l'attribution d'un marché public par un tribunal.",
        "accusation",
    ),
    no("Le joueur a dénoncé des insultes racistes pendant le match.", "accusation"),
    # threat
    yes(
        "Le Kremlin prévient qu'il ripostera si des missiles occidentaux frappent le territoire "
        "russe.",
        "threat",
    ),
    yes(
        "Les talibans menacent de représailles tout pays qui accueillerait des bases américaines.",
        "threat",
    ),
    yes(
        "Ultimatum de la Cédéao aux putschistes nigériens : une semaine pour rendre le pouvoir",
        "threat",
    ),
    no("Le gouvernement a promis de ne pas recourir à la force contre les manifestants.", "threat"),
    no("Les inondations menacent plusieurs villages de la vallée du Rhône.", "threat"),
    no("Le chanteur a menacé de quitter la scène si le public continuait de siffler.", "threat"),
    # sanctions
    yes("Paris a décidé d'expulser quatre diplomates russes soupçonnés d'espionnage.", "sanctions"),
    yes(
        "Les Vingt-Sept ont prolongé de six mois les mesures restrictives visant Moscou.",
        "sanctions",
    ),
    yes("Washington inscrit une dizaine d'entreprises chinoises sur sa liste noire.", "sanctions"),
    no("L'UEFA a infligé une lourde amende au club pour les incidents en tribune.", "sanctions"),
    no("Bruxelles étudie de possibles sanctions contre Minsk, selon un diplomate.", "sanctions"),
    # military_action
    yes(
        "Bombardements russes sur Odessa : deux morts et des dégâts dans le port", "military_action"
    ),
    yes(
        "Tsahal a frappé des positions du Hezbollah dans le sud du Liban, a indiqué l'armée.",
        "military_action",
    ),
    yes(
        "Des affrontements entre l'armée et des groupes rebelles ont fait une dizaine de morts "
        "dans l'est de la RDC.",
        "military_action",
    ),
    no(
        "L'armée a organisé un exercice de tir à balles réelles près de la frontière.",
        "military_action",
    ),
    # protest
    yes("Des milliers de Géorgiens ont manifesté devant le Parlement à Tbilissi.", "protest"),
    yes(
        "Les routiers bloquent les dépôts pétroliers pour protester contre la hausse du gazole.",
        "protest",
    ),
    no("Le ministre a manifesté sa satisfaction après la signature du contrat.", "protest"),
    no("Le festival a accueilli une manifestation sportive de grande ampleur.", "protest"),
]

# Third pass: the same axes with other words of each class (another verb, another noun,
# another domain of the same word).
OTHER_WORDS: list[Row] = [
    # terror_alert
    yes("Le Royaume-Uni relève le niveau de la menace terroriste à « grave ».", "terror_alert"),
    yes(
        "Le Kenya a placé ses forces de sécurité en état d'alerte maximale après des menaces des "
        "shebab.",
        "terror_alert",
    ),
    yes(
        "Les autorités ont bouclé le quartier de la gare après la découverte d'un véhicule "
        "suspect.",
        "terror_alert",
    ),
    no(
        "Une alerte enlèvement a été déclenchée pour retrouver une fillette de cinq ans.",
        "terror_alert",
    ),
    no(
        "L'aéroport de Roissy a été fermé plusieurs heures en raison du brouillard.", "terror_alert"
    ),
    no("La Réunion placée en alerte cyclonique orange à l'approche du cyclone.", "terror_alert"),
    # terror_plot_foiled
    yes(
        "La police espagnole a arrêté trois djihadistes présumés à Barcelone.", "terror_plot_foiled"
    ),
    yes(
        "Des explosifs ont été saisis lors d'une perquisition chez un suspect radicalisé.",
        "terror_plot_foiled",
        absent=("terror_attack",),
    ),
    yes(
        "Un homme fiché S a été interpellé alors qu'il s'apprêtait à commettre un attentat.",
        "terror_plot_foiled",
        absent=("terror_attack",),
    ),
    no(
        "Le conducteur a été interpellé pour conduite en état d'ivresse sur l'A6.",
        "terror_plot_foiled",
    ),
    no("L'ancien ministre a été arrêté pour fraude fiscale à Madrid.", "terror_plot_foiled"),
    # responsibility_claim
    yes(
        "Boko Haram a revendiqué l'enlèvement de quatre-vingts lycéens dans le nord-est du "
        "Nigeria.",
        "responsibility_claim",
    ),
    no("Les talibans ont nié être derrière l'attaque de l'ambassade.", "responsibility_claim"),
    no("L'Ukraine n'a pas revendiqué l'attaque de drones contre Moscou.", "responsibility_claim"),
    # diplomatic_proposal
    yes(
        "Kiev a soumis un plan de paix en dix points aux dirigeants du G20.", "diplomatic_proposal"
    ),
    yes(
        "Le Vatican se propose comme médiateur entre la Russie et l'Ukraine.", "diplomatic_proposal"
    ),
    yes(
        "Erdogan se dit prêt à accueillir un sommet entre Poutine et Zelensky à Istanbul.",
        "diplomatic_proposal",
        absent=("diplomatic_meeting",),
    ),
    no("La banque propose un prêt à taux fixe aux jeunes acheteurs.", "diplomatic_proposal"),
    no(
        "Le gouvernement a présenté son plan de relance de l'industrie automobile.",
        "diplomatic_proposal",
    ),
    # diplomatic_meeting
    yes(
        "Visite d'État du roi Charles III en France : accueil solennel à l'Élysée",
        "diplomatic_meeting",
    ),
    yes(
        "Les négociateurs russes et ukrainiens se sont retrouvés à Istanbul pour un nouveau "
        "cycle de discussions.",
        "diplomatic_meeting",
    ),
    yes(
        "Joe Biden et Xi Jinping se sont parlé au téléphone pendant deux heures.",
        "diplomatic_meeting",
    ),
    no("Le ministre de l'Industrie a visité une usine de batteries à Douai.", "diplomatic_meeting"),
    no("La visite du musée est gratuite le premier dimanche du mois.", "diplomatic_meeting"),
    # agreement
    yes("Kiev et Moscou s'accordent sur la reprise des exportations de céréales.", "agreement"),
    yes(
        "Un accord a été trouvé entre Téhéran et Riyad pour rétablir leurs relations "
        "diplomatiques.",
        "agreement",
    ),
    no(
        "Le club et son entraîneur se sont mis d'accord sur une prolongation de deux ans.",
        "agreement",
    ),
    # accusation
    yes(
        "Le Quai d'Orsay a dénoncé une « parodie de justice » après la condamnation d'un "
        "Français en Iran.",
        "accusation",
    ),
    yes("Pékin accuse Manille de provocations en mer de Chine méridionale.", "accusation"),
    yes(
        "L'Iran a convoqué le chargé d'affaires britannique après des propos du ministre.",
        "accusation",
    ),
    no("Le cycliste, accusé de dopage, a été suspendu quatre ans.", "accusation"),
    no("Le procureur accuse le prévenu d'avoir menti à la cour.", "accusation"),
    # threat
    yes(
        "Pyongyang menace Séoul d'une « riposte impitoyable » après les exercices conjoints.",
        "threat",
    ),
    yes("Le Hamas menace d'exécuter des otages si les frappes continuent.", "threat"),
    yes("Erdogan brandit la menace d'une intervention militaire dans le nord de l'Irak.", "threat"),
    no("La grippe aviaire menace les élevages de volailles du Sud-Ouest.", "threat"),
    no("Le club menace de porter plainte contre le diffuseur des matches.", "threat"),
    # sanctions
    yes(
        "Londres sanctionne cinq responsables iraniens pour la répression des manifestations.",
        "sanctions",
    ),
    yes("Washington suspend son aide militaire à l'Égypte.", "sanctions"),
    yes("L'UE impose des droits de douane sur les voitures électriques chinoises.", "sanctions"),
    yes("La Russie interdit l'entrée sur son territoire à cinq cents Américains.", "sanctions"),
    no("La FIFA a suspendu la fédération de football pour ingérence politique.", "sanctions"),
    no(
        "Le gouvernement envisage de sanctionner plus durement les fraudeurs aux allocations.",
        "sanctions",
    ),
    # military_action
    yes("Israël a lancé une opération terrestre dans le nord de Gaza.", "military_action"),
    yes("Les rebelles du M23 se sont emparés de la ville de Goma.", "military_action"),
    yes("La Russie a tiré une salve de missiles sur Kiev dans la nuit.", "military_action"),
    no("La guerre des prix entre supermarchés s'intensifie avant Noël.", "military_action"),
    no("Le combat contre la vie chère reste la priorité du gouvernement.", "military_action"),
    no(
        "L'armée ukrainienne revendique la destruction d'un navire russe en mer Noire.",
        "responsibility_claim",
    ),
    # protest
    yes("Marche pour le climat : 20 000 personnes dans les rues de Bruxelles", "protest"),
    yes("Des émeutes ont éclaté à Nouméa après le vote de la réforme électorale.", "protest"),
    yes("Les enseignants sont en grève ce jeudi à l'appel de l'intersyndicale.", "protest"),
    no("La marche nordique séduit de plus en plus de seniors.", "protest"),
    no("Le Salon de l'agriculture s'est tenu sans incidents cette année.", "protest"),
]

# Fourth pass: modality and background across the types (conditional of unconfirmed news,
# negation, hypothesis, anniversaries), and seats of power as actors.
MODALITY_AND_ACTORS: list[Row] = [
    yes(
        "L'armée russe aurait bombardé un hôpital de Kherson, selon les autorités locales.",
        "military_action",
    ),
    yes("Selon l'agence Anadolu, Ankara a convoqué l'ambassadeur de Suède.", "accusation"),
    yes("Washington et Hanoï ont signé un partenariat stratégique global.", "agreement"),
    yes("Bruxelles menace Budapest de suspendre ses fonds européens.", "threat"),
    yes(
        "L'Élysée a reçu le président kényan pour un entretien sur la sécurité régionale.",
        "diplomatic_meeting",
    ),
    yes("Tokyo a gelé les avoirs de plusieurs banques russes.", "sanctions"),
    no(
        "La Russie n'a pas bombardé la ville, affirme le ministère de la Défense à Moscou.",
        "military_action",
    ),
    no(
        "Si l'Iran franchissait ce seuil, Israël pourrait frapper ses sites nucléaires.",
        "military_action",
    ),
    no("Le sommet entre les deux dirigeants n'a finalement pas eu lieu.", "diplomatic_meeting"),
    no("Le gouvernement a démenti toute intention d'expulser des diplomates russes.", "sanctions"),
    no("Le ministre a exclu toute sanction contre le régime pour l'instant.", "sanctions"),
    no("Le président a démenti avoir menacé son voisin d'une intervention.", "threat"),
    no("Les deux pays pourraient signer un accord de libre-échange l'an prochain.", "agreement"),
    no("Aucune manifestation n'a été signalée dans la capitale ce week-end.", "protest"),
]

ROWS: list[Row] = (
    TERROR_ATTACK
    + TERROR_ALERT
    + TERROR_PLOT_FOILED
    + RESPONSIBILITY_CLAIM
    + DIPLOMATIC_PROPOSAL
    + DIPLOMATIC_MEETING
    + AGREEMENT
    + ACCUSATION
    + THREAT
    + SANCTIONS
    + MILITARY_ACTION
    + PROTEST
    + WIRE_AND_HEADLINES
    + OTHER_WORDS
    + MODALITY_AND_ACTORS
)


def test_every_type_has_positives_and_hard_negatives() -> None:
    assert types_lacking_rows(ROWS, TYPES) == set()


@pytest.mark.parametrize("row", ROWS, ids=lambda r: r[0][:48])
def test_native_french(types_of, row: Row) -> None:  # type: ignore[no-untyped-def]
    check_row(types_of(row[0], "fr"), row)


def test_an_anniversary_of_a_treaty_is_history_not_news(tagger) -> None:  # type: ignore[no-untyped-def]
    text = "Il y a vingt ans, Moscou et Pékin signaient leur traité de bon voisinage."
    events = tagger.tag(Article(id="t", text=text, language="fr"))
    assert [e.modality for e in events if e.type == "agreement"] == ["historical"]
