"""Threat-level reading on the project's own wire items (tests/data/threat_items.jsonl):
every language, every reading, with look-alikes; figures printed, thresholds asserted."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from eventwatch.benchmarks.threat_items import load_items, score
from eventwatch.models import Article
from eventwatch.tagging.tagger import Tagger

ITEMS = Path(__file__).parents[2] / "data" / "threat_items.jsonl"
LANGUAGES = ("en", "de", "fr", "es", "ru", "ar")


# `tagger` is the session's (tests/unit/tagging/conftest.py): its language pipelines are built
# once for the whole run, not again for this module.
@pytest.fixture(scope="module")
def figures(tagger: Tagger) -> dict:  # type: ignore[type-arg]
    result = score(load_items(ITEMS), tagger)
    print(json.dumps({k: v for k, v in result.items() if k != "misses"}, indent=1))
    return result


def test_items_cover_every_language_with_look_alikes() -> None:
    items = load_items(ITEMS)
    assert len(items) >= 150
    for lang in LANGUAGES:
        mine = [i for i in items if i["lang"] == lang]
        assert len(mine) >= 20, lang
        assert sum(not i["alert"] for i in mine) >= 0.25 * len(mine), lang
        assert {i["direction"] for i in mine if i["alert"]} >= {"raised", "maintained", "issued"}
    assert sum(not i["alert"] for i in items) >= 0.3 * len(items)


def test_overall_targets(figures: dict) -> None:  # type: ignore[type-arg]
    assert figures["alert_f1"] >= 0.92
    assert figures["country"] >= 0.90
    assert figures["level"] >= 0.90
    assert figures["direction"] >= 0.90


@pytest.mark.parametrize("lang", LANGUAGES)
def test_each_language(figures: dict, lang: str) -> None:  # type: ignore[type-arg]
    mine = figures["by_language"][lang]
    assert mine["alert_f1"] >= 0.85, mine
    assert mine["level"] >= 0.85, mine
    assert mine["direction"] >= 0.85, mine
    assert mine["country"] >= 0.8, mine


def _alert(tagger: Tagger, lang: str, text: str):  # type: ignore[no-untyped-def]
    events = tagger.tag(Article(id="t", text=text, language=lang))
    return next(e for e in events if e.type == "terror_alert")


# lang | text | new level | rank | previous level | direction
FROM_TO = """
en|Britain raised its threat level from substantial to severe.|severe|4|substantial|raised
en|Sweden's terror threat level now stands at 4, up from 3, Säpo said.|högt hot|4|förhöjt hot|raised
de|Schweden hat die Terrorwarnstufe von vier auf drei gesenkt.|förhöjt hot|3|högt hot|lowered
fr|La Belgique passe du niveau 2 au niveau 3, dit l'OCAM.|niveau 3 (grave)|3|niveau 2 (moyen)|raised
es|Suecia rebajó su nivel de amenaza terrorista de 4 a 3.|förhöjt hot|3|högt hot|lowered
ru|Норвегия снизила уровень террористической угрозы с пятого до третьего.|moderat|3|kritisk|lowered
ar|رفعت بريطانيا مستوى التهديد الإرهابي من كبير إلى شديد.|severe|4|substantial|raised
"""


@pytest.mark.parametrize("case", FROM_TO.strip().splitlines())
def test_new_level_is_the_one_after_to(tagger: Tagger, case: str) -> None:
    lang, text, level, rank, previous, direction = case.split("|")
    threat = _alert(tagger, lang, text).threat_level
    got = (threat.level, threat.rank, threat.previous, threat.direction)
    assert got == (level, int(rank), previous, direction)


def test_seed_style_sentence_keeps_vigipirate_critical(tagger: Tagger) -> None:
    text = (
        "Laut einer Erklärung des Premierministers wurde der Vigipirate-Plan auf die "
        "höchste Warnstufe angehoben."
    )
    event = _alert(tagger, "de", text)
    assert event.location is not None and event.location.country == "FR"
    assert event.threat_level is not None
    threat = event.threat_level
    assert (threat.system, threat.level) == ("Vigipirate", "urgence attentat")
    assert (threat.normalized, threat.rank, threat.of) == ("critical", 3, 3)


def test_a_level_on_the_scale_wins_over_a_bare_warning_in_the_same_article(
    tagger: Tagger,
) -> None:
    text = (
        "Frankreich: Regierung ruft landesweite Terrorwarnung aus\n"
        "Am Sonntag rief die Regierung in Paris eine landesweite Terrorwarnung aus. "
        "Der Vigipirate-Plan wurde danach auf die höchste Stufe angehoben."
    )
    events = tagger.tag(Article(id="t", text=text, language="de"))
    [alert] = [e for e in events if e.type == "terror_alert"]
    assert alert.threat_level is not None
    assert (alert.threat_level.system, alert.threat_level.rank) == ("Vigipirate", 3)
    assert "Vigipirate" in alert.evidence.text
