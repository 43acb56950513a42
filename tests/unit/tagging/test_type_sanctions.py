"""sanctions (CAMEO 16x) in all six languages, from docs/tagging/inventories/sanctions.md: 161
reduce or break relations, 162 reduce or stop aid, 163 embargo, boycott, sanctions, 164 halt
negotiations, 166 expel diplomats; asset freezes, export bans, blacklisting, travel bans, in
verbal and nominal forms. Hard negatives: fines and bans in sport, markets and courts; threats."""

import pytest

SANCTIONS = [
    ("en", "Washington froze the assets of three Iranian banks on Tuesday."),
    ("en", "The European Union imposed a travel ban on five Belarusian officials."),
    ("en", "Lithuania broke off diplomatic relations with Minsk."),
    ("en", "The United States halted military aid to the junta after the coup."),
    ("en", "Moscow called off the negotiations on the gas contract with Kyiv."),
    ("en", "Berlin declared two Russian diplomats persona non grata."),
    ("de", "Washington fror die Vermögen von drei iranischen Banken ein."),
    ("de", "Die EU verhängte ein Einreiseverbot gegen fünf belarussische Funktionäre."),
    ("de", "Litauen brach die diplomatischen Beziehungen zu Minsk ab."),
    ("de", "Die USA stellten die Militärhilfe für die Junta nach dem Putsch ein."),
    ("de", "Moskau setzte die Verhandlungen über den Gasvertrag mit Kiew aus."),
    ("de", "Washington setzte zwölf Firmen auf die schwarze Liste."),
    ("fr", "Washington a gelé les avoirs de trois banques iraniennes mardi."),
    ("fr", "L'Union européenne a interdit de séjour cinq responsables biélorusses."),
    ("fr", "La Lituanie a rompu ses relations diplomatiques avec Minsk."),
    ("fr", "Les États-Unis ont suspendu leur aide militaire à la junte après le coup d'État."),
    ("fr", "Paris a décrété un embargo sur les livraisons d'armes."),
    ("fr", "Le Trésor américain a placé douze entreprises sur sa liste noire."),
    ("es", "Washington congeló los activos de tres bancos iraníes el martes."),
    ("es", "La Unión Europea prohibió la entrada a cinco funcionarios bielorrusos."),
    ("es", "Lituania rompió relaciones diplomáticas con Minsk."),
    ("es", "Estados Unidos suspendió la ayuda militar a la junta tras el golpe."),
    ("es", "Madrid expulsó a dos diplomáticos rusos."),
    ("es", "El Tesoro estadounidense incluyó a doce empresas en su lista negra."),
    ("ru", "Вашингтон заморозил активы трёх иранских банков."),
    ("ru", "Евросоюз запретил въезд пяти белорусским чиновникам."),
    ("ru", "Литва разорвала дипломатические отношения с Минском."),
    ("ru", "США приостановили военную помощь хунте после переворота."),
    ("ru", "Берлин объявил двух российских дипломатов персонами нон грата."),
    ("ru", "Минфин США внёс двенадцать компаний в чёрный список."),
    ("ar", "جمدت واشنطن أصول ثلاثة مصارف إيرانية."),
    ("ar", "حظر الاتحاد الأوروبي دخول خمسة مسؤولين بيلاروسيين إلى أراضيه."),
    ("ar", "قطعت ليتوانيا علاقاتها الدبلوماسية مع مينسك."),
    ("ar", "علقت الولايات المتحدة المساعدات العسكرية للمجلس العسكري بعد الانقلاب."),
    ("ar", "أعلنت برلين دبلوماسيين روسيين شخصين غير مرغوب فيهما."),
    ("ar", "أدرجت وزارة الخزانة الأمريكية اثنتي عشرة شركة على القائمة السوداء."),
    ("es", "Colombia suspendió los diálogos de paz con el ELN tras el ataque."),
    ("es", "El Gobierno peruano declaró persona non grata al embajador mexicano."),
    ("fr", "La Russie a interdit l'entrée sur son territoire à 200 Américains."),
    ("ru", "Россия запретила ввоз польских яблок."),
]

NOT_SANCTIONS = [
    ("en", "UEFA fined the club and banned two players for three matches."),
    ("en", "The court sentenced the driver to a fine and a driving ban."),
    ("en", "The bank froze the customer's account after suspected fraud."),
    ("de", "Die UEFA verhängte eine Geldstrafe gegen den Verein und sperrte zwei Spieler."),
    ("de", "Die Bank fror das Konto des Kunden wegen Betrugsverdachts ein."),
    ("de", "Der Schiedsrichter verhängte einen Strafstoß."),
    ("fr", "L'UEFA a infligé une amende au club et suspendu deux joueurs."),
    ("fr", "La banque a gelé le compte du client après une fraude."),
    ("fr", "L'arbitre a sanctionné le défenseur d'un carton rouge."),
    ("es", "La UEFA multó al club y sancionó a dos jugadores con tres partidos."),
    ("es", "El banco congeló la cuenta del cliente por un presunto fraude."),
    ("es", "El tribunal condenó al conductor a una multa."),
    ("ru", "УЕФА оштрафовал клуб и дисквалифицировал двух игроков."),
    ("ru", "Банк заморозил счёт клиента из-за подозрения в мошенничестве."),
    ("ru", "Суд назначил водителю штраф."),
    ("ar", "غرم الاتحاد الأوروبي لكرة القدم النادي وأوقف لاعبين اثنين."),
    ("ar", "جمد البنك حساب العميل بسبب شبهة احتيال."),
    ("ar", "فرض الحكم ركلة جزاء على الفريق."),
    ("de", "Siemens stellte die Lieferungen nach Russland ein."),
    ("en", "The union broke off talks with the employers over pay."),
    ("es", "Los sindicatos rompieron las negociaciones con la patronal."),
]


@pytest.mark.parametrize(("lang", "text"), SANCTIONS)
def test_sanctions_are_found(types_of, lang: str, text: str) -> None:  # type: ignore[no-untyped-def]
    assert "sanctions" in types_of(text, lang)


@pytest.mark.parametrize(("lang", "text"), NOT_SANCTIONS)
def test_no_sanctions_for_sport_banks_or_courts(types_of, lang: str, text: str) -> None:  # type: ignore[no-untyped-def]
    assert "sanctions" not in types_of(text, lang)


def test_every_language_has_positives_and_negatives() -> None:
    langs = {"en", "de", "fr", "es", "ru", "ar"}
    assert {lang for lang, _ in SANCTIONS} == langs
    assert {lang for lang, _ in NOT_SANCTIONS} == langs
