"""German: one positive per type, inflected and compound forms, and hard negatives."""

import pytest

POSITIVES = [
    ("Die Regierung und die Rebellen vereinbarten eine Feuerpause für die Provinz.",
     "agreement"),
    ("Bei einem Selbstmordanschlag vor einer Moschee in Kabul starben zwölf Menschen.",
     "terror_attack"),
    ("Die Terrormiliz IS hat sich zu dem Attentat bekannt.", "responsibility_claim"),
    ("Die Polizei hat einen Terroranschlag auf einen Weihnachtsmarkt vereitelt.",
     "terror_plot_foiled"),
    ("Belgien hat die Terrorwarnstufe auf die höchste Stufe angehoben.", "terror_alert"),
    ("Die russische Armee flog Luftangriffe auf Stellungen der Rebellen bei Aleppo.",
     "military_action"),
    ("Zehntausende Menschen demonstrierten in Berlin gegen die Rentenreform.", "protest"),
    ("Frankreich schlug Deutschland eine engere Zusammenarbeit in der Verteidigung vor.",
     "diplomatic_proposal"),
    ("Bundeskanzler Olaf Scholz traf sich mit dem französischen Präsidenten Emmanuel Macron.",
     "diplomatic_meeting"),
    ("Israel und die Hamas haben sich auf eine Waffenruhe geeinigt.", "agreement"),
    ("Polen warf Russland vor, Migranten an die Grenze zu schleusen.", "accusation"),
    ("Nordkorea drohte Südkorea mit Vergeltung.", "threat"),
    ("Die Europäische Union verhängte neue Sanktionen gegen Russland.", "sanctions"),
    ("Der Außenminister übte scharfe Worte und Kritik an der Regierung in Teheran.",
     "accusation"),
    ("Die Ukraine will Moskau Kriegsverbrechen vorwerfen lassen.", "accusation"),
    ("Kiew unterstellte der russischen Führung gezielte Angriffe auf Zivilisten.",
     "accusation"),
    ("Armenien meldete Waffenstillstandsverletzungen durch aserbaidschanische Truppen.",
     "accusation"),
    ("Bundeskanzler Scholz machte einen Antrittsbesuch bei Polens Präsident Duda in Warschau.",
     "diplomatic_meeting"),
    ("Bei einer Messerattacke vor einem Bahnhof in Lyon wurden drei Menschen verletzt.",
     "terror_attack"),
    ("Oppositionsparteien werfen der Regierung vor, die Wahl manipuliert zu haben.",
     "accusation"),
    ("Der Innenminister steht wegen der Abschiebungen in der Kritik.", "accusation"),
    ("Die Pläne der Regierung in Warschau sorgten in Brüssel für scharfe Kritik.",
     "accusation"),
    ("Ungarn beschwerte sich bei der EU-Kommission über die Kürzung der Mittel.",
     "accusation"),
    ("Tausende Menschen nahmen in Wien an einer Kundgebung gegen den Krieg teil.", "protest"),
    ("In Berlin fand eine Großkundgebung für den Klimaschutz statt.", "protest"),
    ("Die USA seien zu Gesprächen mit dem Iran bereit, sagte der Außenminister.",
     "diplomatic_proposal"),
    ("Sollte Russland weitere Gebiete besetzen, werde die EU zusätzliche Sanktionen "
     "verhängen, erklärte der Außenbeauftragte.", "threat"),
    ("Der Gipfel der Afrikanischen Union begann am Sonntag in Addis Abeba.",
     "diplomatic_meeting"),
    ("Die Vertreter Israels und der Hamas trafen sich in Kairo zu Gesprächen.",
     "diplomatic_meeting"),
    ("Die EU habe neue Sanktionen gegen Belarus verhängt, sagte der Außenbeauftragte.",
     "sanctions"),
]  # fmt: skip

NEGATIVES = [
    ("Moskau wirft der ukrainischen Armee vor, einen neuen Angriff vorzubereiten.",
     {"military_action"}),
    ("Nach dem abgesagten Gipfeltreffen reiste der Minister zurück nach Rom.",
     {"diplomatic_meeting"}),
    ("Der Stürmer startete in der Nachspielzeit einen letzten Angriff auf das Tor.",
     {"terror_attack", "military_action"}),
    ("Der Elektronikhändler bietet seinen Kunden einen neuen Lieferdienst an.",
     {"diplomatic_proposal"}),
    ("Die Polizei hat in Graz einen mutmaßlichen Einbrecher festgenommen.",
     {"terror_plot_foiled"}),
    ("Der Innenminister dementierte jede Terrorwarnung für die Stadt.", {"terror_alert"}),
    ("Der Verein hat den Wechsel des Verteidigers nach London abgeschlossen.", {"agreement"}),
    ("Das Museum zählte im Sommer mehr Besucher als je zuvor.", {"diplomatic_meeting"}),
    ("Leser können die Webseite der Beratungsstelle rund um die Uhr besuchen.",
     {"diplomatic_meeting"}),
    ("Die Gäste empfangen den Tabellenführer, ein Remis würde beiden reichen.",
     {"diplomatic_meeting"}),
    ("Die Abteilung ist direkt dem Innenministerium unterstellt.", {"accusation"}),
    # A politician's campaign rally is no protest; a rally against something is.
    ("Der Präsident sprach bei einer Kundgebung in Ohio über die Wirtschaft.", {"protest"}),
    ("„Eine Stimme für den Kandidaten ist eine Stimme gegen die Korruption“, sagte der "
     "Senator bei einer Kundgebung in Ohio.", {"protest"}),
    # A conference of experts is no diplomatic meeting.
    ("Gesundheitsexperten aus Peking berichteten auf einer Konferenz in Genf über neue "
     "Impfstoffe.", {"diplomatic_meeting"}),
    # Naming a candidate for a post is no diplomatic proposal.
    ("Frankreich hat einen Kandidaten für den Posten des UNO-Generalsekretärs vorgeschlagen.",
     {"diplomatic_proposal"}),
    # Planned and reported-future events have not happened yet.
    ("Ein für Samstag geplanter Marsch der Gewerkschaften durch Paris wurde untersagt.",
     {"protest"}),
    ("Die EU werde neue Sanktionen gegen Belarus verhängen, sagte der Außenbeauftragte.",
     {"sanctions"}),
    ("Sollte die Partei die Wahl in Berlin verlieren, werde der Vorsitzende die Konsequenzen "
     "ziehen.", {"threat"}),
    ("Das neue Stadion in Berlin ist zur Eröffnung bereit.", {"diplomatic_proposal"}),
    ("Der Gipfel des Berges war in dichte Wolken gehüllt.", {"diplomatic_meeting"}),
    ("Die Gespräche mit den Nachbarn über den Gartenzaun verliefen freundlich.",
     {"diplomatic_meeting"}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "kind"), POSITIVES)
def test_positive(types_of, text: str, kind: str) -> None:  # type: ignore[no-untyped-def]
    assert kind in types_of(text, "de")


@pytest.mark.parametrize(("text", "wrong"), NEGATIVES)
def test_hard_negative(types_of, text: str, wrong: set[str]) -> None:  # type: ignore[no-untyped-def]
    assert not types_of(text, "de") & wrong
