"""German inflection: plural and present forms, separable verbs split around their object
('griff ... an', 'lud ... ein'), compounds whose pattern spans two words, and hard negatives
that share the words."""

import pytest

POSITIVES = [
    ("Die Außenminister Frankreichs und Italiens schlugen Serbien eine Vermittlung im "
     "Grenzstreit vor.", "diplomatic_proposal"),
    ("Die Nachbarländer boten Griechenland Hilfe bei der Brandbekämpfung an.",
     "diplomatic_proposal"),
    ("Chinas Präsident Xi Jinping lud Wladimir Putin zu einem Staatsbesuch nach Peking ein.",
     "diplomatic_proposal"),
    ("Bundeskanzler Scholz empfängt heute den polnischen Präsidenten Duda in Berlin.",
     "diplomatic_meeting"),
    ("Der iranische Außenminister hat sich in Genf mit seinem saudischen Kollegen getroffen.",
     "diplomatic_meeting"),
    ("Die Ukraine und Russland verständigten sich auf einen Austausch von Gefangenen.",
     "agreement"),
    ("Die Regierung in Kiew gab Moskau die Schuld an dem Stromausfall.", "accusation"),
    ("Der französische Präsident übte scharfe Kritik an der Regierung in Budapest.",
     "accusation"),
    ("Polen reichte bei der EU-Kommission eine Beschwerde gegen Deutschland ein.",
     "accusation"),
    ("Washington warnt Peking vor Konsequenzen einer Invasion Taiwans.", "threat"),
    ("Litauen weist zwei russische Diplomaten aus.", "sanctions"),
    ("Die russische Armee griff in der Nacht Stellungen der ukrainischen Truppen bei Charkiw "
     "an.", "military_action"),
    ("Die Lokführer streiken seit Montag für höhere Löhne.", "protest"),
]  # fmt: skip

NEGATIVES = [
    ("Der Bürgermeister lud die Bewohner zu einem Fest im Park ein.", {"diplomatic_proposal"}),
    ("Der Elektronikhändler bietet seinen Kunden in Berlin Unterstützung beim Umzug an.",
     {"diplomatic_proposal"}),
    ("Der Stürmer wurde am Knöchel getroffen und musste vom Platz.", {"diplomatic_meeting"}),
    ("Der Oppositionsführer griff die Regierung im Parlament scharf an.",
     {"military_action", "terror_attack"}),
    ("Bei der Probefahrt streikte der Motor des Busses.", {"protest"}),
    ("Die Armee hat den Bau neuer Kasernen in Angriff genommen.",
     {"military_action", "terror_attack"}),
    ("Die Bürger haben eine Beschwerde beim Bürgermeister eingereicht.", {"accusation"}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "kind"), POSITIVES)
def test_positive(types_of, text: str, kind: str) -> None:  # type: ignore[no-untyped-def]
    assert kind in types_of(text, "de")


@pytest.mark.parametrize(("text", "wrong"), NEGATIVES)
def test_hard_negative(types_of, text: str, wrong: set[str]) -> None:  # type: ignore[no-untyped-def]
    assert not types_of(text, "de") & wrong
