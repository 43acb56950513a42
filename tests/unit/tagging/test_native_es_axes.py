"""Spanish news along the axes of the inventory (docs/tagging/inventories/lang_es.md): reflexive
and participle passives, verbless headlines, reported speech ('según', 'de acuerdo con'), capitals
and seats of government for their state, casualty counts, and per type the hard negatives of
the issue's error kinds (other senses, domains, siblings, modality). Texts written for these
tests; the rows were written before the inventory rows that make them pass.
"""

from __future__ import annotations

import pytest
from support.inventory_rows import Row, check_row, no, yes

ROWS: list[Row] = [
    yes(
        "Amenaza de Corea del Norte: respuesta nuclear si hay provocaciones.",
        "threat",
    ),
    yes(
        "Se impusieron nuevas sanciones a Corea del Norte por sus ensayos nucleares.",
        "sanctions",
    ),
    yes(
        "Se firmó en Ginebra un acuerdo de alto el fuego entre ambas partes.",
        "agreement",
    ),
    yes(
        "Se registraron fuertes combates en las afueras de Bajmut.",
        "military_action",
    ),
    yes(
        "Se produjo un atentado suicida contra un convoy de la ONU en Malí.",
        "terror_attack",
    ),
    yes(
        "Se frustró un atentado contra el presidente de Ecuador, según la policía.",
        "terror_plot_foiled",
        absent=("terror_attack",),
    ),
    yes(
        "Se convocó una huelga general para el jueves.",
        "protest",
    ),
    yes(
        "Se elevó el nivel de alerta en todos los aeropuertos del país tras la amenaza.",
        "terror_alert",
    ),
    yes(
        "Fue expulsado del país el agregado militar de la embajada rusa.",
        "sanctions",
    ),
    yes(
        "Detenidos en Francia cuatro yihadistas que preparaban un atentado en París.",
        "terror_plot_foiled",
        absent=("terror_attack",),
    ),
    yes(
        "Asesinado a tiros por sicarios un concejal en Michoacán.",
        "terror_attack",
    ),
    yes(
        "Expulsados dos diplomáticos rusos de Alemania por espionaje.",
        "sanctions",
    ),
    yes(
        "Firmada la paz entre el Gobierno y la guerrilla.",
        "agreement",
    ),
    yes(
        "Convocada una huelga de médicos en toda España.",
        "protest",
    ),
    yes(
        "Reivindicado por el Estado Islámico el atentado de Moscú.",
        "responsibility_claim",
    ),
    yes(
        "Según el Pentágono, las fuerzas estadounidenses bombardearon depósitos de armas "
        "de las milicias en Siria.",
        "military_action",
    ),
    yes(
        "De acuerdo con fuentes diplomáticas, los ministros de Irán y Arabia Saudí se "
        "reunieron en secreto en Omán.",
        "diplomatic_meeting",
        absent=("agreement",),
    ),
    yes(
        "Según medios iraníes, Teherán amenazó con cerrar el estrecho de Ormuz.",
        "threat",
    ),
    yes(
        "Fuentes de la Moncloa confirmaron que el presidente conversó con el rey de Marruecos.",
        "diplomatic_meeting",
    ),
    yes(
        "El Kremlin acusó a Londres de orquestar el sabotaje del gasoducto.",
        "accusation",
        absent=("terror_plot_foiled",),
    ),
    yes(
        "La Casa Blanca anunció sanciones contra funcionarios nicaragüenses.",
        "sanctions",
    ),
    yes(
        "Pekín sancionó a empresas estadounidenses de defensa por la venta de armas a Taiwán.",
        "sanctions",
    ),
    yes(
        "Bruselas y Londres cerraron un acuerdo sobre Gibraltar.",
        "agreement",
    ),
    yes(
        "Moscú expulsó a diez diplomáticos bálticos en respuesta a sus sanciones.",
        "sanctions",
    ),
    yes(
        "El balance del atentado asciende a 34 muertos y más de cien heridos.",
        "terror_attack",
    ),
    yes(
        "Una decena de militares murieron en combates con rebeldes en el este del Congo.",
        "military_action",
    ),
    yes(
        "Nuevo paquete de sanciones de la UE contra Irán por el envío de drones a Rusia.",
        "sanctions",
    ),
    yes(
        "Alto el fuego en Gaza: Israel y Hamás aceptan la propuesta de Catar.",
        "agreement",
    ),
    yes(
        "Visita sorpresa de Zelenski a Washington.",
        "diplomatic_meeting",
    ),
    yes(
        "Reunión de alto nivel entre Marruecos y España en Rabat.",
        "diplomatic_meeting",
    ),
    yes(
        "Condena internacional al golpe de Estado en Níger.",
        "accusation",
    ),
    yes(
        "Huelga general en Argentina contra las reformas de Milei.",
        "protest",
    ),
    yes(
        "Ataque con drones contra una refinería rusa en Riazán.",
        "military_action",
    ),
    yes(
        "Alerta antiterrorista en Bélgica tras el tiroteo de Bruselas.",
        "terror_alert",
    ),
    yes(
        "Rusia advirtió a Finlandia de consecuencias si se adhiere a la OTAN.",
        "threat",
    ),
    yes(
        "El jefe del cártel amenazó con colgar a los policías en un vídeo difundido en redes.",
        "threat",
    ),
    yes(
        "Maduro amenazó con expulsar a la misión de la ONU.",
        "threat",
        absent=("sanctions",),
    ),
    yes(
        "El Gobierno iraní prometió una respuesta contundente al asesinato de su general.",
        "threat",
    ),
    yes(
        "Israel advirtió que no permitirá que Irán obtenga armas nucleares.",
        "threat",
    ),
    no(
        "El Gobierno descartó cualquier represalia contra los países vecinos.",
        "threat",
    ),
    no(
        "La sequía amenaza con arruinar la cosecha de trigo en Argentina.",
        "threat",
    ),
    no(
        "Los aficionados amenazaron al árbitro tras el partido.",
        "threat",
    ),
    no(
        "Una amenaza de lluvia obligó a suspender el concierto.",
        "threat",
    ),
    yes(
        "Venezuela acusó a Guyana de provocar a la región con la llegada de un buque británico.",
        "accusation",
    ),
    yes(
        "La Unión Europea censuró la condena a muerte de un opositor en Irán.",
        "accusation",
    ),
    yes(
        "Francia reprocha a Argelia su negativa a readmitir a sus nacionales.",
        "accusation",
    ),
    yes(
        "El Gobierno chino tachó de irresponsables las declaraciones del ministro japonés.",
        "accusation",
    ),
    yes(
        "México pidió explicaciones a Ecuador por el asalto a su embajada en Quito.",
        "accusation",
    ),
    yes(
        "Ucrania denunció la violación de su espacio aéreo por drones rusos.",
        "accusation",
    ),
    yes(
        "El portavoz del Kremlin dijo que el plan europeo es una provocación.",
        "accusation",
    ),
    no(
        "El juez acusó recibo de la demanda.",
        "accusation",
    ),
    no(
        "La fiscalía acusa al alcalde de cohecho y prevaricación.",
        "accusation",
    ),
    no(
        "El cantante denunció a su exmánager por estafa.",
        "accusation",
    ),
    no(
        "Los aficionados criticaron al entrenador por la derrota.",
        "accusation",
    ),
    no(
        "El Banco Central culpó a la sequía de la caída del PIB.",
        "accusation",
    ),
    yes(
        "El presidente de Francia propuso celebrar una conferencia internacional de paz "
        "sobre Oriente Próximo.",
        "diplomatic_proposal",
        absent=("diplomatic_meeting",),
    ),
    yes(
        "Lula ofreció a Maduro y a la oposición la mediación de Brasil.",
        "diplomatic_proposal",
    ),
    yes(
        "Noruega se brindó como facilitador de las conversaciones entre el Gobierno y el ELN.",
        "diplomatic_proposal",
        absent=("diplomatic_meeting",),
    ),
    yes(
        "La ONU reclamó un alto el fuego humanitario en Sudán.",
        "diplomatic_proposal",
        absent=("agreement",),
    ),
    yes(
        "Estados Unidos pidió a Israel contención en su respuesta a Irán.",
        "diplomatic_proposal",
    ),
    yes(
        "El emir de Catar se comprometió a enviar ayuda a Gaza.",
        "diplomatic_proposal",
    ),
    yes(
        "Ucrania está abierta a negociar con Rusia bajo condiciones.",
        "diplomatic_proposal",
    ),
    yes(
        "El canciller chino exhortó a Washington y a Pionyang a retomar el diálogo.",
        "diplomatic_proposal",
        absent=("diplomatic_meeting",),
    ),
    yes(
        "La Unión Africana apostó por una solución negociada en Etiopía.",
        "diplomatic_proposal",
    ),
    no(
        "La empresa ofreció una indemnización a los trabajadores despedidos.",
        "diplomatic_proposal",
    ),
    no(
        "El pronóstico promete un fin de semana soleado en toda la península.",
        "diplomatic_proposal",
    ),
    no(
        "El entrenador pidió calma a la afición tras la derrota.",
        "diplomatic_proposal",
    ),
    no(
        "El banco ofrece créditos a bajo interés para pymes.",
        "diplomatic_proposal",
    ),
    yes(
        "Biden y Xi se reunieron durante tres horas al margen de la cumbre del G20.",
        "diplomatic_meeting",
    ),
    yes(
        "Los presidentes de Colombia y Venezuela mantuvieron un encuentro en la frontera.",
        "diplomatic_meeting",
    ),
    yes(
        "Macron telefoneó a Putin para pedirle el fin de la ofensiva.",
        "diplomatic_meeting",
    ),
    yes(
        "Zelenski fue recibido en la Casa Blanca por el presidente estadounidense.",
        "diplomatic_meeting",
    ),
    yes(
        "El enviado de la ONU llegó a Trípoli para reunirse con las facciones libias.",
        "diplomatic_meeting",
    ),
    no(
        "El presidente visitó las zonas afectadas por las inundaciones.",
        "diplomatic_meeting",
    ),
    no(
        "El Papa recibió a miles de fieles en la plaza de San Pedro.",
        "diplomatic_meeting",
    ),
    no(
        "El alcalde se reunió con los vecinos del barrio afectado.",
        "diplomatic_meeting",
    ),
    yes(
        "Estados Unidos sancionó a la petrolera estatal venezolana.",
        "sanctions",
    ),
    yes(
        "El Reino Unido prorrogó un año más el embargo de armas a Sudán del Sur.",
        "sanctions",
    ),
    yes(
        "Moscú declaró persona non grata al cónsul de Estonia.",
        "sanctions",
    ),
    yes(
        "Washington retiró a su embajador de Managua.",
        "sanctions",
    ),
    no(
        "El árbitro fue sancionado por la federación con un mes de suspensión.",
        "sanctions",
    ),
    no(
        "La Comisión Nacional de los Mercados sancionó a las eléctricas por pactar precios.",
        "sanctions",
        "agreement",
    ),
    no(
        "Estados Unidos estudia sancionar a más empresas chinas.",
        "sanctions",
    ),
    yes(
        "Las fuerzas rusas lanzaron 40 misiles contra infraestructuras energéticas de Ucrania.",
        "military_action",
    ),
    yes(
        "Israel y Hezbolá intercambiaron fuego de artillería en la frontera.",
        "military_action",
    ),
    yes(
        "El Ejército sirio retomó la ciudad de Alepo tras semanas de asedio.",
        "military_action",
    ),
    yes(
        "Un dron ucraniano alcanzó una base aérea en Crimea.",
        "military_action",
    ),
    yes(
        "La coalición liderada por Arabia Saudí bombardeó Saná.",
        "military_action",
    ),
    no(
        "La fuerza aérea realizó un simulacro de bombardeo en el desierto.",
        "military_action",
    ),
    no(
        "El periodista bombardeó al ministro con preguntas.",
        "military_action",
    ),
    yes(
        "Miles de personas marcharon en Ciudad de México para exigir justicia por los 43 "
        "de Ayotzinapa.",
        "protest",
    ),
    yes(
        "Los controladores aéreos convocaron paros parciales durante el verano.",
        "protest",
    ),
    yes(
        "Cientos de simpatizantes de la oposición se manifestaron frente al Consejo "
        "Nacional Electoral.",
        "protest",
    ),
    yes(
        "La Policía reprimió con balas de goma una protesta de maestros en Oaxaca.",
        "protest",
    ),
    yes(
        "Los camioneros bloquean los principales accesos a Santiago.",
        "protest",
    ),
    yes(
        "Agricultores franceses arrojaron estiércol ante la prefectura en señal de protesta.",
        "protest",
    ),
    no(
        "El Gobierno de Chile manifestó su apoyo a Ucrania.",
        "protest",
    ),
    no(
        "El acusado se manifestó inocente ante el juez.",
        "protest",
    ),
    yes(
        "Agentes de la Ertzaintza arrestaron a un hombre que almacenaba explosivos en su "
        "domicilio.",
        "terror_plot_foiled",
    ),
    yes(
        "La Fiscalía acusó formalmente a tres hombres de planear el asesinato del presidente.",
        "terror_plot_foiled",
        absent=("accusation",),
    ),
    yes(
        "Un tribunal estadounidense declaró culpable a un hombre de planear un atentado "
        "en Nueva York.",
        "terror_plot_foiled",
        absent=("terror_attack",),
    ),
    yes(
        "La autoría del atentado fue asumida por una rama del Estado Islámico.",
        "responsibility_claim",
    ),
    yes(
        "Hamás se responsabilizó del lanzamiento de cohetes contra Tel Aviv.",
        "responsibility_claim",
        absent=("accusation",),
    ),
    yes(
        "El grupo yihadista JNIM afirmó estar detrás del ataque contra el cuartel.",
        "responsibility_claim",
    ),
    no(
        "La policía atribuyó el ataque a una célula yihadista.",
        "responsibility_claim",
    ),
    no(
        "El Estado Islámico no ha reivindicado el atentado, según fuentes de inteligencia.",
        "responsibility_claim",
    ),
    no(
        "El equipo reivindicó su derecho a jugar en casa.",
        "responsibility_claim",
    ),
    yes(
        "Los Mossos pidieron a la ciudadanía extremar la vigilancia ante el riesgo de atentados.",
        "terror_alert",
    ),
    yes(
        "Francia eleva al máximo el nivel de alerta terrorista tras el ataque de Arras.",
        "terror_alert",
    ),
    yes(
        "Un tren fue detenido y desalojado en Zaragoza por un aviso de bomba.",
        "terror_alert",
        absent=("terror_plot_foiled",),
    ),
    yes(
        "El aeropuerto de Barajas suspendió los vuelos durante una hora por una amenaza de bomba.",
        "terror_alert",
    ),
    yes(
        "Alemania reforzó la seguridad en los mercados navideños tras las advertencias de"
        " atentados.",
        "terror_alert",
    ),
    yes(
        "El Departamento de Estado emitió una alerta de viaje por riesgo de terrorismo en Mali.",
        "terror_alert",
    ),
    no(
        "Protección Civil mantiene la alerta naranja por nevadas.",
        "terror_alert",
    ),
    no(
        "El Gobierno evacuó a los vecinos por la crecida del río.",
        "terror_alert",
    ),
    # perfect, future and conditional tenses, Latin American and Spanish wire phrasing
    yes(
        "Rusia ha amenazado repetidamente con usar armas nucleares tácticas.",
        "threat",
    ),
    yes(
        "Corea del Norte lanzó una seria advertencia a Seúl y Washington por las maniobras.",
        "threat",
    ),
    yes(
        "El ministro de Defensa israelí prometió represalias tras el ataque con cohetes.",
        "threat",
    ),
    yes(
        "La Unión Europea ha sancionado a 1.700 personas y entidades rusas desde 2022.",
        "sanctions",
    ),
    no(
        "Estados Unidos impondrá aranceles del 50% al acero mexicano a partir del lunes.",
        "sanctions",
    ),
    yes(
        "El Gobierno de Noruega vetó la entrada a su territorio de un ministro israelí.",
        "sanctions",
    ),
    yes(
        "Australia expulsó al embajador iraní por ataques antisemitas.",
        "sanctions",
    ),
    yes(
        "Panamá suspendió las relaciones con Venezuela tras las elecciones.",
        "sanctions",
    ),
    yes(
        "El Consejo de Seguridad de la ONU renovó el embargo de armas a Libia.",
        "sanctions",
    ),
    yes(
        "El Gobierno de Japón criticó con dureza la visita de Medvédev a las islas Kuriles.",
        "accusation",
        absent=("diplomatic_meeting",),
    ),
    yes(
        "Israel acusa a la ONU de antisemitismo.",
        "accusation",
    ),
    yes(
        "El canciller brasileño censuró la incursión israelí en Cisjordania.",
        "accusation",
    ),
    yes(
        "Azerbaiyán culpa a Armenia de violar el alto el fuego en Nagorno Karabaj.",
        "accusation",
        absent=("agreement",),
    ),
    yes(
        "La cancillería china expresó su firme rechazo a la venta de armas a Taiwán.",
        "accusation",
    ),
    yes(
        "El presidente salvadoreño arremetió contra los organismos internacionales de "
        "derechos humanos.",
        "accusation",
    ),
    yes(
        "Las partes acordaron prorrogar la tregua otras 48 horas.",
        "agreement",
    ),
    yes(
        "Kiev y Moscú intercambiaron 200 prisioneros de guerra con mediación emiratí.",
        "agreement",
    ),
    yes(
        "Israel aceptó el plan de alto el fuego propuesto por Egipto.",
        "agreement",
    ),
    yes(
        "El primer ministro japonés y el presidente surcoreano celebraron una cumbre en Tokio.",
        "diplomatic_meeting",
    ),
    yes(
        "El rey de Marruecos recibió al presidente francés en Rabat.",
        "diplomatic_meeting",
    ),
    yes(
        "Las delegaciones de Armenia y Azerbaiyán se sentaron a la mesa de negociación en"
        " Washington.",
        "diplomatic_meeting",
    ),
    yes(
        "El ministro ruso de Exteriores visitó Pyongyang por primera vez desde 2017.",
        "diplomatic_meeting",
    ),
    yes(
        "Putin y Xi conversaron por videoconferencia sobre la situación en Ucrania.",
        "diplomatic_meeting",
    ),
    yes(
        "Bolivia ofreció su territorio como sede de las conversaciones de paz.",
        "diplomatic_proposal",
    ),
    yes(
        "Brasil propuso crear un grupo de países amigos para mediar en la crisis.",
        "diplomatic_proposal",
    ),
    yes(
        "El Vaticano está dispuesto a facilitar un intercambio de prisioneros entre Rusia"
        " y Ucrania.",
        "diplomatic_proposal",
        absent=("agreement",),
    ),
    yes(
        "La ONU pidió una tregua humanitaria para permitir la entrada de ayuda.",
        "diplomatic_proposal",
        absent=("agreement",),
    ),
    yes(
        "El Gobierno mexicano llamó a la calma tras los enfrentamientos en la frontera.",
        "diplomatic_proposal",
    ),
    yes(
        "Egipto planteó una hoja de ruta para la reconstrucción de Gaza.",
        "diplomatic_proposal",
    ),
    yes(
        "La Guardia Civil ha detenido a un yihadista que difundía propaganda del Estado "
        "Islámico en Alicante.",
        "terror_plot_foiled",
    ),
    yes(
        "Los Mossos d'Esquadra arrestaron a dos jóvenes por preparar un ataque contra una"
        " sinagoga.",
        "terror_plot_foiled",
        absent=("terror_attack",),
    ),
    yes(
        "La Audiencia Nacional procesó a tres miembros de ETA por el atentado de Hipercor.",
        "terror_plot_foiled",
    ),
    yes(
        "Marruecos frustró un plan para atentar contra instalaciones turísticas.",
        "terror_plot_foiled",
        absent=("terror_attack",),
    ),
    yes(
        "El FBI desbarató un complot para asesinar a un disidente iraní en Nueva York.",
        "terror_plot_foiled",
        absent=("terror_attack",),
    ),
    yes(
        "Un atacante suicida detonó su cinturón de explosivos en una boda en Kabul.",
        "terror_attack",
    ),
    yes(
        "Sicarios asesinaron a balazos a un candidato a la alcaldía en Guerrero.",
        "terror_attack",
    ),
    yes(
        "Al menos 40 muertos en un atentado con bomba en una mezquita de Pakistán.",
        "terror_attack",
    ),
    yes(
        "Un grupo armado irrumpió en una iglesia de Nigeria y secuestró a una veintena de fieles.",
        "terror_attack",
    ),
    yes(
        "El ISIS reivindicó la autoría del ataque contra la sala de conciertos.",
        "responsibility_claim",
    ),
    yes(
        "Las Brigadas Al Qasam asumieron la responsabilidad del lanzamiento de cohetes "
        "contra Israel.",
        "responsibility_claim",
    ),
    yes(
        "Los hutíes se atribuyeron el ataque con drones contra un petrolero.",
        "responsibility_claim",
    ),
    yes(
        "Miles de mujeres marcharon en Buenos Aires contra la violencia machista.",
        "protest",
    ),
    yes(
        "Los médicos residentes iniciaron un paro indefinido en Lima.",
        "protest",
    ),
    yes(
        "La policía antidisturbios desalojó a los estudiantes que acampaban en la universidad.",
        "protest",
    ),
    yes(
        "Cientos de personas protestaron frente a la embajada de Israel en Madrid.",
        "protest",
    ),
    yes(
        "Francia elevó su alerta antiterrorista al nivel máximo tras el atentado de Moscú.",
        "terror_alert",
    ),
    yes(
        "El Ministerio del Interior decidió mantener el nivel 4 de alerta antiterrorista.",
        "terror_alert",
    ),
    yes(
        "La embajada de Estados Unidos en México emitió una alerta de seguridad por "
        "amenazas de atentado.",
        "terror_alert",
    ),
    # the weak types once more: alerts as actions, offers and calls, threats by armed groups
    yes(
        "El Gobierno de Kenia instó a sus ciudadanos a evitar los centros comerciales "
        "ante la amenaza de Al Shabab.",
        "terror_alert",
    ),
    yes(
        "La Policía Nacional activó el protocolo antiterrorista en la Puerta del Sol tras"
        " el hallazgo de una mochila sospechosa.",
        "terror_alert",
    ),
    yes(
        "Un vuelo de Air Europa regresó a Madrid tras una llamada que alertaba de una "
        "bomba a bordo.",
        "terror_alert",
    ),
    yes(
        "Las autoridades de Filipinas decretaron el estado de alerta máxima en Mindanao "
        "por riesgo de atentados.",
        "terror_alert",
    ),
    yes(
        "Suiza ofreció acoger la conferencia de paz sobre Ucrania.",
        "diplomatic_proposal",
    ),
    yes(
        "El presidente de Turquía propuso un encuentro entre Putin y Zelenski en Estambul.",
        "diplomatic_proposal",
        absent=("diplomatic_meeting",),
    ),
    yes(
        "Colombia anunció el envío de ayuda humanitaria a Haití.",
        "diplomatic_proposal",
    ),
    yes(
        "La Liga Árabe abogó por el diálogo entre las partes en Sudán.",
        "diplomatic_proposal",
    ),
    yes(
        "Arabia Saudí se ofreció a mediar entre Irán y Estados Unidos.",
        "diplomatic_proposal",
    ),
    yes(
        "China amenazó con tomar medidas firmes si Filipinas sigue provocando en el mar "
        "de China Meridional.",
        "threat",
    ),
    yes(
        "El líder de Hezbolá advirtió que la guerra se extenderá a todo el Líbano si "
        "Israel ataca Beirut.",
        "threat",
        absent=("military_action",),
    ),
    yes(
        "El Clan del Golfo declaró objetivo militar a los funcionarios de la Fiscalía.",
        "threat",
    ),
    yes(
        "Pionyang amenazó a Seúl con una guerra total.",
        "threat",
    ),
    yes(
        "El presidente venezolano amagó con cortar el suministro de gas a Colombia.",
        "threat",
    ),
    yes(
        "Corea del Sur sancionó a diez funcionarios norcoreanos por el programa de misiles.",
        "sanctions",
    ),
    yes(
        "El Gobierno argentino denunció ante la OEA la violación de su espacio aéreo.",
        "accusation",
    ),
    yes(
        "Francia condenó en los términos más enérgicos el ataque contra su embajada en Níger.",
        "accusation",
    ),
    no(
        "La selección argentina goleó a Brasil y amenaza con revalidar el título.",
        "threat",
    ),
    no(
        "Los precios del petróleo amenazan con disparar la inflación.",
        "threat",
    ),
    no(
        "El alcalde ofreció una recompensa por información sobre los autores del robo.",
        "diplomatic_proposal",
    ),
]


@pytest.mark.parametrize("row", ROWS, ids=[row[0][:50] for row in ROWS])
def test_spanish_news_along_an_axis(types_of, row: Row) -> None:  # type: ignore[no-untyped-def]
    check_row(types_of(row[0], "es"), row)
