"""Passive voice: the agent after 'by' is who acted, the subject is who it was done to.

'Russia was accused by Ukraine', 'sanctions were imposed on Iran by the EU', 'wurde von der
Ukraine beschuldigt', 'a été accusée par l'Ukraine', 'fue acusada por Ucrania', 'обвинена
Украиной' (the instrumental case), 'اتهمت روسيا من قبل أوكرانيا'. A lexicon's "passive" section
says how its language marks it:

- `auxiliary`: a passive verb form ('was accused', 'wurde', 'fue acusada', 'обвинена'); without
  one in the trigger's clause, `agent` markers ('by', 'von', 'par', 'por') name no agent ('backed
  by Iran' in an active sentence, 'von Frankreich' meaning 'of France').
- `agent_always`: markers that name the agent in any voice ('من قبل', 'со стороны', 'seitens',
  'por parte de', 'de la part de', 'on the part of').
- `agent_ending` (Russian): the agent carries the instrumental ending instead of a marker;
  `agent_not_after` lists the prepositions that take the instrumental for other reasons ('с').
The agent must stand within `_REACH` words of the trigger, so a 'by' deep in the event's own
content ('of attacks on shipping by Houthi militias') is not read as the doer.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from eventwatch.tagging.gazetteer import Entity, EntityMention

_REACH = 5  # words between the trigger and its agent marker
_LOOKBACK = 40  # characters before a mention searched for its marker
_FLAGS = re.IGNORECASE | re.UNICODE
_AGENT_KINDS = ("state", "person", "organization", "group", "city")


@dataclass(frozen=True)
class PassiveGrammar:
    auxiliary: re.Pattern[str] | None
    agent: re.Pattern[str] | None  # ends right before the agent's mention
    agent_always: re.Pattern[str] | None
    agent_ending: re.Pattern[str] | None
    agent_not_after: re.Pattern[str] | None


def compile_passive(raw: dict[str, list[str]] | None) -> PassiveGrammar | None:
    if not raw:
        return None

    def ending_before(key: str) -> re.Pattern[str] | None:
        patterns = raw.get(key)
        if not patterns:
            return None
        return re.compile(r"(?<!\w)(?:" + "|".join(patterns) + r")\s*$", _FLAGS)

    auxiliary = raw.get("auxiliary")
    ending = raw.get("agent_ending")
    return PassiveGrammar(
        auxiliary=re.compile(r"(?<!\w)(?:" + "|".join(auxiliary) + r")(?!\w)", _FLAGS)
        if auxiliary
        else None,
        agent=ending_before("agent"),
        agent_always=ending_before("agent_always"),
        agent_ending=re.compile("(?:" + "|".join(ending) + ")$", _FLAGS) if ending else None,
        agent_not_after=ending_before("agent_not_after"),
    )


def passive_agent(
    grammar: PassiveGrammar | None,
    folded: str,
    clause: tuple[int, int],
    trigger: tuple[int, int],
    mentions: list[EntityMention],
) -> Entity | None:
    """The actor a passive clause names as the doer of the trigger's event, if any."""
    if grammar is None:
        return None
    start, end = clause
    passive = grammar.auxiliary is not None and bool(grammar.auxiliary.search(folded, start, end))
    for mention in mentions:
        if mention.entity.kind not in _AGENT_KINDS or not start <= mention.start < end:
            continue
        if not _near(folded, trigger, mention):
            continue
        before = folded[max(start, mention.start - _LOOKBACK) : mention.start]
        if _marks_agent(grammar, before, folded[mention.start : mention.end], passive):
            entity = mention.entity
            return Entity(entity.name, "state", entity.country) if entity.kind == "city" else entity
    return None


def _marks_agent(grammar: PassiveGrammar, before: str, surface: str, passive: bool) -> bool:
    if grammar.agent_always is not None and grammar.agent_always.search(before):
        return True
    if not passive:
        return False
    if grammar.agent is not None and grammar.agent.search(before):
        return True
    if grammar.agent_ending is None or not grammar.agent_ending.search(surface):
        return False
    return grammar.agent_not_after is None or not grammar.agent_not_after.search(before)


def _near(folded: str, trigger: tuple[int, int], mention: EntityMention) -> bool:
    if mention.start >= trigger[1]:
        between = folded[trigger[1] : mention.start]
    elif mention.end <= trigger[0]:
        between = folded[mention.end : trigger[0]]
    else:
        return False
    return len(between.split()) <= _REACH + 1
