"""French: every type of the taxonomy, and hard negatives sharing words with the positives."""

import pytest

from eventwatch.models import Article

POSITIVES = [
    ("Un attentat à la voiture piégée a fait douze morts devant un commissariat de Kaboul.",
     "terror_attack"),
    ("L'État islamique a revendiqué l'attaque dans un communiqué diffusé dimanche.",
     "responsibility_claim"),
    ("La police a déjoué un projet d'attentat et interpellé trois suspects soupçonnés de "
     "terrorisme.", "terror_plot_foiled"),
    ("Le gouvernement a relevé le niveau d'alerte après les menaces contre les gares.",
     "terror_alert"),
    ("L'aviation russe a mené des frappes aériennes contre des positions rebelles près d'Idleb.",
     "military_action"),
    ("Des milliers de manifestants ont défilé dans les rues de Lyon contre la réforme des "
     "retraites.", "protest"),
    ("L'Allemagne a proposé à l'Iran d'ouvrir des négociations sur son programme nucléaire.",
     "diplomatic_proposal"),
    ("Le président Emmanuel Macron a rencontré le chancelier Olaf Scholz à Berlin.",
     "diplomatic_meeting"),
    ("Israël et le Hamas ont conclu un accord de cessez-le-feu sous l'égide de l'Égypte.",
     "agreement"),
    ("La Chine a accusé les États-Unis d'ingérence dans ses affaires intérieures.",
     "accusation"),
    ("La Corée du Nord a menacé la Corée du Sud de représailles après les manœuvres.",
     "threat"),
    ("L'Union européenne a imposé de nouvelles sanctions contre des banques russes.",
     "sanctions"),
    ("Trois djihadistes présumés ont été interpellés à Strasbourg.", "terror_plot_foiled"),
    ("Les forces israéliennes ont mené des frappes sur Gaza, faisant vingt morts.",
     "military_action"),
]  # fmt: skip

NEGATIVES = [
    ("L'attaquant a marqué deux buts lors du match de championnat samedi soir.",
     {"terror_attack", "military_action"}),
    ("Le groupe propose une fusion avec son concurrent pour rassurer ses actionnaires.",
     {"diplomatic_proposal", "agreement"}),
    ("Le ministre a démenti toute menace terroriste contre la ville.", {"terror_alert"}),
    ("Il a été hospitalisé après une crise cardiaque et une attaque de panique.",
     {"terror_attack", "military_action"}),
    ("Deux hommes soupçonnés de préparer un attentat contre une salle de concert ont été "
     "interpellés.", {"terror_attack"}),
    ("Le défilé de mode a présenté les collections d'hiver des créateurs parisiens.",
     {"protest"}),
    ("Le tribunal a condamné l'accusé à dix ans de prison pour vol.", {"accusation"}),
    ("Je suis d'accord avec le ministre sur ce point, a dit Emmanuel Macron.", {"agreement"}),
    ("Le PSG a battu Lyon lors de la rencontre de championnat dimanche.",
     {"diplomatic_meeting"}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "kind"), POSITIVES)
def test_positive(types_of, text: str, kind: str) -> None:  # type: ignore[no-untyped-def]
    assert kind in types_of(text, "fr")


@pytest.mark.parametrize(("text", "wrong"), NEGATIVES)
def test_hard_negative(types_of, text: str, wrong: set[str]) -> None:  # type: ignore[no-untyped-def]
    assert not types_of(text, "fr") & wrong


def test_vigipirate_highest_level_is_critical_in_france(tagger) -> None:  # type: ignore[no-untyped-def]
    text = "Le gouvernement a porté le plan Vigipirate au niveau urgence attentat jeudi."
    alerts = [e for e in tagger.tag(Article(id="v", text=text, language="fr"))
              if e.type == "terror_alert"]  # fmt: skip
    assert alerts and alerts[0].threat_level.normalized == "critical"
    assert alerts[0].location.country == "FR"


def test_proposal_names_source_and_target(tagger) -> None:  # type: ignore[no-untyped-def]
    text = "La France a proposé à la Russie une médiation pour un cessez-le-feu."
    events = tagger.tag(Article(id="p", text=text, language="fr"))
    proposal = next(e for e in events if e.type == "diplomatic_proposal")
    assert proposal.actors.source[0].country == "FR"
    assert proposal.actors.target[0].country == "RU"
