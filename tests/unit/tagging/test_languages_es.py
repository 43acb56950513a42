"""Spanish: the core types and more, with hard negatives sharing words with the positives."""

import pytest

from eventwatch.models import Article

POSITIVES = [
    ("Un atentado con coche bomba dejó quince muertos frente a una comisaría de Kabul.",
     "terror_attack"),
    ("El Estado Islámico reivindicó el ataque en un comunicado difundido el domingo.",
     "responsibility_claim"),
    ("La policía desarticuló una célula yihadista que planeaba un atentado en Barcelona.",
     "terror_plot_foiled"),
    ("El gobierno elevó el nivel de alerta antiterrorista tras las amenazas contra el metro.",
     "terror_alert"),
    ("La aviación rusa bombardeó posiciones rebeldes cerca de Idlib.", "military_action"),
    ("Miles de estudiantes marcharon por el centro de Santiago para protestar contra las tasas.",
     "protest"),
    ("Los sindicatos convocaron una huelga general de 24 horas.", "protest"),
    ("Alemania propuso a Irán abrir negociaciones sobre su programa nuclear.",
     "diplomatic_proposal"),
    ("El presidente de México se reunió con su homólogo de Guatemala en la frontera.",
     "diplomatic_meeting"),
    ("Israel y Hamás acordaron un alto el fuego con la mediación de Egipto.", "agreement"),
    ("China acusó a Estados Unidos de injerencia en sus asuntos internos.", "accusation"),
    ("Corea del Norte amenazó a Corea del Sur con represalias por las maniobras.", "threat"),
    ("La Unión Europea impuso nuevas sanciones a bancos rusos.", "sanctions"),
    ("Rusia advirtió que responderá con firmeza si la OTAN despliega misiles en Polonia.",
     "threat"),
    ("La Guardia Civil detuvo a tres presuntos yihadistas en Ceuta.", "terror_plot_foiled"),
]  # fmt: skip

NEGATIVES = [
    ("El delantero marcó dos goles y el equipo lanzó un ataque tras otro en el partido.",
     {"terror_attack", "military_action"}),
    ("La empresa propuso una fusión con su rival para tranquilizar a los accionistas.",
     {"diplomatic_proposal", "agreement"}),
    ("El ministro negó que exista una amenaza terrorista contra la ciudad.", {"terror_alert"}),
    ("Sufrió un ataque al corazón y fue trasladado al hospital.",
     {"terror_attack", "military_action"}),
    ("De acuerdo con el informe, la economía creció un dos por ciento.", {"agreement"}),
    ("El pastor protestante celebró la misa del domingo.", {"protest"}),
    ("Un hombre fue acusado de robar un coche y detenido por la policía.",
     {"accusation", "terror_plot_foiled"}),
    ("La policía investiga el asesinato de un taxista hallado muerto en su coche en Zaragoza.",
     {"terror_attack"}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "kind"), POSITIVES)
def test_positive(types_of, text: str, kind: str) -> None:  # type: ignore[no-untyped-def]
    assert kind in types_of(text, "es")


@pytest.mark.parametrize(("text", "wrong"), NEGATIVES)
def test_hard_negative(types_of, text: str, wrong: set[str]) -> None:  # type: ignore[no-untyped-def]
    assert not types_of(text, "es") & wrong


def test_highest_alert_level_is_critical(tagger) -> None:  # type: ignore[no-untyped-def]
    text = "El gobierno francés elevó el plan Vigipirate a su nivel máximo tras el atentado."
    events = tagger.tag(Article(id="l", text=text, language="es"))
    alert = next(e for e in events if e.type == "terror_alert")
    assert alert.threat_level.normalized == "critical"
    assert alert.location.country == "FR"


def test_denied_attack_is_negated(tagger) -> None:  # type: ignore[no-untyped-def]
    events = tagger.tag(
        Article(
            id="n",
            text="El ministro negó que haya habido un atentado en la capital.",
            language="es",
        )
    )
    assert events and all(e.modality == "negated" for e in events)
