"""A lexicon's 'trigger_cues': the modality a trigger's own first word carries. '@imponer'
matches every tense of the verb; 'impondrá' reports a future act, 'impondría' a hypothetical
one, 'impuso' a fact."""

import pytest

from eventwatch.models import Article
from eventwatch.tagging.lexicon import load_lexicon

CASES = [
    ("Rusia impuso sanciones a Irán por su programa nuclear.", "sanctions", "asserted"),
    ("Rusia impondrá sanciones a Irán por su programa nuclear.", "sanctions", "future"),
    ("Estados Unidos impondría aranceles a México si no frena la migración.", "sanctions",
     "hypothetical"),
    ("El presidente de Chile se reunirá con su homólogo de Argentina.", "diplomatic_meeting",
     "future"),
    # a threat's own future is the threat, a protest announced for a date is reported as one
    # ('trigger_cues_skip')
    ("Los docentes marcharán el jueves hasta el Ministerio de Educación.", "protest", "asserted"),
    ("El Gobierno de Irán responderá con contundencia a cualquier agresión de Israel.", "threat",
     "asserted"),
    # a noun that ends like a conditional ('artillería') is no cue
    ("La artillería rusa bombardeó Járkov durante la noche.", "military_action", "asserted"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "kind", "modality"), CASES)
def test_modality_of_the_triggers_own_verb_form(tagger, text, kind, modality) -> None:  # type: ignore[no-untyped-def]
    events = tagger.tag(Article(id="c", text=text, language="es"))
    assert [e.modality for e in events if e.type == kind] == [modality]


def test_trigger_cues_are_whole_words() -> None:
    cues = load_lexicon("es").trigger_cues
    assert cues["future"].match("impondrá sanciones")
    assert cues["future"].match("se reunirá con")
    assert not cues["future"].match("impuso sanciones")
    assert cues["hypothetical"].match("firmaría")
    assert not cues["hypothetical"].match("artillería rusa")


def test_languages_without_trigger_cues_are_unchanged() -> None:
    assert load_lexicon("en").trigger_cues == {}
