"""Gates between a trigger and an event: generic mentions, domains, sibling types.

- A trigger inside a lexicon's 'not_events' (generic topics such as 'the war on terror',
  background references such as 'since the 2015 attacks') reports nothing.
- Sport, markets, weather and courts block the political types ('exclude' in a lexicon) unless
  a political actor (a 'state_role' word: government, minister, president...) is the subject,
  i.e. stands in the trigger's clause before it. Domestic politics (coalition talks) stays
  blocked whoever speaks.
- Sibling types: where a type's trigger comes first in a clause, a sibling that follows it is
  its content, not a second event: 'urged talks with Iran' is a proposal, not a meeting;
  'arrested over the bombing', 'defused a bomb' are a foiled plot, not an attack.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from eventwatch.models import utcnow
from eventwatch.tagging.lexicon import Lexicon
from eventwatch.tagging.modality import clause_of
from eventwatch.taxonomy import load_taxonomy, types_in_family

if TYPE_CHECKING:
    from eventwatch.tagging.assemble import Candidate

POLITICAL = frozenset(types_in_family("diplomacy"))
DOMAINS_A_STATE_OVERRIDES = frozenset({"sport", "business", "court", "weather"})
# Contexts in which the classifier never adds a hit (it reads economy and sport news as events).
DOMAINS_WITHOUT_ADDS = ("sport", "market", "business", "weather")
# type -> the sibling whose earlier trigger in the same clause makes it that sibling's content
_DATE_REACH = 40  # characters between a trigger and the year that dates it
SHADOWED_BY = {name: info.shadowed_by for name, info in load_taxonomy().items() if info.shadowed_by}


def generic_or_background(
    lexicon: Lexicon, folded: str, sentence: tuple[int, int], start: int
) -> bool:
    """Whether the trigger starting at `start` lies in a generic or background mention."""
    if lexicon.not_events is None:
        return False
    return any(
        m.start() <= start < m.end()
        for m in lexicon.not_events.finditer(folded, sentence[0], sentence[1])
    )


def dated_past(
    lexicon: Lexicon, kind: str, folded: str, trigger: tuple[int, int], year: int | None
) -> bool:
    """Whether the trigger names an event dated before the article's time ('the massacre of
    1995', 'the 2004 bombings', 'теракт 2004 года', 'مجزرة عام 1995'). The article's time is
    its year of publication, else this year; a year that is the article's own or the one
    before ('after last year's attacks' is for not_events to judge) is not background."""
    if kind in POLITICAL:  # 'the 2015 nuclear deal' is usually the topic of today's diplomacy
        return False
    now = year or utcnow().year
    found = []
    if lexicon.dated_after is not None:
        found.append(lexicon.dated_after.match(folded, trigger[1], trigger[1] + _DATE_REACH))
    if lexicon.dated_before is not None:
        found.append(
            lexicon.dated_before.search(folded, max(0, trigger[0] - _DATE_REACH), trigger[0])
        )
    years = [int(next(g for g in m.groups() if g)) for m in found if m is not None]
    return any(dated < now - 1 for dated in years)


def blocked(
    lexicon: Lexicon, kind: str, folded: str, sentence: tuple[int, int], trigger_start: int
) -> bool:
    """Whether a context of the sentence excludes `kind` here (see the module's doc)."""
    text = folded[sentence[0] : sentence[1]]
    names = [n for n in lexicon.exclude.get(kind, ()) if lexicon.has_domain(n, text)]
    if not names:
        return False
    if kind not in POLITICAL or not set(names) <= DOMAINS_A_STATE_OVERRIDES:
        return True
    clause_start, _ = clause_of(lexicon, folded, sentence, (trigger_start, trigger_start))
    return not lexicon.has_context("state_role", folded[clause_start:trigger_start])


def add_blocked(lexicon: Lexicon, kind: str, folded: str, sentence: tuple[int, int]) -> bool:
    """Whether the classifier may not add `kind` in `sentence`: with no trigger there is no
    clause to clear, so any context the type excludes, any sport, market, business or weather
    context, or any generic or background mention in the sentence blocks the add."""
    text = folded[sentence[0] : sentence[1]]
    if lexicon.excluded(kind, text) or any(
        lexicon.has_context(n, text) for n in DOMAINS_WITHOUT_ADDS
    ):
        return True
    return lexicon.not_events is not None and bool(
        lexicon.not_events.search(folded, sentence[0], sentence[1])
    )


def without_shadowed(candidates: list[Candidate], lexicon: Lexicon, folded: str) -> list[Candidate]:
    """The candidates less those that are a sibling's content (see the module's doc)."""
    kept = []
    for c in candidates:
        sibling = SHADOWED_BY.get(c.type)
        if sibling is not None and any(
            other.type == sibling
            and other.sentence == c.sentence
            and other.trigger.start < c.trigger.start
            and _same_clause(lexicon, folded, other, c)
            for other in candidates
        ):
            continue
        kept.append(c)
    return kept


def _same_clause(lexicon: Lexicon, folded: str, first: Candidate, second: Candidate) -> bool:
    start, end = clause_of(
        lexicon, folded, second.sentence, (second.trigger.start, second.trigger.end)
    )
    return start <= first.trigger.start < end
