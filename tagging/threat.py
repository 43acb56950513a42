"""Terror threat levels: the level a sentence names, and its normalized value."""

from __future__ import annotations

import re

from eventwatch.models import ThreatLevel
from eventwatch.tagging.lexicon import Lexicon

# National alert systems and the country that runs them.
_SYSTEMS = (
    (re.compile(r"vigipirate|urgence attentat", re.I), "Vigipirate", "FR"),
    (re.compile(r"\bntas\b|national terrorism advisory|homeland security", re.I), "NTAS", "US"),
    (
        re.compile(r"\bmi5\b|jtac|uk (?:terror )?threat level|joint terrorism analysis", re.I),
        "UK threat level",
        "GB",
    ),
    (re.compile(r"\bnctv\b", re.I), "NCTV", "NL"),
    (re.compile(r"\bocam\b|\bcuta\b", re.I), "OCAM", "BE"),
)
_NAMED_LEVEL = re.compile(
    r"\b(critical|severe|substantial|moderate|low|imminent|elevated|urgence attentat)\b", re.I
)


def threat_level(lexicon: Lexicon, folded: str, start: int, end: int) -> ThreatLevel | None:
    sentence = folded[start:end]
    for pattern, normalized in lexicon.threat_levels:
        match = pattern.search(sentence)
        if match:
            system = alert_system(sentence)
            named = _NAMED_LEVEL.search(sentence)
            level = named.group(1) if named else match.group(0)
            label = f"{system[0]}: {level}" if system else level
            return ThreatLevel(level=label, normalized=normalized)  # type: ignore[arg-type]
    return None


def alert_system(sentence: str) -> tuple[str, str] | None:
    """(system name, country) of a national alert system named in the sentence."""
    for pattern, name, country in _SYSTEMS:
        if pattern.search(sentence):
            return name, country
    return None
