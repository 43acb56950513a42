"""Spanish news as the wires, national papers and TV sites write it, type by type (issue 12).

Every row follows from a type's definition (docs/tagging/definitions.md) and one axis of the
Spanish inventory (docs/tagging/inventories/lang_es.md): verb tenses, nouns, the reflexive and
participle passives, periphrases, verbless headlines, reported speech, metonymy for states, and
the hard negatives of each type (other senses, sport, business, courts, weather, private life,
background, negation, hypotheses, sibling types). Texts written for these tests.
"""

from __future__ import annotations

import pytest
from support.inventory_rows import Row, check_row, no, yes

from eventwatch.taxonomy import load_taxonomy

ROWS: list[Row] = [
    # terror_attack: bombs, shootings, killings by armed groups, kidnappings, rammings
    yes("Un coche bomba estalló frente a una comisaría de Mogadiscio y causó al menos nueve "
        "muertos.", "terror_attack"),
    yes("Hombres armados dieron muerte a seis campesinos en una vereda del Catatumbo.",
        "terror_attack"),
    yes("Tres civiles perdieron la vida cuando un suicida se inmoló en un mercado de Kabul.",
        "terror_attack"),
    yes("Masacre en Zacatecas: sicarios acribillan a once personas en una fiesta.",
        "terror_attack"),
    yes("Un líder indígena fue asesinado a tiros por paramilitares en el norte del Cauca.",
        "terror_attack"),
    yes("Según la agencia EFE, un atacante apuñaló a varios transeúntes al grito de consignas "
        "yihadistas en Mulhouse.", "terror_attack", absent=("protest",)),
    yes("Un grupo armado secuestró a cuarenta estudiantes en un internado del estado de Níger.",
        "terror_attack"),
    yes("Disidencias de las FARC ejecutaron a tres jóvenes en una zona rural del Putumayo.",
        "terror_attack"),
    yes("Un conductor embistió con su furgoneta a la multitud en un paseo marítimo en un ataque "
        "de corte yihadista.", "terror_attack"),
    yes("Yihadistas degollaron a un sacerdote dentro de una iglesia de Normandía.",
        "terror_attack"),
    yes("Atentado en Kabul: al menos veinte muertos por la explosión de un camión cargado de "
        "explosivos.", "terror_attack"),
    no("El delantero sufrió un ataque de ansiedad antes de la final de Copa.", "terror_attack"),
    no("Una explosión de gas en un edificio de viviendas dejó tres heridos en Madrid.",
       "terror_attack"),
    no("Un ciberataque paralizó los sistemas informáticos del hospital durante dos días.",
       "terror_attack"),
    no("El ataque del Atlético no logró superar a la defensa del Sevilla.", "terror_attack"),
    no("Arabia Saudí ejecutó a tres hombres condenados por narcotráfico tras un juicio.",
       "terror_attack"),
    no("Se cumplen diez años del atentado contra la redacción de Charlie Hebdo.",
       "terror_attack"),
    no("El Gobierno negó que la explosión en la refinería fuera un atentado.", "terror_attack"),
    # terror_plot_foiled: arrests and charges with a terror context, foiled plots, defused devices
    yes("La Guardia Civil detuvo en Barcelona a un joven que planeaba atentar contra una "
        "discoteca.", "terror_plot_foiled", absent=("terror_attack",)),
    yes("Capturados dos sospechosos del atentado contra la estación de autobuses de Bogotá.",
        "terror_plot_foiled"),
    yes("Los Mossos frustraron un ataque contra una sinagoga y arrestaron a un menor "
        "radicalizado.", "terror_plot_foiled", absent=("terror_attack",)),
    yes("El sospechoso fue acusado formalmente de orquestar el atentado con coche bomba contra "
        "la academia de policía.", "terror_plot_foiled", absent=("accusation",)),
    yes("La Fiscalía imputó por terrorismo a los cuatro miembros de la célula desarticulada en "
        "Ceuta.", "terror_plot_foiled"),
    yes("Las fuerzas de seguridad de Marruecos desmantelaron una red vinculada al Estado "
        "Islámico.", "terror_plot_foiled"),
    yes("Un artificiero de la Policía neutralizó una bomba adosada a un vehículo oficial en "
        "Bilbao.", "terror_plot_foiled", absent=("terror_attack", "military_action")),
    yes("Cae en Madrid una célula yihadista que preparaba un ataque contra un estadio.",
        "terror_plot_foiled", absent=("terror_attack",)),
    yes("Según fuentes policiales, los tres arrestados pretendían volar un puente en nombre del "
        "ISIS.", "terror_plot_foiled"),
    yes("Un tribunal de París condenó a doce años de prisión a un hombre por preparar un "
        "atentado yihadista.", "terror_plot_foiled", absent=("accusation", "terror_attack")),
    no("La policía detuvo a cinco manifestantes durante las protestas en Santiago.",
       "terror_plot_foiled"),
    no("Detenido un empresario por fraude fiscal en Valencia.", "terror_plot_foiled"),
    no("Un tribunal condenó a seis años de cárcel al exalcalde por corrupción.",
       "terror_plot_foiled"),
    no("Capturaron a un ladrón que robaba carteras en el metro de Ciudad de México.",
       "terror_plot_foiled"),
    no("El Gobierno aprobó un plan para prevenir atentados en el transporte público.",
       "terror_plot_foiled"),
    # responsibility_claim
    yes("El Estado Islámico reivindicó el ataque contra un puesto militar en Níger a través de "
        "su agencia Amaq.", "responsibility_claim"),
    yes("Al Shabab se atribuyó la autoría del atentado contra un hotel de Mogadiscio.",
        "responsibility_claim"),
    yes("Boko Haram asumió la responsabilidad del secuestro de las estudiantes.",
        "responsibility_claim"),
    yes("El ataque fue reivindicado horas después por una facción disidente.",
        "responsibility_claim"),
    yes("En un comunicado, el ELN reconoció la autoría del atentado contra el oleoducto.",
        "responsibility_claim"),
    yes("Los talibanes se adjudicaron el ataque con cohetes contra el aeropuerto.",
        "responsibility_claim"),
    no("Ningún grupo ha reivindicado hasta ahora el atentado.", "responsibility_claim"),
    no("Hamás negó cualquier responsabilidad en el atentado de Jerusalén.",
       "responsibility_claim"),
    no("El Real Madrid se adjudicó la Supercopa tras vencer al Barcelona.",
       "responsibility_claim"),
    no("El ministro asumió la responsabilidad por el fracaso de la reforma sanitaria.",
       "responsibility_claim"),
    no("Los sindicatos reivindican una subida salarial del cinco por ciento.",
       "responsibility_claim"),
    no("El Gobierno atribuyó el atentado al Estado Islámico.", "responsibility_claim"),
    # diplomatic_proposal: offers, plans, invitations, calls for talks or de-escalation, aid
    yes("Turquía se ofreció a acoger una nueva ronda de negociaciones entre Moscú y Kiev.",
        "diplomatic_proposal", absent=("diplomatic_meeting",)),
    yes("El secretario general de la ONU instó a ambas partes a rebajar la tensión en la "
        "frontera.", "diplomatic_proposal"),
    yes("China propone un plan de doce puntos para poner fin a la guerra en Ucrania.",
        "diplomatic_proposal"),
    yes("Washington llamó a Israel y a Hezbolá a evitar una escalada regional.",
        "diplomatic_proposal"),
    yes("La Unión Europea anunció una ayuda humanitaria de cincuenta millones de euros para "
        "Gaza.", "diplomatic_proposal"),
    yes("Egipto y Catar presentaron una propuesta conjunta de tregua de seis semanas.",
        "diplomatic_proposal", absent=("agreement",)),
    yes("El Kremlin se declaró dispuesto a negociar con Kiev sin condiciones previas.",
        "diplomatic_proposal"),
    yes("Brasil y Colombia pidieron un alto el fuego inmediato en Gaza.", "diplomatic_proposal",
        absent=("agreement",)),
    yes("El papa hizo un llamamiento a la paz en Sudán durante el ángelus.",
        "diplomatic_proposal"),
    yes("Pekín invitó al presidente argentino a una visita oficial en mayo.",
        "diplomatic_proposal", absent=("diplomatic_meeting",)),
    yes("El canciller mexicano abogó por una salida negociada a la crisis de Haití.",
        "diplomatic_proposal"),
    yes("La Casa Blanca urgió a Rusia a regresar a la mesa de negociación.",
        "diplomatic_proposal", absent=("diplomatic_meeting",)),
    yes("Ucrania propuso a Rusia un canje de prisioneros de guerra.", "diplomatic_proposal",
        absent=("agreement",)),
    yes("Oferta de diálogo de Seúl a Pionyang tras meses de tensión.", "diplomatic_proposal"),
    no("Telefónica ofreció dos mil millones por la compra de la operadora alemana.",
       "diplomatic_proposal"),
    no("El Gobierno propuso una reforma de las pensiones en el Congreso.",
       "diplomatic_proposal"),
    no("El Barcelona ofreció cincuenta millones por el delantero noruego.",
       "diplomatic_proposal"),
    no("El partido propone bajar el IVA de los alimentos en su programa electoral.",
       "diplomatic_proposal"),
    no("Los manifestantes pidieron la dimisión del ministro del Interior.",
       "diplomatic_proposal"),
    no("El supermercado ofrece descuentos del treinta por ciento en productos frescos.",
       "diplomatic_proposal"),
    no("La oposición pidió diálogo al Gobierno para aprobar los presupuestos.",
       "diplomatic_proposal"),
    # diplomatic_meeting: talks, visits, summits, phone calls held between sides
    yes("El presidente francés se entrevistó en el Elíseo con su homólogo brasileño.",
        "diplomatic_meeting"),
    yes("Blinken y Wang Yi mantuvieron una conversación telefónica de una hora.",
        "diplomatic_meeting"),
    yes("Cumbre en Bruselas: los líderes de la UE y de Ucrania abordan la reconstrucción.",
        "diplomatic_meeting"),
    yes("El rey Felipe VI recibió en audiencia al presidente de Panamá.",
        "diplomatic_meeting"),
    yes("Delegaciones de Rusia y Ucrania negociaron en Estambul durante cuatro horas.",
        "diplomatic_meeting"),
    yes("El canciller alemán llegó a Pekín en visita oficial de dos días.",
        "diplomatic_meeting"),
    yes("Los ministros de Exteriores de Irán y Arabia Saudí se reunieron en Pekín.",
        "diplomatic_meeting"),
    yes("El enviado especial de Estados Unidos se trasladó a Caracas para reunirse con Maduro.",
        "diplomatic_meeting"),
    yes("El primer ministro indio realizó una visita de Estado a Washington.",
        "diplomatic_meeting"),
    yes("Putin recibió en el Kremlin al primer ministro húngaro, Viktor Orbán.",
        "diplomatic_meeting"),
    no("El Real Madrid recibe al Barcelona en el Bernabéu el domingo.", "diplomatic_meeting"),
    no("El PSOE y Sumar se reunieron para negociar los presupuestos.", "diplomatic_meeting"),
    no("La junta de accionistas de Repsol se reunió en Madrid.", "diplomatic_meeting"),
    no("La ONU pidió una reunión urgente entre Israel y Líbano.", "diplomatic_meeting"),
    no("El presidente de Colombia se reunió con su gabinete para evaluar la crisis.",
       "diplomatic_meeting"),
    no("Miles de turistas visitaron la Sagrada Familia durante el puente.",
       "diplomatic_meeting"),
    no("El canciller se reunirá la próxima semana con su homólogo ruso.",
       "diplomatic_meeting"),
    # agreement
    yes("Israel y Hamás acordaron una tregua de cuatro días y un canje de rehenes por presos.",
        "agreement"),
    yes("Rusia y Ucrania alcanzaron un acuerdo para reanudar la exportación de grano.",
        "agreement"),
    yes("Firmado en Doha el acuerdo de paz entre Estados Unidos y los talibanes.", "agreement"),
    yes("Arabia Saudí e Irán restablecieron relaciones diplomáticas tras siete años.",
        "agreement", absent=("sanctions",)),
    yes("El Parlamento de Finlandia ratificó el tratado de adhesión a la OTAN.", "agreement"),
    yes("El Gobierno y la guerrilla sellaron un cese al fuego bilateral en La Habana.",
        "agreement"),
    yes("Marruecos e Israel normalizaron sus relaciones con la mediación de Washington.",
        "agreement"),
    yes("Tras semanas de negociación, Armenia y Azerbaiyán llegaron a un principio de acuerdo.",
        "agreement"),
    no("De acuerdo con la policía, el incendio empezó en la cocina del restaurante.",
       "agreement"),
    no("Iberdrola cerró un acuerdo con Mubadala para vender sus activos en México.",
       "agreement"),
    no("El delantero firmó un contrato de tres temporadas con el Sevilla.", "agreement"),
    no("Israel y Hamás no lograron un acuerdo sobre el alto el fuego.", "agreement"),
    no("Hamás acusó a Israel de violar el alto el fuego en Gaza.", "agreement"),
    # accusation: criticism, blame, condemnation, also without a cue word; formal protests
    yes("El Gobierno de Argelia responsabilizó a Marruecos de los incendios forestales.",
        "accusation"),
    yes("Moscú arremetió contra la OTAN por el envío de tanques a Ucrania.", "accusation"),
    yes("Irán condenó enérgicamente el bombardeo israelí contra su consulado en Damasco.",
        "accusation"),
    yes("China convocó al embajador de Japón para protestar por la visita al santuario "
        "Yasukuni.", "accusation", absent=("protest",)),
    yes("El presidente colombiano tildó de fantasía el plan de Washington para la región.",
        "accusation"),
    yes("Según el ministro ruso, la decisión de Berlín ignora décadas de derecho "
        "internacional.", "accusation"),
    yes("Ucrania denunció ante la ONU la deportación de niños por parte de Rusia.",
        "accusation"),
    yes("Pekín acusa a Washington de injerencia en los asuntos internos de Hong Kong.",
        "accusation"),
    yes("Críticas de Madrid a Rabat por la llegada masiva de migrantes a Ceuta.",
        "accusation"),
    yes("El canciller israelí acusó al Gobierno de España de recompensar el terrorismo.",
        "accusation", absent=("terror_plot_foiled",)),
    yes("Kiev culpa a Moscú de la voladura de la presa de Kajovka.", "accusation"),
    no("El jugador fue acusado de agredir al árbitro en el descanso.", "accusation"),
    no("La fiscalía acusó al exdirector del banco de malversación de fondos.", "accusation"),
    no("La actriz criticó duramente a su exmarido en una entrevista televisiva.",
       "accusation"),
    no("Los inversores culpan a la subida de tipos de la caída de la bolsa.", "accusation"),
    no("El ministro negó haber criticado a Francia en la rueda de prensa.", "accusation"),
    no("La acusada declaró ante el juez durante tres horas.", "accusation"),
    # threat: threats of force, sanctions or revenge, ultimatums, death threats, conditionals
    yes("Corea del Norte amenazó con una respuesta nuclear si continúan las maniobras "
        "conjuntas.", "threat"),
    yes("Irán advirtió a Israel de que cualquier ataque tendrá una respuesta contundente.",
        "threat", absent=("military_action",)),
    yes("El cártel amenazó de muerte a los periodistas de un diario de Sinaloa.", "threat"),
    yes("Trump dio un ultimátum a Hamás para liberar a los rehenes.", "threat"),
    yes("Hezbolá juró vengar la muerte de su comandante.", "threat"),
    yes("Moscú no descarta el uso de armas nucleares si la OTAN interviene.", "threat"),
    yes("Los hutíes amenazan con atacar los buques que crucen el mar Rojo.", "threat",
        absent=("military_action",)),
    yes("Erdogan advirtió que los milicianos kurdos pagarán un alto precio.", "threat"),
    yes("Un grupo paramilitar difundió un panfleto con amenazas contra líderes sociales del "
        "Chocó.", "threat"),
    yes("La guerrilla advirtió a la población de que atacará a quienes colaboren con el "
        "Ejército.", "threat", absent=("military_action",)),
    no("El cambio climático amenaza los cultivos de café en Colombia.", "threat"),
    no("La tormenta amenaza con inundaciones la costa de Valencia.", "threat"),
    no("El entrenador amenazó con dejar el club si no llegan fichajes.", "threat"),
    no("Rusia descartó el uso de la fuerza contra Moldavia.", "threat"),
    no("El especialista advirtió de las consecuencias del tabaco para la salud.", "threat"),
    no("La amenaza terrorista sigue siendo alta en Europa, según Europol.", "threat"),
    # sanctions
    yes("La Unión Europea aprobó un nuevo paquete de sanciones contra Rusia.", "sanctions"),
    yes("Estados Unidos congeló los activos de tres bancos iraníes.", "sanctions"),
    yes("Nicaragua expulsó al embajador de la Unión Europea.", "sanctions"),
    yes("Argentina llamó a consultas a su embajadora en Madrid.", "sanctions"),
    yes("Washington prohibió la entrada en su territorio a once funcionarios venezolanos.",
        "sanctions"),
    yes("Bolivia rompió relaciones diplomáticas con Israel.", "sanctions"),
    yes("China vetó las importaciones de marisco japonés.", "sanctions"),
    yes("El Tesoro estadounidense incluyó a cinco empresas rusas en su lista negra.",
        "sanctions"),
    yes("Japón endureció las restricciones a la exportación de chips a China.", "sanctions"),
    yes("Ecuador declaró persona non grata a la embajadora de México.", "sanctions"),
    no("El Comité de Competición sancionó al jugador con tres partidos.", "sanctions"),
    no("La CNMV multó al banco con cinco millones de euros.", "sanctions"),
    no("El presidente sancionó la ley de reforma educativa aprobada por el Congreso.",
       "sanctions"),
    no("La UE podría imponer sanciones a Irán si no coopera con los inspectores.",
       "sanctions"),
    no("Rusia amenazó con expulsar a diplomáticos europeos.", "sanctions"),
    no("La UEFA sancionó al club con una multa por los cánticos racistas.", "sanctions"),
    # military_action
    yes("La aviación israelí bombardeó posiciones de Hezbolá en el sur del Líbano.",
        "military_action"),
    yes("Rusia lanzó un ataque masivo con drones contra Kiev durante la madrugada.",
        "military_action", absent=("terror_attack",)),
    yes("Las tropas ucranianas recuperaron el control de la localidad de Robotine.",
        "military_action"),
    yes("Intensos combates entre el Ejército sudanés y los paramilitares en Jartum.",
        "military_action"),
    yes("La defensa antiaérea derribó treinta drones lanzados por Rusia.", "military_action"),
    yes("Fuerzas turcas cañonearon aldeas kurdas en el norte de Siria.", "military_action"),
    yes("El Ejército de Israel inició una ofensiva terrestre en Rafah.", "military_action"),
    yes("Soldados del Ejército colombiano abatieron a cinco guerrilleros en el Guaviare.",
        "military_action"),
    yes("Dos soldados murieron en una emboscada de la guerrilla en Arauca.",
        "military_action"),
    no("El Ejército celebró el desfile militar del 12 de octubre en Madrid.",
       "military_action"),
    no("Las tropas de la OTAN realizan maniobras en Polonia.", "military_action"),
    no("El Barcelona lanzó una ofensiva final en los últimos minutos del partido.",
       "military_action"),
    no("La invasión de medusas obliga a cerrar playas en Alicante.", "military_action"),
    no("El candidato lanzó una ofensiva mediática contra su rival.", "military_action"),
    no("La policía desalojó a los okupas de un edificio en Barcelona.", "military_action"),
    # protest
    yes("Miles de agricultores cortaron autopistas con sus tractores en protesta por los "
        "precios.", "protest"),
    yes("Los docentes se declararon en huelga indefinida en Buenos Aires.", "protest"),
    yes("Una multitudinaria marcha contra la reforma judicial recorrió Tel Aviv.", "protest"),
    yes("Cacerolazo en Santiago contra la subida del transporte.", "protest"),
    yes("Decenas de activistas se encadenaron frente al Congreso para exigir medidas contra "
        "el cambio climático.", "protest"),
    yes("La policía dispersó con gases lacrimógenos a los manifestantes en Lima.", "protest"),
    yes("Los transportistas paralizaron el país con un paro de 48 horas.", "protest"),
    yes("Estudiantes ocuparon el rectorado de la universidad en rechazo al recorte.",
        "protest"),
    yes("Cientos de personas se concentraron ante la embajada rusa en Madrid.", "protest"),
    yes("Los presos iniciaron una huelga de hambre en la cárcel de Guantánamo.", "protest"),
    no("El ministro manifestó su preocupación por la situación en Gaza.", "protest"),
    no("La puesta en marcha del nuevo tren se retrasa hasta marzo.", "protest"),
    no("El Gobierno celebró la bajada del paro juvenil.", "protest"),
    no("El delantero se marchó del campo lesionado en el minuto veinte.", "protest"),
    no("El Gobierno descartó que haya habido disturbios durante la jornada electoral.",
       "protest"),
    # terror_alert: levels, public warnings, actions after bomb threats
    yes("El Ministerio del Interior elevó el nivel de alerta antiterrorista al 4 sobre 5.",
        "terror_alert"),
    yes("Evacuada la estación de Atocha tras un aviso de bomba.", "terror_alert",
        absent=("terror_attack",)),
    yes("Un avión de Ryanair aterrizó de emergencia en Atenas por una amenaza de bomba.",
        "terror_alert", absent=("terror_attack",)),
    yes("Cerrado el aeropuerto de Bruselas tras una alerta terrorista.", "terror_alert"),
    yes("La embajada de Estados Unidos pidió a sus ciudadanos extremar la precaución ante "
        "posibles atentados en Estambul.", "terror_alert", absent=("terror_attack",)),
    yes("Francia activó el nivel máximo del plan Vigipirate.", "terror_alert"),
    yes("La policía acordonó la zona después de hallar una mochila sospechosa en la plaza.",
        "terror_alert"),
    yes("Un vuelo de Iberia fue desviado a Shannon tras recibir una amenaza de bomba.",
        "terror_alert"),
    yes("Desalojan un centro comercial de Lima por un paquete sospechoso.", "terror_alert"),
    yes("Las autoridades belgas alertaron a la población del riesgo de atentados durante las "
        "fiestas.", "terror_alert", absent=("terror_attack",)),
    no("La Aemet activó la alerta roja por lluvias torrenciales en Valencia.", "terror_alert"),
    no("Los sindicatos sanitarios se declaran en estado de alerta ante los recortes.",
       "terror_alert"),
    no("Evacuaron el edificio por un incendio en la cocina.", "terror_alert"),
    no("La oposición pidió elevar el nivel de alerta antiterrorista.", "terror_alert"),
    no("El Gobierno podría elevar el nivel de alerta si se produce un nuevo atentado.",
       "terror_alert"),
]  # fmt: skip

WEAK_TYPES = {
    "terror_alert",
    "diplomatic_proposal",
    "sanctions",
    "accusation",
    "terror_plot_foiled",
    "threat",
    "diplomatic_meeting",
}


@pytest.mark.parametrize("row", ROWS, ids=[row[0][:50] for row in ROWS])
def test_spanish_news_sentence(types_of, row: Row) -> None:  # type: ignore[no-untyped-def]
    check_row(types_of(row[0], "es"), row)


def test_every_type_has_positives_and_hard_negatives() -> None:
    positives = {name: 0 for name in load_taxonomy()}
    negatives = dict(positives)
    for _, present, absent in ROWS:
        for name in present:
            positives[name] += 1
        for name in absent:
            negatives[name] += not present
    lacking = {
        name
        for name in positives
        if positives[name] < (8 if name in WEAK_TYPES else 6) or negatives[name] < 4
    }
    assert lacking == set()
