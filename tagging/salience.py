"""Article-level salience: the events an article reports, not those it mentions in passing.

A long article about a film director may name tear gas once in an anecdote; one about a
church's history may recall a boycott of decades ago. Annotators (and users of alerts) take
neither as an event of the article. In a text of at least MIN_SENTENCES sentences an event
type is kept when the article makes it salient:
- it is found in the headline and lead (the first third of the sentences), or
- it is found at least twice, or
- one finding is fully specified (a definite trigger with a named actor and place), or
- the headline or first sentence is about the same family of events (violence, protest,
  diplomacy), so that a later mention continues the story.
Findings after the lead in a sentence dated before the article's own time ('in 1918', 'in
the 80s') are background and support nothing. The article's time is the year it was published;
a body that dates the current events ('on 5 March 2024') keeps them. Without a publication
date any year dates a sentence as background.
Short texts (sentences, snippets) are left as they are.
"""

from __future__ import annotations

import re
from collections import defaultdict
from typing import TYPE_CHECKING

from eventwatch.tagging.sentences import Sentences
from eventwatch.taxonomy import load_taxonomy

if TYPE_CHECKING:
    from eventwatch.tagging.assemble import Candidate

MIN_SENTENCES = 8
LEAD_SHARE = 0.34
HEADLINE_SENTENCES = 2
CONFIDENT = 0.9
FAMILY = {name: info.family for name, info in load_taxonomy().items()}
_YEAR = re.compile(r"(?<!\d)(1[89]\d\d|20[0-4]\d)(s|er)?(?!\d)", re.IGNORECASE)
_DECADE = re.compile(r"(?<!\d)\d0(?:er|s|-х|-е)(?!\w)|\bannées \d0\b|\baños \d0\b", re.IGNORECASE)
_REPORTED = ("asserted", "historical")


def salient(
    candidates: list[Candidate], sentences: Sentences, text: str, year: int | None = None
) -> list[Candidate]:
    """The candidates whose type the article makes salient (all of them in a short text)."""
    if len(sentences) < MIN_SENTENCES or not candidates:
        return candidates
    lead = max(HEADLINE_SENTENCES - 1, int(len(sentences) * LEAD_SHARE))
    headline_families = {
        FAMILY.get(c.type)
        for c in candidates
        if sentences.index(c.sentence[0]) < HEADLINE_SENTENCES
    }
    kept = {c.type for c in candidates if FAMILY.get(c.type) in headline_families}
    support: dict[str, list[Candidate]] = defaultdict(list)
    for c in candidates:
        if c.modality not in _REPORTED:
            continue
        number = sentences.index(c.sentence[0])
        if number > lead and _background(text[c.sentence[0] : c.sentence[1]], year):
            continue
        support[c.type].append(c)
    kept |= {
        kind
        for kind, found in support.items()
        if len(found) >= 2
        or any(sentences.index(c.sentence[0]) <= lead or c.confidence >= CONFIDENT for c in found)
    }
    return [c for c in candidates if c.modality not in _REPORTED or c.type in kept]


def _background(sentence: str, published: int | None) -> bool:
    """Dated by a decade ('the 80s', 'the 1990s') or only by years before publication."""
    if _DECADE.search(sentence):
        return True
    years = [(int(m.group(1)), bool(m.group(2))) for m in _YEAR.finditer(sentence)]
    return bool(years) and all(
        decade or published is None or year < published for year, decade in years
    )
