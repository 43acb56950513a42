"""German: a positive and a hard negative for every error kind of issue 12."""

import pytest
from support.error_kinds import Case, check, covers_every_kind, neg, pos

CASES: list[Case] = [
    # Phrasings
    pos(
        "phrasing",
        "Die Polizei nahm in Hamburg zwei Terrorverdächtige fest, die einen Anschlag auf "
        "einen Bahnhof geplant haben sollen.",
        "terror_plot_foiled",
    ),
    pos(
        "phrasing",
        "Der Bürgermeister von Kiew erhielt nach seiner Rede Morddrohungen aus Russland.",
        "threat",
    ),
    pos(
        "phrasing",
        "Der UN-Generalsekretär rief Israel und den Libanon zur Deeskalation auf.",
        "diplomatic_proposal",
    ),
    neg("phrasing", "Die Firma bot ihren Kunden neue Tarife an.", "diplomatic_proposal"),
    # Senses: separable verbs, 'demonstrieren' = zeigen
    pos(
        "sense",
        "Frankreich schlug Russland eine engere Zusammenarbeit gegen den Terror vor.",
        "diplomatic_proposal",
    ),
    neg(
        "sense",
        "Die Armee schlug den Angriff der Rebellen zurück, vor allem im Norden.",
        "diplomatic_proposal",
    ),
    neg("sense", "Randalierer warfen Feuerwerkskörper vor das Rathaus.", "accusation"),
    neg("sense", "Der Minister demonstrierte in Berlin Gelassenheit.", "protest"),
    pos("sense", "Tausende demonstrierten in Leipzig gegen die Rentenreform.", "protest"),
    # Domains
    pos(
        "domain",
        "Die Bundesregierung warf der Türkei vor, die Pressefreiheit zu verletzen.",
        "accusation",
    ),
    neg(
        "domain",
        "Die Koalitionsgespräche zwischen Union und SPD gehen am Montag weiter.",
        "diplomatic_meeting",
    ),
    neg("domain", "Der Trainer kritisierte den Stürmer nach dem Spiel scharf.", "accusation"),
    # Sibling types
    pos(
        "sibling",
        "Ermittler vereitelten einen Anschlag auf einen Weihnachtsmarkt und nahmen drei "
        "Männer fest.",
        "terror_plot_foiled",
        absent=("terror_attack",),
    ),
    neg(
        "sibling",
        "Spezialkräfte der Polizei durchsuchten die Wohnung eines mutmaßlichen Islamisten in Köln.",
        "military_action",
        "terror_attack",
    ),
    # Background
    pos(
        "background",
        "Bei einem Selbstmordanschlag in Bagdad wurden am Freitag zwölf Menschen getötet.",
        "terror_attack",
    ),
    neg(
        "background",
        "Das Buch beschreibt den Kampf gegen den Terror seit 2001.",
        "terror_attack",
        "military_action",
    ),
    neg(
        "background",
        "Am Jahrestag des Anschlags auf den Breitscheidplatz legten Politiker Kränze nieder.",
        "terror_attack",
    ),
    # Modality
    pos(
        "modality",
        "Niemand wurde verletzt, aber der Anschlag zerstörte die Polizeiwache in Kabul.",
        "terror_attack",
    ),
    neg(
        "modality",
        "Die Regierung in Moskau dementierte, dass ihre Truppen das Dorf bombardiert hätten.",
        "military_action",
    ),
    neg(
        "modality",
        "Die Gruppe wies jede Verantwortung für den Anschlag zurück.",
        "responsibility_claim",
    ),
]


def test_every_error_kind_has_a_positive_and_a_hard_negative() -> None:
    assert covers_every_kind(CASES) == set()


@pytest.mark.parametrize("case", CASES, ids=lambda c: f"{c.kind}:{c.text[:40]}")
def test_case(types_of, case: Case) -> None:  # type: ignore[no-untyped-def]
    check(types_of(case.text, "de"), case)
