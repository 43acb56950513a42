"""Negation follows the clause: a cue negates the event of its own clause, a particle that
negates an adjective ('no identificados', 'nicht angemeldete') or a clause-opening event's
verb ('did not take place', 'не состоялась') is read as such, and a negation in another clause
('no one was hurt, but...') or on another noun ('caused no casualties') vetoes nothing.
Texts written for these tests, in all six languages."""

import pytest

from eventwatch.models import Article

NOT_ASSERTED = [
    ("en", "The group denies any responsibility for the bombing of the market.",
     "responsibility_claim"),
    ("en", "Iran promised never to use force against its neighbours.", "threat"),
    ("en", "Egypt said it would not attend the summit with Israel in Cairo.",
     "diplomatic_meeting"),
    ("en", "The meeting between Putin and Erdogan in Ankara did not take place.",
     "diplomatic_meeting"),
    ("de", "Die Gruppe weist jede Verantwortung für den Anschlag zurück.",
     "responsibility_claim"),
    ("de", "Ägypten erklärte, es werde nicht an dem Gipfel mit Israel in Kairo teilnehmen.",
     "diplomatic_meeting"),
    ("de", "Das Treffen zwischen Putin und Erdogan in Ankara fand nicht statt.",
     "diplomatic_meeting"),
    ("fr", "Le groupe dément toute responsabilité dans l'attentat contre le marché.",
     "responsibility_claim"),
    ("fr", "Le sommet avec l'Iran à Genève n'a pas eu lieu.", "diplomatic_meeting"),
    ("es", "La cumbre con Irán en Ginebra no se celebró.", "diplomatic_meeting"),
    ("es", "El ministro dijo que España no asistirá a la cumbre con Marruecos en Rabat.",
     "diplomatic_meeting"),
    ("ru", "Акция протеста в Москве не состоялась.", "protest"),
    ("ar", "نفت الجماعة أي مسؤولية عن تفجير السوق.", "responsibility_claim"),
]  # fmt: skip

ASSERTED = [
    ("en", "No one was hurt, but Russia shelled the port of Odesa overnight.", "military_action"),
    ("en", "The suicide bombing at the market caused no casualties.", "terror_attack"),
    ("de", "Tausende Menschen nahmen an einer nicht angemeldeten Demonstration in Leipzig teil.",
     "protest"),
    ("fr", "Personne n'a été blessé, mais la Russie a bombardé le port d'Odessa dans la nuit.",
     "military_action"),
    ("fr", "L'attentat contre la caserne n'a fait aucune victime.", "terror_attack"),
    ("es", "Nadie resultó herido, pero Rusia bombardeó el puerto de Odesa durante la noche.",
     "military_action"),
    ("es", "Hombres armados no identificados abrieron fuego contra un puesto policial y "
     "mataron a tres agentes.", "terror_attack"),
    ("es", "Una organización no gubernamental denunció que el ejército bombardeó la aldea.",
     "military_action"),
    ("es", "El atentado contra el cuartel no dejó víctimas.", "terror_attack"),
    ("es", "Los médicos amenazan con un paro si el gobierno no cumple el acuerdo.", "threat"),
    ("ru", "Никто не пострадал, но Россия обстреляла порт Одессы ночью.", "military_action"),
    ("ru", "Тысячи людей вышли на не согласованную с властями акцию протеста в Москве.",
     "protest"),
    ("ru", "Теракт в Москве не привёл к жертвам.", "terror_attack"),
    ("ar", "لم يصب أحد بأذى، لكن روسيا قصفت ميناء أوديسا ليلا.", "military_action"),
]  # fmt: skip

NEGATED_EVENTS = [
    ("en", "The meeting between Putin and Erdogan in Ankara did not take place.",
     "diplomatic_meeting"),
    ("de", "Das Treffen zwischen Putin und Erdogan in Ankara fand nicht statt.",
     "diplomatic_meeting"),
    ("fr", "Le sommet avec l'Iran à Genève n'a pas eu lieu.", "diplomatic_meeting"),
    ("es", "La cumbre con Irán en Ginebra no se celebró.", "diplomatic_meeting"),
    ("ru", "Акция протеста в Москве не состоялась.", "protest"),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "text", "kind"), NOT_ASSERTED)
def test_negated_in_its_own_clause(types_of, lang, text, kind):  # type: ignore[no-untyped-def]
    assert kind not in types_of(text, lang)


@pytest.mark.parametrize(("lang", "text", "kind"), ASSERTED)
def test_negation_elsewhere_vetoes_nothing(types_of, lang, text, kind):  # type: ignore[no-untyped-def]
    assert kind in types_of(text, lang)


@pytest.mark.parametrize(("lang", "text", "kind"), NEGATED_EVENTS)
def test_clause_opening_event_with_negated_verb_is_reported_negated(tagger, lang, text, kind):  # type: ignore[no-untyped-def]
    events = tagger.tag(Article(id="t", text=text, language=lang))
    assert [e.modality for e in events if e.type == kind] == ["negated"]
