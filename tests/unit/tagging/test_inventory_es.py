"""Spanish inventory (docs/tagging/definitions.md): for every event type, positives in several
constructions (verb, noun, passive or reflexive, headline, translated wire style, clitics) and
hard negatives (other senses of the same words, sport, markets, courts, weather, private life,
background, negation and hypothesis, sibling types). Texts written for these tests."""

import pytest

from eventwatch.models import Article

# (text, types that must be reported, types that must not)
POSITIVES: list[tuple[str, set[str], set[str]]] = [
    # terror_attack
    ("Sicarios ultimaron a balazos a un dirigente campesino en el Cauca.", {"terror_attack"},
     set()),
    ("Un ataque armado contra un autobús dejó siete pasajeros muertos en el norte de Burkina Faso.",
     {"terror_attack"}, set()),
    ("Presuntos paramilitares perpetraron una masacre en una vereda de Antioquia.",
     {"terror_attack"}, set()),
    ("Se registró un atentado con coche bomba frente a un cuartel de la policía en Cúcuta.",
     {"terror_attack"}, set()),
    ("Hombres armados balearon a cuatro jóvenes a la salida de una discoteca en Tumaco.",
     {"terror_attack"}, set()),
    ("Atentan contra la vida del alcalde de un municipio de Guerrero.", {"terror_attack"}, set()),
    ("Al menos doce personas perdieron la vida en un ataque suicida contra una mezquita de "
     "Peshawar.", {"terror_attack"}, set()),
    ("Magnicidio en Haití: un comando armado asesinó al presidente en su residencia.",
     {"terror_attack"}, set()),
    ("Los secuestradores mantienen como rehenes a quince trabajadores de una mina.",
     {"terror_attack"}, set()),
    # terror_plot_foiled
    ("Fueron detenidos tres presuntos yihadistas que planeaban atentar contra una procesión en "
     "Sevilla.", {"terror_plot_foiled"}, {"terror_attack"}),
    ("La Policía Nacional desmanteló una célula yihadista en Ceuta.", {"terror_plot_foiled"},
     set()),
    ("Un joven fue condenado a ocho años de prisión por pertenencia a organización terrorista.",
     {"terror_plot_foiled"}, {"accusation"}),
    ("Los artificieros desactivaron un artefacto explosivo junto a una escuela de Bagdad.",
     {"terror_plot_foiled"}, {"terror_attack"}),
    ("La policía evitó un atentado en el metro y aprehendió a dos sospechosos de terrorismo.",
     {"terror_plot_foiled"}, {"terror_attack"}),
    ("Incautan explosivos y detonadores a una red vinculada al Estado Islámico.",
     {"terror_plot_foiled"}, set()),
    # responsibility_claim
    ("El Estado Islámico se adjudicó el atentado contra la iglesia de Jolo.",
     {"responsibility_claim"}, set()),
    ("El ELN asumió la autoría del ataque a la base militar de Saravena.",
     {"responsibility_claim"}, set()),
    ("El atentado fue reivindicado por Al Shabab en un comunicado.", {"responsibility_claim"},
     set()),
    ("Un grupo disidente reconoció su responsabilidad en el secuestro de los ingenieros.",
     {"responsibility_claim"}, set()),
    # diplomatic_proposal
    ("Brasil se ofreció como mediador entre Rusia y Ucrania.", {"diplomatic_proposal"}, set()),
    ("El mandatario mexicano propone a Estados Unidos un plan conjunto contra el tráfico de armas.",
     {"diplomatic_proposal"}, set()),
    ("La cancillería argentina exhortó a las partes al diálogo y a la moderación.",
     {"diplomatic_proposal"}, set()),
    ("Colombia se mostró dispuesta a reanudar las negociaciones con el ELN.",
     {"diplomatic_proposal"}, set()),
    ("Catar presentó una propuesta de alto el fuego a Israel y Hamás.",
     {"diplomatic_proposal"}, set()),
    ("El Gobierno de España invitó a Marruecos a participar en una cumbre sobre migración.",
     {"diplomatic_proposal"}, set()),
    ("Naciones Unidas hizo un llamamiento a la desescalada en la frontera entre Venezuela y "
     "Guyana.", {"diplomatic_proposal"}, set()),
    # diplomatic_meeting
    ("El presidente de Chile sostuvo una reunión bilateral con su homólogo de Argentina.",
     {"diplomatic_meeting"}, set()),
    ("Sánchez recibió en la Moncloa al primer ministro de Portugal.", {"diplomatic_meeting"},
     set()),
    ("Los cancilleres de Perú y Ecuador se reunieron en Lima para hablar de la frontera.",
     {"diplomatic_meeting"}, set()),
    ("El canciller venezolano viajó a Moscú para reunirse con Lavrov.", {"diplomatic_meeting"},
     set()),
    ("Lula conversó por teléfono con el presidente de Francia sobre la guerra.",
     {"diplomatic_meeting"}, set()),
    # agreement
    ("Armenia y Azerbaiyán firmaron un tratado de paz en Washington.", {"agreement"}, set()),
    ("El Gobierno de Colombia y el ELN pactaron un cese al fuego bilateral.", {"agreement"},
     set()),
    ("Rusia y Ucrania alcanzaron un acuerdo para canjear prisioneros.", {"agreement"}, set()),
    ("Arabia Saudita e Irán restablecieron sus relaciones diplomáticas tras siete años.",
     {"agreement"}, set()),
    ("Perú y Bolivia suscribieron un convenio de cooperación en seguridad fronteriza.",
     {"agreement"}, set()),
    # accusation
    ("El Kremlin acusó a Occidente de prolongar la guerra.", {"accusation"}, set()),
    ("El partido de gobierno acusó a la oposición de sabotear las negociaciones con Venezuela.",
     {"accusation"}, set()),
    ("La cancillería cubana repudió las nuevas medidas de Washington.", {"accusation"},
     {"sanctions"}),
    ("Venezuela responsabilizó a Colombia del ataque contra una patrulla fronteriza.",
     {"accusation"}, set()),
    ("Madrid convocó al embajador de Argentina tras las palabras de su presidente.",
     {"accusation"}, set()),
    ("El Gobierno de Nicaragua arremetió contra la Unión Europea.", {"accusation"}, set()),
    ("México tildó de injerencia las declaraciones del Departamento de Estado.",
     {"accusation"}, set()),
    ("El presidente de Ucrania, acusándolos de genocidio, pidió castigo para los invasores.",
     {"accusation"}, set()),
    # threat
    ("Corea del Norte amenaza a Corea del Sur con una respuesta nuclear.", {"threat"}, set()),
    ("Irán advirtió a Israel de que responderá con contundencia a cualquier ataque.", {"threat"},
     set()),
    ("El Gobierno de Rusia no descartó el uso de la fuerza en Moldavia.", {"threat"}, set()),
    ("China lanzó un ultimátum a Taiwán.", {"threat"}, set()),
    ("El Ejecutivo venezolano amagó con cerrar la frontera con Colombia.", {"threat"}, set()),
    # sanctions
    ("Estados Unidos impuso sanciones a tres funcionarios venezolanos.", {"sanctions"}, set()),
    ("Argentina expulsó a dos diplomáticos rusos por espionaje.", {"sanctions"}, set()),
    ("Nicaragua rompió relaciones con los Países Bajos.", {"sanctions"}, set()),
    ("La UE aprobó medidas restrictivas contra Bielorrusia.", {"sanctions"}, set()),
    ("España llamó a consultas a su embajadora en Buenos Aires.", {"sanctions"}, set()),
    ("Washington incluyó en su lista negra a cuatro empresas de Irán.", {"sanctions"}, set()),
    # military_action
    ("Israel bombardeó posiciones de Hezbolá en el sur del Líbano.", {"military_action"}, set()),
    ("El ejército ucraniano derribó seis drones rusos sobre Kiev.", {"military_action"}, set()),
    ("Las tropas sudanesas repelieron una ofensiva de los paramilitares en Jartum.",
     {"military_action"}, set()),
    ("Rusia lanzó misiles contra la infraestructura energética de Ucrania.",
     {"military_action"}, set()),
    ("Los combates entre el ejército y la guerrilla dejaron nueve muertos en el Catatumbo.",
     {"military_action"}, set()),
    # translated wire style
    ("La Fiscalía imputó a cinco personas por financiar a Hezbolá.", {"terror_plot_foiled"},
     set()),
    ("Un tribunal de París condenó a cadena perpetua al único superviviente del comando "
     "yihadista.", {"terror_plot_foiled"}, {"accusation"}),
    ("La policía pidió a la población evitar las aglomeraciones ante la amenaza de nuevos "
     "ataques.", {"terror_alert"}, {"threat"}),
    ("Desconocidos lanzaron una granada contra la sede de un periódico en Culiacán.",
     {"terror_attack"}, set()),
    ("El Consejo de Seguridad de la ONU aprobó una resolución que condena los ataques de los "
     "hutíes.", {"accusation"}, set()),
    ("Reino Unido congeló los activos de varios oligarcas rusos.", {"sanctions"}, set()),
    ("Biden y Xi mantuvieron una conversación telefónica de dos horas.", {"diplomatic_meeting"},
     set()),
    ("Moscú advirtió de que cualquier envío de tropas de la OTAN a Ucrania supondría una "
     "escalada.", {"threat"}, set()),
    ("El líder opositor recibió amenazas de muerte en Honduras.", {"threat"}, set()),
    ("El secretario general de la ONU instó a ambas partes a evitar una escalada.",
     {"diplomatic_proposal"}, set()),
    ("El Gobierno ruso calificó de «inaceptables» las declaraciones del canciller alemán.",
     {"accusation"}, set()),
    ("Ucrania afirmó haber destruido un buque de guerra ruso en el mar Negro.",
     {"military_action"}, set()),
    ("Armenia y Azerbaiyán intercambiaron disparos en la frontera.", {"military_action"}, set()),
    ("El Gobierno de España expresó su «profunda preocupación» por la detención del periodista.",
     {"accusation"}, set()),
    ("Desalojan un centro comercial de Bogotá por la presencia de un paquete sospechoso.",
     {"terror_alert"}, set()),
    ("La policía reforzó la seguridad en las iglesias durante la Semana Santa ante la amenaza "
     "yihadista.", {"terror_alert"}, set()),
    # protest
    ("Miles de personas salieron a las calles de Lima para exigir la renuncia de la presidenta.",
     {"protest"}, set()),
    ("Los docentes se declararon en huelga indefinida en Tucumán.", {"protest"}, set()),
    ("Transportistas bloquearon las carreteras de acceso a La Paz.", {"protest"}, set()),
    ("Cientos de vecinos se concentraron frente al Congreso para protestar por la reforma.",
     {"protest"}, set()),
    ("Los antidisturbios reprimieron la marcha de los jubilados en Buenos Aires.", {"protest"},
     set()),
    ("Estallido social en Ecuador: indígenas y campesinos marchan hacia Quito.", {"protest"},
     set()),
]  # fmt: skip

NEGATIVES: list[tuple[str, set[str]]] = [
    # other senses of the inventory's words
    ("El Gobierno quiere ultimar los detalles del presupuesto antes de agosto.",
     {"terror_attack"}),
    ("El ministro se manifestó dispuesto a estudiar la reforma de las pensiones.", {"protest"}),
    ("La empresa puso en marcha un plan de ahorro energético.", {"protest"}),
    ("El artículo atenta contra la libertad de expresión, según la oposición.",
     {"terror_attack"}),
    ("La aerolínea ofreció descuentos a sus clientes durante el verano.",
     {"diplomatic_proposal"}),
    ("Los datos sugieren una desaceleración de la economía en el segundo trimestre.",
     {"diplomatic_proposal"}),
    ("El club se adjudicó el título de liga tras ganar el último partido.",
     {"responsibility_claim"}),
    ("El nuevo ministro asumió la responsabilidad de la cartera de Hacienda.",
     {"responsibility_claim"}),
    # sport, markets, courts, weather, private life
    ("La UEFA sancionó al club con una multa de 50.000 euros.", {"sanctions"}),
    ("El delantero fue sancionado con dos partidos por agredir al árbitro.", {"sanctions"}),
    ("El entrenador amenazó con dejar el equipo si no llegan fichajes.", {"threat"}),
    ("Las dos empresas firmaron un acuerdo de fusión valorado en 3.000 millones.",
     {"agreement"}),
    ("El juez condenó al acusado a veinte años de prisión por asesinato.",
     {"accusation", "terror_plot_foiled"}),
    ("Un hombre fue detenido por robar en una joyería de Valencia.", {"terror_plot_foiled"}),
    ("La tormenta obligó a suspender los vuelos en el aeropuerto de Bogotá.",
     {"sanctions", "terror_alert"}),
    ("La actriz criticó a su exmarido en una entrevista.", {"accusation"}),
    ("El partido de fútbol terminó con el entrenador acusando al árbitro de parcialidad.",
     {"accusation"}),
    ("El cantante visitó a sus fans en el hospital infantil.", {"diplomatic_meeting"}),
    ("El tenista se reunió con su nuevo entrenador en Miami.", {"diplomatic_meeting"}),
    # domestic politics is no diplomacy
    ("El Gobierno presentó una propuesta de ley sobre vivienda en el Congreso.",
     {"diplomatic_proposal"}),
    ("Los sindicatos y la patronal se reunieron para negociar el convenio colectivo.",
     {"diplomatic_meeting", "agreement"}),
    # background and generic mentions
    ("Se cumplen veinte años del atentado contra los trenes de Madrid.", {"terror_attack"}),
    ("La nueva ley antiterrorista entra en vigor el lunes.", {"terror_plot_foiled"}),
    ("La lucha contra el terrorismo centró el debate del Parlamento Europeo.",
     {"terror_attack", "terror_plot_foiled"}),
    ("El cambio climático es una amenaza para la economía de la región, según el informe.",
     {"threat"}),
    ("Bélgica rebajó su nivel de alerta antiterrorista de 4 a 3.", {"terror_plot_foiled"}),
    ("Pekín acusó a Washington de «intimidación» en el mar de China Meridional.", {"threat"}),
    ("El huracán tuvo graves consecuencias para la economía de Cuba.", {"threat"}),
    ("El FMI advirtió que la inflación seguirá alta en Argentina.", {"threat"}),
    ("El presidente de Chile expresó su preocupación por la inflación.", {"accusation"}),
    ("La empresa expresó su rechazo a la nueva tasa municipal.", {"accusation"}),
    ("El Senado argentino sancionó la ley de presupuesto con 40 votos a favor.", {"sanctions"}),
    ("El Gobierno de Chile se propone reducir el déficit fiscal este año.",
     {"diplomatic_proposal"}),
    ("Los sindicatos y la patronal firmaron el convenio colectivo del metal.", {"agreement"}),
    # everyday news with the inventory's words in their other senses
    ("El paro bajó en 30.000 personas en octubre, según el Ministerio de Trabajo.", {"protest"}),
    ("El hombre sufrió un paro cardiorrespiratorio y murió en el hospital.", {"protest"}),
    ("La concentración de ozono superó los límites en Madrid.", {"protest"}),
    ("La economía mantiene su marcha positiva pese a la inflación.", {"protest"}),
    ("El Gobierno movilizó recursos para atender a los damnificados por las lluvias.",
     {"protest", "military_action"}),
    ("El banco acordó con sus acreedores una reestructuración de la deuda.", {"agreement"}),
    ("Un tiroteo en una fiesta dejó dos muertos en Rosario; la policía investiga un ajuste de "
     "cuentas.", {"terror_attack"}),
    ("La policía detuvo a tres jóvenes por robar en un supermercado de Lima.",
     {"terror_plot_foiled"}),
    # negation and hypothesis
    ("El Gobierno de Perú negó haber impuesto sanciones a Bolivia.", {"sanctions"}),
    ("Si fracasan las negociaciones, Rusia podría bombardear la ciudad.", {"military_action"}),
    ("La guerrilla negó cualquier responsabilidad en el secuestro.", {"responsibility_claim"}),
    ("Las autoridades descartaron un atentado y atribuyeron la explosión a una fuga de gas.",
     {"terror_attack"}),
    # siblings
    ("La policía detuvo a los presuntos autores del atentado contra el cuartel.",
     {"terror_attack"}),
    ("Colombia pidió al ELN volver a la mesa de diálogo.", {"diplomatic_meeting"}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "present", "absent"), POSITIVES)
def test_inventory_positive(types_of, text: str, present: set[str], absent: set[str]) -> None:  # type: ignore[no-untyped-def]
    found = types_of(text, "es")
    assert present <= found, f"missing {sorted(present - found)}: {found}"
    assert not absent & found, f"wrong {sorted(absent & found)}"


@pytest.mark.parametrize(("text", "wrong"), NEGATIVES)
def test_inventory_hard_negative(types_of, text: str, wrong: set[str]) -> None:  # type: ignore[no-untyped-def]
    assert not types_of(text, "es") & wrong


def test_every_type_has_positives_in_several_constructions() -> None:
    counts: dict[str, int] = {}
    for _, present, _ in POSITIVES:
        for kind in present:
            counts[kind] = counts.get(kind, 0) + 1
    from eventwatch.taxonomy import load_taxonomy

    lacking = {t for t in load_taxonomy() if t != "terror_alert" and counts.get(t, 0) < 4}
    assert lacking == set()


def _events(tagger, text: str):  # type: ignore[no-untyped-def]
    return tagger.tag(Article(id="i", text=text, language="es"))


def test_seat_of_government_is_its_state(tagger) -> None:  # type: ignore[no-untyped-def]
    events = _events(tagger, "La Casa Rosada acusó a Venezuela de injerencia electoral.")
    accusation = next(e for e in events if e.type == "accusation")
    assert accusation.actors.source[0].country == "AR"
    assert accusation.actors.target[0].country == "VE"


def test_unnamed_head_of_state_proposes(tagger) -> None:  # type: ignore[no-untyped-def]
    events = _events(tagger, "El mandatario ofreció ayuda humanitaria a los países vecinos.")
    assert [e.type for e in events if e.modality == "asserted"] == ["diplomatic_proposal"]


def test_place_of_a_latin_american_attack(tagger) -> None:  # type: ignore[no-untyped-def]
    events = _events(tagger, "Sicarios asesinaron a un periodista en Medellín.")
    attack = next(e for e in events if e.type == "terror_attack")
    assert attack.location is not None and attack.location.country == "CO"
