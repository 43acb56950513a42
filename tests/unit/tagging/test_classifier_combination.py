"""Rules and classifier together: the classifier vetoes weak rule hits it is sure are no event
and adds hits the rules miss when confident; the rules still give actors, modality, evidence.

The scripted classifier below returns chosen scores for sentences, so that each threshold of
the combination is tested exactly; the shipped model is tested in test_classifier.py."""

from __future__ import annotations

import pytest

from eventwatch.errors import UsageError
from eventwatch.models import Article
from eventwatch.tagging import Tagger
from eventwatch.tagging.combine import NONE_LABEL, Thresholds, sentence_spans

THRESHOLDS = Thresholds(add=0.9, model=0.5, veto_none=0.8, veto_type=0.2, weak_confidence=0.8)


class ScriptedClassifier:
    """Scores by sentence: the first script key found in a sentence decides its scores."""

    def __init__(self, script: dict[str, dict[str, float]]) -> None:
        self.script = script
        self.seen: list[str] = []

    def scores(self, texts: list[str]) -> list[dict[str, float]]:
        self.seen += texts
        return [
            next((s for key, s in self.script.items() if key in text), {NONE_LABEL: 0.1})
            for text in texts
        ]


def tag(text: str, lang: str, script: dict[str, dict[str, float]], mode: str = "combined"):  # type: ignore[no-untyped-def]
    tagger = Tagger(mode=mode, classifier=ScriptedClassifier(script), thresholds=THRESHOLDS)  # type: ignore[arg-type]
    return tagger.tag(Article(id="a", text=text, language=lang))


# A weak rule hit: 'clashed' is ambiguous and resolved to protest by 'supporters' (0.7).
SPORT = "Supporters clashed with police in Madrid after the final."


def test_weak_rule_hit_is_vetoed_when_the_classifier_is_sure_it_is_nothing() -> None:
    assert [e.type for e in tag(SPORT, "en", {})] == ["protest"]  # no opinion: the rule stands
    vetoed = tag(SPORT, "en", {"Supporters": {NONE_LABEL: 0.95, "protest": 0.05}})
    assert vetoed == []


def test_veto_needs_both_a_sure_none_and_a_low_score_for_the_type() -> None:
    unsure = tag(SPORT, "en", {"Supporters": {NONE_LABEL: 0.7, "protest": 0.05}})
    assert [e.type for e in unsure] == ["protest"]
    split = tag(SPORT, "en", {"Supporters": {NONE_LABEL: 0.95, "protest": 0.4}})
    assert [e.type for e in split] == ["protest"]


def test_strong_rule_hit_is_never_vetoed() -> None:
    text = "Protesters clashed with police in Lima."  # definite protest trigger: 0.9
    events = tag(text, "en", {"Protesters": {NONE_LABEL: 0.99, "protest": 0.0}})
    assert [e.type for e in events] == ["protest"]


def test_rules_only_mode_ignores_the_classifier() -> None:
    events = tag(SPORT, "en", {"Supporters": {NONE_LABEL: 0.99}}, mode="rules")
    assert [e.type for e in events] == ["protest"]


MISSED = "France said it wanted to work with Russia on the investigation."


def test_confident_classifier_adds_a_hit_with_actors_and_evidence_from_the_rules() -> None:
    assert tag(MISSED, "en", {}) == []
    events = tag(MISSED, "en", {"work with": {"diplomatic_proposal": 0.95}})
    assert len(events) == 1
    event = events[0]
    assert event.type == "diplomatic_proposal"
    assert [a.country for a in event.actors.source] == ["FR"]
    assert [a.country for a in event.actors.target] == ["RU"]
    assert event.evidence.text == MISSED
    assert (event.evidence.start, event.evidence.end) == (0, len(MISSED))
    assert event.modality == "asserted"


def test_no_add_below_the_threshold() -> None:
    assert tag(MISSED, "en", {"work with": {"diplomatic_proposal": 0.85}}) == []


def test_no_add_without_the_actor_the_type_needs() -> None:
    text = "Someone said they wanted to work together on it."
    assert tag(text, "en", {"work together": {"diplomatic_proposal": 0.99}}) == []


def test_added_hit_keeps_the_modality_the_rules_read() -> None:
    text = "France did not offer Russia any help with the investigation."
    events = tag(text, "en", {"help": {"diplomatic_proposal": 0.97}}, mode="model")
    assert [(e.type, e.modality) for e in events] == [("diplomatic_proposal", "negated")]


def test_added_hit_is_placed_in_its_own_sentence() -> None:
    first = "Parliament passed the budget on Tuesday."
    text = f"{first} {MISSED}"
    events = tag(text, "en", {"work with": {"diplomatic_proposal": 0.95}})
    assert [e.evidence.text for e in events] == [MISSED]
    assert events[0].evidence.start == len(first) + 1


def test_model_mode_keeps_no_rule_hit() -> None:
    assert tag(SPORT, "en", {}, mode="model") == []
    events = tag(SPORT, "en", {"Supporters": {"protest": 0.6}}, mode="model")
    assert [e.type for e in events] == ["protest"]


@pytest.mark.parametrize(
    ("lang", "text", "key", "kind", "source"),
    [
        ("de", "Frankreich will mit Russland bei den Ermittlungen eng zusammenarbeiten.",
         "zusammenarbeiten", "diplomatic_proposal", "FR"),
        ("fr", "La France souhaite travailler avec la Russie sur l'enquête.",
         "travailler", "diplomatic_proposal", "FR"),
        ("es", "Colombia quiere trabajar con Venezuela en la investigación.",
         "trabajar", "diplomatic_proposal", "CO"),
        ("ru", "Франция хочет работать с Россией над расследованием.",
         "работать", "diplomatic_proposal", "FR"),
        ("ar", "قالت فرنسا إنها تريد العمل مع روسيا في التحقيق.",
         "العمل", "diplomatic_proposal", "FR"),
    ],
)  # fmt: skip
def test_adds_in_every_language(lang: str, text: str, key: str, kind: str, source: str) -> None:
    events = tag(text, lang, {key: {kind: 0.95}})
    assert [(e.type, [a.country for a in e.actors.source]) for e in events] == [(kind, [source])]


def test_every_sentence_is_scored_once() -> None:
    classifier = ScriptedClassifier({})
    text = "One sentence here. Another one there. And a third."
    Tagger(classifier=classifier, thresholds=THRESHOLDS).tag(  # type: ignore[arg-type]
        Article(id="a", text=text, language="en")
    )
    assert classifier.seen == ["One sentence here.", "Another one there.", "And a third."]
    assert sentence_spans(text) == [(0, 18), (19, 37), (38, 50)]


def test_unknown_mode_is_a_usage_error() -> None:
    with pytest.raises(UsageError, match="mode: 'both' is not one of rules, model, combined"):
        Tagger(mode="both")


def test_negated_hit_is_kept_for_its_modality_not_vetoed() -> None:
    text = "El ministro negó que haya habido un atentado en la capital."
    events = tag(text, "es", {"negó": {NONE_LABEL: 0.99}})
    assert events and all(e.modality == "negated" for e in events)


def test_without_adds_only_sentences_of_weak_hits_are_scored() -> None:
    classifier = ScriptedClassifier({})
    text = f"Parliament passed the budget on Tuesday. {SPORT} The weather stayed mild."
    veto_only = Thresholds(add=1.01, veto_none=0.8, veto_type=0.2, weak_confidence=0.8)
    Tagger(classifier=classifier, thresholds=veto_only).tag(  # type: ignore[arg-type]
        Article(id="a", text=text, language="en")
    )
    assert classifier.seen == [SPORT]


# Adds per type and only where the rules' gates allow them (combine.Thresholds.add_by_type,
# gates.add_blocked): an add has no trigger, so its sentence must be clear of the contexts the
# type excludes, of sport, markets, business and weather, and of background mentions.
PER_TYPE = Thresholds(add=1.01, add_by_type={"diplomatic_proposal": 0.8})


def tag_with(text: str, lang: str, script: dict[str, dict[str, float]], thresholds: Thresholds):  # type: ignore[no-untyped-def]
    tagger = Tagger(classifier=ScriptedClassifier(script), thresholds=thresholds)  # type: ignore[arg-type]
    return tagger.tag(Article(id="a", text=text, language=lang))


def test_a_type_adds_at_its_own_threshold_and_the_others_do_not_add() -> None:
    added = tag_with(MISSED, "en", {"work with": {"diplomatic_proposal": 0.85}}, PER_TYPE)
    assert [e.type for e in added] == ["diplomatic_proposal"]
    below = tag_with(MISSED, "en", {"work with": {"diplomatic_proposal": 0.75}}, PER_TYPE)
    assert below == []
    other = tag_with(MISSED, "en", {"work with": {"diplomatic_meeting": 0.99}}, PER_TYPE)
    assert other == []  # no threshold of its own and no global one


def test_a_per_type_threshold_alone_makes_every_sentence_scored() -> None:
    classifier = ScriptedClassifier({})
    text = "One sentence here. Another one there."
    Tagger(classifier=classifier, thresholds=PER_TYPE).tag(  # type: ignore[arg-type]
        Article(id="a", text=text, language="en")
    )
    assert classifier.seen == ["One sentence here.", "Another one there."]


@pytest.mark.parametrize(
    ("lang", "text", "key"),
    [
        ("en", "France said it wanted to work with Russia on the merger of the two carmakers.",
         "work with"),
        ("en", "France said its shareholders wanted to work with Russia on the stock markets.",
         "work with"),
        ("de", "Frankreich will mit Russland bei der Fusion der beiden Autobauer zusammenarbeiten.",
         "zusammenarbeiten"),
        ("es", "Colombia quiere trabajar con Venezuela en la fusión de las dos empresas.",
         "trabajar"),
    ],
)  # fmt: skip
def test_no_add_in_a_business_or_market_sentence(lang: str, text: str, key: str) -> None:
    assert tag_with(text, lang, {key: {"diplomatic_proposal": 0.99}}, PER_TYPE) == []


def test_no_add_in_a_background_mention() -> None:
    script = {"work with": {"diplomatic_proposal": 0.99}}
    assert [e.type for e in tag_with(MISSED, "en", script, PER_TYPE)] == ["diplomatic_proposal"]
    background = MISSED.replace("investigation", "investigation after the 2015 attacks")
    assert tag_with(background, "en", script, PER_TYPE) == []


def test_a_negated_add_is_dropped_in_the_combination_but_kept_by_the_model_mode() -> None:
    negated = "France did not offer Russia any help with the investigation."
    script = {"help": {"diplomatic_proposal": 0.97}}
    assert tag_with(negated, "en", script, PER_TYPE) == []
    alone = tag(negated, "en", script, mode="model")
    assert [(e.type, e.modality) for e in alone] == [("diplomatic_proposal", "negated")]


def test_thresholds_file_gives_per_type_adds(tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "classifier.json"
    path.write_text('{"add": 1.01, "veto_none": 0.8, "add_by_type": {"threat": 0.9}}', "utf-8")
    loaded = Thresholds.load(path)
    assert loaded.add_for("threat") == 0.9 and loaded.add_for("protest") == 1.01
    assert loaded.adds and loaded.veto_none == 0.8
    assert not Thresholds(add=1.01).adds
