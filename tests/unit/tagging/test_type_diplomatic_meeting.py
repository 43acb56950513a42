"""diplomatic_meeting (CAMEO 04x) in all six languages, from
docs/tagging/inventories/diplomatic_meeting.md: 040-046 consult, visit, host, meet at a third
location, mediate; 'talks were held', 'received the visiting', 'held a phone call'. Hard
negatives: calls for talks (a proposal), domestic coalition talks, sport and private visits."""

import pytest

from eventwatch.tagging.actors import directed_actors
from eventwatch.tagging.gazetteer import Entity, EntityMention

MEETINGS = [
    ("en", "Talks were held in Doha between the Afghan government and the Taliban."),
    ("en", "The king received the visiting Iraqi prime minister at the palace."),
    ("en", "Macron held a phone call with Erdogan on Sunday."),
    ("en", "The Iraqi and Iranian foreign ministers met in New York on the sidelines of the UN."),
    ("en", "The Chinese foreign minister began a three-day tour of Africa in Nairobi."),
    ("de", "In Doha fanden Gespräche zwischen der afghanischen Regierung und den Taliban statt."),
    ("de", "Der König empfing den irakischen Ministerpräsidenten im Palast."),
    ("de", "Macron und Erdogan telefonierten am Sonntag miteinander."),
    ("de", "Katar vermittelte bei den Verhandlungen in Doha zwischen beiden Seiten."),
    ("de", "Der chinesische Außenminister traf zu einem dreitägigen Besuch in Nairobi ein."),
    ("fr", "Des pourparlers se sont tenus à Doha entre le gouvernement afghan et les talibans."),
    ("fr", "Le roi a reçu le Premier ministre irakien au palais."),
    ("fr", "Macron s'est entretenu au téléphone avec Erdogan dimanche."),
    ("fr", "Le Qatar a joué les médiateurs entre les deux parties lors des négociations à Doha."),
    (
        "fr",
        "Le chef de la diplomatie chinoise est arrivé à Nairobi pour une visite de trois jours.",
    ),
    ("es", "En Doha se celebraron conversaciones entre el gobierno afgano y los talibanes."),
    ("es", "El rey recibió al primer ministro iraquí en el palacio."),
    ("es", "Macron mantuvo una conversación telefónica con Erdogan el domingo."),
    ("es", "Los cancilleres de Irak e Irán se reunieron en Nueva York al margen de la ONU."),
    ("es", "El canciller chino llegó a Nairobi en visita oficial de tres días."),
    ("ru", "В Дохе прошли переговоры между афганским правительством и талибами."),
    ("ru", "Король принял премьер-министра Ирака во дворце."),
    ("ru", "Макрон провёл телефонный разговор с Эрдоганом в воскресенье."),
    ("ru", "Катар выступил посредником между сторонами на переговорах в Дохе."),
    ("ru", "Глава МИД Китая прибыл в Найроби с трёхдневным визитом."),
    ("ar", "عقدت في الدوحة محادثات بين الحكومة الأفغانية وحركة طالبان."),
    ("ar", "استقبل الملك رئيس الوزراء العراقي في القصر."),
    ("ar", "أجرى ماكرون اتصالا هاتفيا مع أردوغان يوم الأحد."),
    ("ar", "توسطت قطر بين واشنطن وحركة طالبان خلال المفاوضات في الدوحة."),
    ("ar", "وصل وزير الخارجية الصيني إلى نيروبي في زيارة رسمية تستغرق ثلاثة أيام."),
    ("ru", "Глава МИД Ирана побывал в Дамаске."),
    ("es", "Delegaciones de Israel y Hamás negociaron en El Cairo una tregua."),
]

NOT_MEETINGS = [
    ("en", "The opposition called for talks with the government to end the crisis."),
    ("en", "The two parties held coalition talks in Berlin for a third day."),
    ("en", "The football team visited a children's hospital before the match."),
    ("de", "Die Opposition forderte Gespräche mit der Regierung über ein Ende der Krise."),
    ("de", "Union und SPD setzten ihre Koalitionsgespräche in Berlin fort."),
    ("de", "Die Nationalmannschaft besuchte vor dem Spiel ein Kinderkrankenhaus."),
    ("fr", "L'opposition a appelé à des pourparlers avec le gouvernement."),
    ("fr", "Les partis ont poursuivi leurs négociations de coalition à Berlin."),
    ("fr", "L'équipe de football a visité un hôpital pour enfants avant le match."),
    ("es", "La oposición pidió conversaciones con el gobierno para acabar con la crisis."),
    ("es", "Los partidos continuaron sus negociaciones para formar una coalición de gobierno."),
    ("es", "El equipo de fútbol visitó un hospital infantil antes del partido."),
    ("ru", "Оппозиция призвала правительство к переговорам."),
    ("ru", "Футбольная команда посетила детскую больницу перед матчем."),
    ("ru", "Партии продолжили переговоры о формировании коалиции."),
    ("ar", "دعت المعارضة إلى إجراء محادثات مع الحكومة لإنهاء الأزمة."),
    ("ar", "زار فريق كرة القدم مستشفى للأطفال قبل المباراة."),
    ("en", "The Australian bank said it was in talks with a bank in Jinan about buying a stake."),
    ("es", "El Barcelona negocia con el Bayern el fichaje del delantero."),
    ("ar", "عرضت قطر التوسط بين الولايات المتحدة وإيران."),
]


@pytest.mark.parametrize(("lang", "text"), MEETINGS)
def test_meeting_is_found(types_of, lang: str, text: str) -> None:  # type: ignore[no-untyped-def]
    assert "diplomatic_meeting" in types_of(text, lang)


@pytest.mark.parametrize(("lang", "text"), NOT_MEETINGS)
def test_no_meeting_for_calls_coalitions_or_sport(types_of, lang: str, text: str) -> None:  # type: ignore[no-untyped-def]
    assert "diplomatic_meeting" not in types_of(text, lang)


def test_every_language_has_positives_and_negatives() -> None:
    langs = {"en", "de", "fr", "es", "ru", "ar"}
    assert {lang for lang, _ in MEETINGS} == langs
    assert {lang for lang, _ in NOT_MEETINGS} == langs


def test_a_city_of_another_state_is_the_host_of_a_visit() -> None:
    china = EntityMention(Entity("China", "state", "CN"), 4, 11)
    nairobi = EntityMention(Entity("Nairobi", "city", "KE"), 40, 47)
    beijing = EntityMention(Entity("Beijing", "city", "CN"), 40, 47)
    sources, targets = directed_actors([china, nairobi], trigger_start=30, speaker=None)
    assert [e.name for e in sources] == ["China"]
    assert [(e.kind, e.country) for e in targets] == [("state", "KE")]
    _, at_home = directed_actors([china, beijing], trigger_start=30, speaker=None)
    assert at_home == []


CALLS_BY_UNKNOWN_SPEAKERS = [
    ("en", "Student leaders called for talks with the government on Monday."),
    ("de", "Die Opposition forderte Gespräche mit der Regierung über ein Ende der Krise."),
]


@pytest.mark.parametrize(("lang", "text"), CALLS_BY_UNKNOWN_SPEAKERS)
def test_a_call_for_talks_is_no_meeting_whoever_calls(types_of, lang: str, text: str) -> None:  # type: ignore[no-untyped-def]
    assert "diplomatic_meeting" not in types_of(text, lang)


def test_a_city_in_a_later_clause_is_no_host() -> None:
    usa = EntityMention(Entity("United States", "state", "US"), 40, 53)
    anbar = EntityMention(Entity("Ramadi", "city", "IQ"), 140, 146)
    _, targets = directed_actors([usa, anbar], trigger_start=20, speaker=None)
    assert targets == []
