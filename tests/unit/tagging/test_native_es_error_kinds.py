"""Spanish: the error kinds the owners saw on unseen news (issue 12), one class of phrasing per
row: alerts expressed as actions (closed, evacuated, forced to land), arrested or confessing
plotters and controlled explosions (foiled plots, not attacks), killings by armed groups,
background ('tras los atentados de noviembre', a massacre of 1985, 'la guerra contra el
terror'), modality (negation, promises never to use force, announced meetings), other senses and
domains (sport, private life, business pledges). Texts written for these tests.
"""

from __future__ import annotations

import pytest
from support.inventory_rows import Row, check_row, no, yes

ROWS: list[Row] = [
    yes(
        "La policía advirtió a la población de posibles atentados durante las "
        "celebraciones de Año Nuevo.",
        "terror_alert",
    ),
    yes(
        "Un avión de Aeroméxico fue obligado a aterrizar en Monterrey tras una amenaza de bomba.",
        "terror_alert",
        absent=("terror_attack",),
    ),
    yes(
        "Cierran el aeropuerto de Gatwick por un paquete sospechoso en la terminal sur.",
        "terror_alert",
    ),
    yes(
        "Evacuada la estación de tren de Lyon por una maleta abandonada.",
        "terror_alert",
    ),
    yes(
        "El Gobierno de Bélgica mantiene el nivel de amenaza en 3 tras el tiroteo.",
        "terror_alert",
    ),
    no(
        "La empresa se comprometió a invertir 500 millones en la planta de Valencia.",
        "diplomatic_proposal",
    ),
    no(
        "La actriz demandó al periódico por difamación.",
        "accusation",
    ),
    yes(
        "El ministro criticó a la oposición por bloquear los presupuestos.",
        "accusation",
    ),
    yes(
        "Dos sospechosos confesaron haber planeado el atentado contra la comisaría.",
        "terror_plot_foiled",
        absent=("terror_attack",),
    ),
    yes(
        "Los presuntos autores del ataque fueron capturados en la frontera con Ecuador.",
        "terror_plot_foiled",
        absent=("terror_attack",),
    ),
    yes(
        "Una redada policial contra el yihadismo terminó con cinco detenidos en Bruselas.",
        "terror_plot_foiled",
        absent=("military_action",),
    ),
    yes(
        "Los artificieros hicieron estallar de forma controlada el coche bomba.",
        "terror_plot_foiled",
        absent=("terror_attack",),
    ),
    yes(
        "España pidió conversaciones directas entre Rabat y el Frente Polisario.",
        "diplomatic_proposal",
        absent=("diplomatic_meeting",),
    ),
    no(
        "Tras los atentados de noviembre, Francia reforzó la vigilancia en las fronteras.",
        "terror_attack",
    ),
    no(
        "Los familiares recordaron a las víctimas de la masacre de 1985 en el Palacio de Justicia.",
        "terror_attack",
    ),
    no(
        "La guerra contra el terror marcó la política exterior de Washington.",
        "terror_attack",
        "military_action",
    ),
    no(
        "China prometió que nunca usará la fuerza contra sus vecinos.",
        "threat",
    ),
    no(
        "El grupo armado niega cualquier responsabilidad en el secuestro del empresario.",
        "responsibility_claim",
    ),
    no(
        "Según fuentes policiales, ningún grupo ha reivindicado la explosión.",
        "responsibility_claim",
    ),
    no(
        "El Ejército no bombardeó zonas civiles, aseguró el portavoz militar.",
        "military_action",
    ),
    no(
        "Francia no impondrá nuevas sanciones a Rusia por ahora.",
        "sanctions",
    ),
    no(
        "Si no hay acuerdo, los transportistas irán a la huelga el lunes.",
        "agreement",
    ),
    no(
        "El presidente anunció que se reunirá con su homólogo chino en noviembre.",
        "diplomatic_meeting",
    ),
    yes(
        "Guerrilleros del ELN dieron muerte a dos soldados en una emboscada en Arauca.",
        "military_action",
    ),
    yes(
        "Paramilitares ejecutaron a cinco campesinos acusados de colaborar con la guerrilla.",
        "terror_attack",
    ),
    yes(
        "El alcalde recibió amenazas de muerte de una banda criminal.",
        "threat",
    ),
    yes(
        "Los disidentes de las FARC amenazaron con atentar contra la infraestructura petrolera.",
        "threat",
        absent=("terror_attack",),
    ),
    yes(
        "El presidente de Rusia tildó de fantasía el plan de paz de Occidente.",
        "accusation",
    ),
    yes(
        "El canciller iraní afirmó que la decisión de Washington ignora décadas de "
        "derecho internacional.",
        "accusation",
    ),
    yes(
        "La oposición venezolana y el Gobierno retomaron las negociaciones en México.",
        "diplomatic_meeting",
    ),
    yes(
        "El presidente argentino viajó a Brasilia para reunirse con Lula.",
        "diplomatic_meeting",
    ),
    yes(
        "El secretario de Estado estadounidense se reunió con el príncipe heredero saudí en Riad.",
        "diplomatic_meeting",
    ),
    yes(
        "Irán y Arabia Saudí acordaron reabrir sus embajadas.",
        "agreement",
    ),
    yes(
        "El Congreso de Colombia ratificó el acuerdo de paz con las FARC.",
        "agreement",
    ),
    yes(
        "El Parlamento Europeo aprobó congelar los activos del banco central ruso.",
        "sanctions",
    ),
    yes(
        "Estados Unidos levantó parte de las sanciones petroleras a Venezuela.",
        "sanctions",
    ),
    yes(
        "Londres anunció la expulsión de un agregado de defensa ruso.",
        "sanctions",
    ),
    yes(
        "Los campesinos bloquearon la carretera Panamericana en protesta contra el Gobierno.",
        "protest",
    ),
    yes(
        "Miles de israelíes salieron a las calles de Tel Aviv contra la reforma judicial.",
        "protest",
    ),
    yes(
        "Hinchas del equipo protestaron contra el árbitro al final del partido.",
        "protest",
    ),
    no(
        "El delantero marcó un gol en la huelga de celo del portero.",
        "military_action",
    ),
    yes(
        "El Ejército israelí atacó con drones un campo de refugiados en Yenín.",
        "military_action",
    ),
    yes(
        "Los rebeldes hutíes lanzaron misiles contra buques mercantes en el mar Rojo.",
        "military_action",
    ),
    yes(
        "El PP criticó la visita del presidente a Marruecos.",
        "accusation",
    ),
    yes(
        "Un hombre armado mató a cinco personas en un colegio de Texas.",
        "terror_attack",
    ),
    yes(
        "El tirador abrió fuego contra los fieles en una mezquita de Christchurch.",
        "terror_attack",
    ),
    no(
        "Detienen a un hombre por amenazar de muerte a su expareja.",
        "threat",
        "terror_plot_foiled",
    ),
    no(
        "El vecino amenazó con un cuchillo al portero del edificio.",
        "threat",
    ),
    no(
        "El Atlético amenaza el liderato del Real Madrid.",
        "threat",
    ),
    no(
        "La Audiencia Nacional confirmó la condena de los autores del atentado de Atocha.",
        "accusation",
    ),
    no(
        "El tribunal dictó condena contra los autores del ataque al cuartel.",
        "accusation",
    ),
]


@pytest.mark.parametrize("row", ROWS, ids=[row[0][:50] for row in ROWS])
def test_spanish_error_kind(types_of, row: Row) -> None:  # type: ignore[no-untyped-def]
    check_row(types_of(row[0], "es"), row)
