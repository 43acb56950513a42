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
]  # fmt: skip


@pytest.mark.parametrize(("text", "kind"), POSITIVES)
def test_positive(types_of, text: str, kind: str) -> None:  # type: ignore[no-untyped-def]
    assert kind in types_of(text, "de")


@pytest.mark.parametrize(("text", "wrong"), NEGATIVES)
def test_hard_negative(types_of, text: str, wrong: set[str]) -> None:  # type: ignore[no-untyped-def]
    assert not types_of(text, "de") & wrong
