"""German inventory (docs/tagging/definitions.md, German section): for every event type
positives in different constructions (verb, separable verb, noun and compound, passive,
headline, translated wire style) and hard negatives (other senses of the same words, sport,
markets, courts, weather and private life, background, negation, sibling types). Texts written
for these tests in news style."""

import pytest
from support.inventory_rows import Row, check_row, first_event, no, types_lacking_rows, yes

from eventwatch.taxonomy import load_taxonomy

ROWS: list[Row] = [
    # terror_attack
    yes("Bei einem Sprengstoffanschlag auf einen Polizeiposten im Norden Nigerias sind acht "
        "Beamte getötet worden.", "terror_attack"),
    yes("Unbekannte verübten in der Nacht einen Brandanschlag auf eine Synagoge in Halle.",
        "terror_attack"),
    yes("Islamisten haben in Burkina Faso mehr als dreißig Dorfbewohner getötet.",
        "terror_attack"),
    yes("Terror in Kabul: Dutzende Tote nach Explosion vor dem Innenministerium",
        "terror_attack"),
    yes("In Mali wurden zwei Entwicklungshelfer von bewaffneten Dschihadisten verschleppt.",
        "terror_attack"),
    yes("Kämpfer der Terrormiliz IS haben in der Wüste zwölf Gefangene hingerichtet.",
        "terror_attack"),
    yes("Paramilitärs haben in einem Dorf im Süden des Landes sieben Bauern ermordet.",
        "terror_attack"),
    yes("Ein Schütze eröffnete in einer Konzerthalle das Feuer und tötete elf Menschen.",
        "terror_attack"),
    yes("Bei einer Messerattacke in Solingen tötete ein mutmaßlicher IS-Anhänger drei Menschen.",
        "terror_attack"),
    yes("Die Hinrichtung von zwölf Zivilisten durch die Miliz Al-Schabaab löste Entsetzen aus.",
        "terror_attack"),
    no("Der Stürmer startete einen Angriff über die linke Seite, doch der Torwart hielt.",
       "terror_attack", "military_action"),
    no("Bei einem Hackerangriff auf eine Klinik wurden Patientendaten gestohlen.",
       "terror_attack", "military_action"),
    no("Der Chemiekonzern meldete eine Explosion in einer Lagerhalle in Ludwigshafen.",
       "terror_attack", "military_action"),
    no("Zum fünften Jahrestag des Anschlags in Hanau legten Politiker Kränze nieder.",
       "terror_attack"),
    no("Der Mörder wurde in Texas hingerichtet, teilte die Gefängnisbehörde mit.",
       "terror_attack"),
    # terror_plot_foiled
    yes("Die Polizei hat in Duisburg einen 17-Jährigen festgenommen, der einen Anschlag auf eine "
        "Synagoge geplant haben soll.", "terror_plot_foiled", absent=("terror_attack",)),
    yes("Terrorverdacht: Spezialkräfte nehmen drei Männer in Essen fest",
        "terror_plot_foiled"),
    yes("Ermittler haben einen mutmaßlichen Anschlagsplan auf den Kölner Dom durchkreuzt.",
        "terror_plot_foiled", absent=("terror_attack",)),
    yes("Die Bundesanwaltschaft erhob Anklage gegen vier mutmaßliche Mitglieder einer "
        "rechtsextremen Terrorgruppe.", "terror_plot_foiled"),
    yes("Die Festnahme des mutmaßlichen Islamisten erfolgte am Flughafen München.",
        "terror_plot_foiled"),
    yes("Experten entschärften eine Rohrbombe, die vor dem Rathaus abgelegt worden war.",
        "terror_plot_foiled", absent=("terror_attack",)),
    yes("Sicherheitskräfte hoben in Berlin eine Terrorzelle aus.", "terror_plot_foiled"),
    yes("Der Verfassungsschutz verhinderte nach eigenen Angaben einen islamistischen Anschlag.",
        "terror_plot_foiled", absent=("terror_attack",)),
    yes("Ein Syrer wurde wegen der Vorbereitung eines Sprengstoffanschlags in "
        "Untersuchungshaft genommen.", "terror_plot_foiled", absent=("terror_attack",)),
    yes("Die Polizei fasste zwei Dschihadisten, die einen Anschlag auf ein Stadion planten.",
        "terror_plot_foiled", absent=("terror_attack",)),
    yes("Bei einem SEK-Einsatz in Magdeburg wurde ein mutmaßlicher IS-Anhänger festgenommen.",
        "terror_plot_foiled"),
    yes("Ein Islamist gab in der Innenstadt von Wien Schüsse auf Passanten ab.",
        "terror_attack"),
    no("Bei einer Schießerei unter Drogenhändlern in Marseille starb ein Mann.",
       "terror_attack", "military_action"),
    yes("Ein 24-Jähriger wurde angeklagt, den Bombenanschlag auf den Bahnhof organisiert zu "
        "haben.", "terror_plot_foiled", absent=("terror_attack",)),
    no("Die Polizei nahm nach dem Banküberfall in Bremen zwei Männer fest.",
       "terror_plot_foiled"),
    no("Bei der Demonstration wurden 40 Personen festgenommen.", "terror_plot_foiled"),
    no("Der Angeklagte wurde wegen Betrugs zu drei Jahren Haft verurteilt.",
       "terror_plot_foiled", "accusation"),
    # responsibility_claim
    yes("Die Terrormiliz IS reklamierte den Anschlag über ihr Sprachrohr Amak für sich.",
        "responsibility_claim"),
    yes("Zu der Tat bekannte sich eine bislang unbekannte linksextreme Gruppe.",
        "responsibility_claim"),
    yes("Die Taliban übernahmen die Verantwortung für den Angriff auf den Militärstützpunkt.",
        "responsibility_claim"),
    yes("Die Al-Schabaab-Miliz beanspruchte den Angriff auf das Hotel für sich.",
        "responsibility_claim"),
    yes("Der IS hat die Verantwortung für den Selbstmordanschlag beansprucht.",
        "responsibility_claim"),
    no("Die Partei reklamierte den Wahlsieg für sich.", "responsibility_claim"),
    no("Der Minister bekannte sich in seiner Rede klar zur Nato.", "responsibility_claim"),
    no("Bislang hat sich niemand zu dem Anschlag bekannt.", "responsibility_claim"),
    no("Die Regierung wies jede Verantwortung für den Unfall zurück.", "responsibility_claim"),
    # diplomatic_proposal
    yes("Frankreich bot an, zwischen Armenien und Aserbaidschan zu vermitteln.",
        "diplomatic_proposal"),
    yes("Die Bundesregierung appellierte an Russland und die Ukraine, an den Verhandlungstisch "
        "zurückzukehren.", "diplomatic_proposal"),
    yes("China legte einen Friedensplan für die Ukraine vor.", "diplomatic_proposal"),
    yes("Deutschland sagte der Ukraine weitere Hilfe in Höhe von 500 Millionen Euro zu.",
        "diplomatic_proposal"),
    yes("Moskau signalisierte Gesprächsbereitschaft gegenüber Washington.",
        "diplomatic_proposal"),
    yes("Der Außenminister der Türkei forderte eine sofortige Waffenruhe im Gazastreifen.",
        "diplomatic_proposal"),
    yes("Die Türkei lud die Konfliktparteien zu Gesprächen nach Istanbul ein.",
        "diplomatic_proposal"),
    yes("Die Schweiz bot Iran und den USA ihre guten Dienste an.", "diplomatic_proposal"),
    yes("Die EU streckte Peking nach dem Streit die Hand aus.", "diplomatic_proposal"),
    yes("Brasilien schlug vor, eine Friedenskonferenz für die Ukraine einzuberufen.",
        "diplomatic_proposal"),
    yes("Indien sprach sich für Verhandlungen zwischen Russland und der Ukraine aus.",
        "diplomatic_proposal"),
    yes("Der brasilianische Präsident warb in Paris für eine politische Lösung im Nahen Osten.",
        "diplomatic_proposal"),
    no("Der Konzern bot den Aktionären 40 Euro je Aktie an.", "diplomatic_proposal"),
    no("Der Chef der Grünen schlug vor, die Koalitionsgespräche zu vertagen.",
       "diplomatic_proposal", "diplomatic_meeting"),
    no("Die Schulleiterin lud die Eltern zu einem Gespräch ein.", "diplomatic_proposal"),
    no("Die Regierung legte den Haushaltsentwurf für das kommende Jahr vor.",
       "diplomatic_proposal"),
    no("Die Regierung in Kiew beklagte die mangelnde Gesprächsbereitschaft Moskaus.",
       "diplomatic_proposal"),
    # diplomatic_meeting
    yes("Außenministerin Baerbock reiste zu Gesprächen nach Peking.", "diplomatic_meeting"),
    yes("Scholz und Macron kamen in Paris zu einem Arbeitsessen zusammen.",
        "diplomatic_meeting"),
    yes("Der chinesische Präsident stattete Moskau einen Staatsbesuch ab.",
        "diplomatic_meeting"),
    yes("Putin empfing den indischen Premierminister im Kreml.", "diplomatic_meeting"),
    yes("Die Außenminister Frankreichs und Japans berieten sich mit ihren Kollegen aus "
        "Kanada in Tokio.", "diplomatic_meeting"),
    yes("Der US-Außenminister führte in Kairo Konsultationen mit der ägyptischen Regierung.",
        "diplomatic_meeting"),
    yes("Krisentreffen in Brüssel: Die Außenminister der EU und der Ukraine beraten über "
        "Waffenlieferungen.", "diplomatic_meeting"),
    yes("Nach einer Unterredung mit dem saudischen Kronprinzen reiste Macron weiter nach Katar.",
        "diplomatic_meeting"),
    yes("Der russische Außenminister besprach mit seinem indischen Kollegen die Lage in "
        "Afghanistan.", "diplomatic_meeting"),
    yes("Bei der Begegnung mit dem iranischen Präsidenten sprach Putin über Energie.",
        "diplomatic_meeting"),
    no("Die Koalitionspartner trafen sich im Kanzleramt zum Koalitionsausschuss.",
       "diplomatic_meeting"),
    no("Der FC Bayern empfing am Samstag Dortmund zum Spitzenspiel.", "diplomatic_meeting"),
    yes("Macron sprach in Peking mit Xi Jinping über den Krieg in der Ukraine.",
        "diplomatic_meeting"),
    yes("Am Rande des Treffens in Genf sagte der russische Außenminister, Moskau sei zufrieden "
        "mit den USA.", "diplomatic_meeting"),
    no("Ein Treffen mit Putin ist nicht geplant, sagte der Sprecher der Bundesregierung.",
       "diplomatic_meeting"),
    no("Der Kanzler forderte Gespräche mit Peking über die Handelsbeziehungen.",
       "diplomatic_meeting"),
    # agreement
    yes("Armenien und Aserbaidschan haben sich auf den Text eines Friedensvertrags verständigt.",
        "agreement"),
    yes("Israel und die Hamas verständigten sich auf eine Feuerpause.", "agreement"),
    yes("Russland und die Ukraine tauschten je 90 Kriegsgefangene aus.", "agreement"),
    yes("Das Parlament in Ankara ratifizierte den Nato-Beitritt Schwedens.", "agreement"),
    yes("Israel und Marokko nahmen diplomatische Beziehungen auf.", "agreement"),
    yes("Nach zähen Verhandlungen erzielten Serbien und Kosovo einen Kompromiss.",
        "agreement"),
    yes("Gefangenenaustausch zwischen Moskau und Washington in Abu Dhabi", "agreement"),
    yes("Die EU und die Türkei besiegelten einen Migrationspakt.", "agreement"),
    yes("Iran und die Weltmächte schlossen in Wien den Atomdeal ab.", "agreement"),
    no("Der Verein und der Spieler einigten sich auf einen neuen Vertrag bis 2027.",
       "agreement"),
    no("Die Firma unterzeichnete einen Mietvertrag für ihre neue Zentrale.", "agreement"),
    no("Laut Polizei wurden bei dem Unfall drei Menschen verletzt.", "agreement"),
    # accusation
    yes("Peking bezeichnete die Äußerungen aus Washington als Einmischung in innere "
        "Angelegenheiten.", "accusation"),
    yes("Kiew macht Moskau für den Raketenangriff verantwortlich.", "accusation"),
    yes("Scharfe Kritik an Israels Siedlungspolitik kam aus Berlin.", "accusation"),
    yes("Die Regierung in Teheran bestellte den deutschen Botschafter ein.", "accusation",
        absent=("sanctions",)),
    yes("Die Ukraine beschuldigt Russland, Zivilisten gezielt angegriffen zu haben.",
        "accusation"),
    yes("Das Außenministerium in Peking missbilligte die Entscheidung der USA.",
        "accusation"),
    yes("Die Bundesregierung nannte das Vorgehen Moskaus völkerrechtswidrig.", "accusation"),
    yes("Polen brandmarkte die Grenzpolitik von Belarus als hybride Kriegsführung.",
        "accusation"),
    yes("In Warschau wächst die Empörung über die russischen Grenzverletzungen.", "accusation"),
    no("Dem Ex-Manager wird vorgeworfen, Millionen veruntreut zu haben.", "accusation"),
    no("Kritiker bezeichneten den Film als langatmig.", "accusation"),
    no("Das Gericht verurteilte den Angeklagten zu lebenslanger Haft.", "accusation"),
    no("Der Trainer kritisierte die Leistung des Schiedsrichters scharf.", "accusation"),
    yes("Das Außenministerium in Ankara legte bei der Botschaft Schwedens Protest ein.",
        "accusation", absent=("protest",)),
    yes("Der Präsident von Venezuela nannte den US-Außenminister einen Lügner.", "accusation"),
    # threat
    yes("Nordkorea drohte den USA mit einem Atomschlag.", "threat"),
    yes("Der Iran kündigte Vergeltung für den Angriff an.", "threat"),
    yes("Der Kreml warnte die Nato vor ernsten Konsequenzen, sollte sie Truppen in die Ukraine "
        "schicken.", "threat"),
    yes("Die Hamas stellte Israel ein Ultimatum.", "threat"),
    yes("Der Anführer der Miliz schwor Rache an der Regierung von Mali.", "threat"),
    yes("Der Bürgermeister von Kiew erhält seit Wochen Todesdrohungen.", "threat"),
    yes("Die Hisbollah kündigte an, den Tod ihres Kommandeurs an Israel zu rächen.", "threat"),
    yes("Das Säbelrasseln Pekings vor Taiwan beunruhigt die Nachbarn.", "threat"),
    no("Der Ukraine droht ein harter Winter ohne Strom.", "threat"),
    no("Dem Land droht nach der Dürre eine Hungersnot, warnte die Regierung.", "threat"),
    no("Der Wetterdienst warnt vor schweren Unwettern im Süden.", "threat"),
    no("Die Regierung in Kiew versprach, niemals Atomwaffen einzusetzen.", "threat"),
    # sanctions
    yes("Die EU verhängte Strafmaßnahmen gegen iranische Funktionäre.", "sanctions"),
    yes("Washington setzte zwölf russische Banken auf die schwarze Liste.", "sanctions"),
    yes("Die Bundesregierung erklärte zwei russische Diplomaten zu unerwünschten Personen.",
        "sanctions"),
    yes("Kanada fror das Vermögen russischer Oligarchen ein.", "sanctions"),
    yes("Die Türkei brach die diplomatischen Beziehungen zu Israel ab.", "sanctions"),
    yes("Polen rief seinen Botschafter aus Minsk zurück.", "sanctions"),
    yes("Die USA verhängten eine Einreisesperre gegen den Regierungschef von Nicaragua.",
        "sanctions"),
    yes("China verhängte ein Ausfuhrverbot für seltene Erden gegen Japan.", "sanctions"),
    yes("Die USA verschärften die Exportkontrollen für Chips nach China.", "sanctions"),
    no("Der Verband sanktionierte den Verein mit einer Geldstrafe.", "sanctions"),
    no("Die EU drohte Russland mit neuen Sanktionen.", "sanctions"),
    no("Die Bank fror das Konto eines Kunden ein.", "sanctions"),
    # military_action
    yes("Russische Truppen beschossen in der Nacht die Stadt Charkiw mit Raketen.",
        "military_action"),
    yes("Die ukrainische Armee eroberte das Dorf Robotyne zurück.", "military_action"),
    yes("Beim Beschuss eines Wohngebiets in Donezk starben fünf Zivilisten.",
        "military_action"),
    yes("Aserbaidschan startete eine Militäroffensive in Bergkarabach.", "military_action"),
    yes("Der Iran feuerte Raketen und Drohnen auf Israel ab.", "military_action"),
    yes("Israelische Truppen rückten in die Stadt Rafah ein.", "military_action"),
    yes("Der Vormarsch der russischen Armee im Donbass geht weiter.", "military_action"),
    yes("Rebellen schossen einen Kampfhubschrauber der Armee ab.", "military_action"),
    yes("Artilleriefeuer erschütterte in der Nacht die Vororte von Khartum.", "military_action"),
    yes("Das Bombardement der Stadt Aleppo durch die syrische Armee dauerte die ganze Nacht.",
        "military_action"),
    yes("Die ukrainische Gegenoffensive im Süden kommt nur langsam voran.", "military_action"),
    yes("Kiew: Russische Raketen schlugen in der Nacht in ein Wohnhaus ein.", "military_action"),
    no("Die Regierung schlug einen neuen Kurs in der Wirtschaftspolitik ein.", "military_action"),
    no("Die Mannschaft eroberte mit dem Sieg die Tabellenspitze.", "military_action"),
    no("Der Konzern eroberte mit dem Billigmodell den chinesischen Markt.", "military_action"),
    no("Die Bundeswehr hielt ein großes Manöver an der Ostsee ab.", "military_action"),
    no("Der Minister geriet im Parlament unter Beschuss der Opposition.", "military_action"),
    # protest
    yes("Zehntausende gingen in Tiflis gegen das Agentengesetz auf die Straße.", "protest"),
    yes("Die Lokführer legten bundesweit die Arbeit nieder.", "protest"),
    yes("Klimaaktivisten blockierten die Zufahrt zum Flughafen in München.", "protest"),
    yes("Tausende bei Großdemo gegen Rechts in München", "protest"),
    yes("Vor dem Parlament in Bern hielten Bauern eine Mahnwache ab.", "protest"),
    yes("Die Gewerkschaft Verdi rief zu einem Warnstreik im Nahverkehr auf.", "protest"),
    no("Der Einmarsch der russischen Truppen begann im Morgengrauen.", "protest"),
    no("Der Kanzler demonstrierte vor der Presse Geschlossenheit.", "protest"),
    no("Die Spieler protestierten gegen die Entscheidung des Schiedsrichters.", "protest"),
    no("Die Opposition blockierte das Gesetz im Bundesrat.", "protest"),
    no("Eine spielbare Demo des neuen Rennspiels ist ab Freitag erhältlich.", "protest"),
    no("Die Linkspartei Podemos verhandelt mit den Sozialisten über die Regierungsbildung.",
       "protest", "diplomatic_meeting"),
    # terror_alert
    yes("Nach einer Bombendrohung wurde der Hauptbahnhof in Köln geräumt.", "terror_alert"),
    yes("Ein Flugzeug musste wegen einer Bombendrohung in Wien notlanden.", "terror_alert"),
    yes("Österreich hob die Terrorwarnstufe auf die zweithöchste Stufe an.", "terror_alert"),
    no("Der Wetterdienst rief wegen des Sturms die höchste Warnstufe aus.", "terror_alert"),
    no("Die Kliniken sind wegen der Grippewelle in Alarmbereitschaft.", "terror_alert"),
]  # fmt: skip


@pytest.mark.parametrize("row", ROWS, ids=lambda r: r[0][:50])
def test_inventory(types_of, row: Row) -> None:  # type: ignore[no-untyped-def]
    check_row(types_of(row[0], "de"), row)


def test_every_type_has_positives_and_hard_negatives() -> None:
    assert not types_lacking_rows(ROWS, list(load_taxonomy()))


def test_metonyms_name_their_state(tagger) -> None:  # type: ignore[no-untyped-def]
    kremlin = first_event(
        tagger, "Der Kreml warnte Polen vor ernsten Konsequenzen.", "de", "threat"
    )
    assert [a.country for a in kremlin.actors.source] == ["RU"]
    assert [a.country for a in kremlin.actors.target] == ["PL"]
    office = first_event(
        tagger, "Das Auswärtige Amt bestellte den iranischen Botschafter ein.", "de", "accusation"
    )
    assert [a.country for a in office.actors.source] == ["DE"]
    assert [a.country for a in office.actors.target] == ["IR"]


def test_place_of_an_attack(tagger) -> None:  # type: ignore[no-untyped-def]
    attack = first_event(
        tagger,
        "Bei einem Selbstmordanschlag in Bagdad starben zwölf Menschen.",
        "de",
        "terror_attack",
    )
    assert attack.location is not None and attack.location.country == "IQ"
