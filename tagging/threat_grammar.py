"""Each language's words for reading a threat-level statement (the `threat_levels` entry of
tagging/data/lexicon/<lang>.json), compiled once per language."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

FLAGS = re.IGNORECASE | re.UNICODE
NEVER = re.compile(r"(?!)")
# Words that make an alert about terrorism whatever else the sentence mentions ('bomb threat
# at the stock exchange' is no market alert).
TERROR = re.compile(
    r"terror\w*|attentat\w*|anschlag\w*|anschläg\w*|bomb\w*|explosi\w*|spreng\w*|vigipirate|"
    r"теракт\w*|террор\w*|взрыв\w*|минирован\w*|[إا]رهاب\w*|قنبل\w*|تفجير\w*|متفجر\w*|"
    r"атентат|atentad\w*|jihad\w*|djihad\w*|islamist\w*|исламист\w*",
    FLAGS,
)


def _alternation(patterns: list[str], *, arabic: bool) -> re.Pattern[str]:
    if not patterns:
        return NEVER
    # Arabic words carry clitics in front ('برفع'); elsewhere a pattern starts at a word start
    # unless it begins with '~' (inside a German compound: 'Unwetterwarnung').
    start = "" if arabic else r"(?<!\w)"
    parts = [p[1:] if p.startswith("~") else start + "(?:" + p + ")" for p in patterns]
    return re.compile("|".join(f"(?:{p})" for p in parts), FLAGS)


@dataclass(frozen=True)
class Grammar:
    level_noun: re.Pattern[str]
    number: str  # alternation with one named group per value: n1 .. n5 (digits included)
    scale_of: tuple[re.Pattern[str], ...]  # each with groups m1 .. m5
    after_number: tuple[bool, ...]  # '+of 5' counts only right after a level number
    highest: re.Pattern[str]
    second_highest: re.Pattern[str]
    lowest: re.Pattern[str]
    previous: str
    new: str
    raised: re.Pattern[str]
    lowered: re.Pattern[str]
    maintained: re.Pattern[str]
    set: re.Pattern[str]
    history: re.Pattern[str]
    call: re.Pattern[str]
    lookalike: re.Pattern[str]

    def number_value(self, match: re.Match[str], prefix: str = "n") -> int | None:
        for value in range(1, 10):
            if match.groupdict().get(f"{prefix}{value}"):
                return value
        return None

    def numbered(self, prefix: str) -> str:
        return self.number.replace("(?P<n", f"(?P<{prefix}")


def compile_grammar(raw: dict[str, Any], lang: str) -> Grammar:
    arabic = lang == "ar"

    def alt(key: str) -> re.Pattern[str]:
        return _alternation(raw.get(key, []), arabic=arabic)

    numbers = raw.get("numbers", {})
    digits = {"1": "1١", "2": "2٢", "3": "3٣", "4": "4٤", "5": "5٥"}
    groups = []
    for value, chars in digits.items():
        words = [f"[{chars}]", *numbers.get(value, [])]
        groups.append(f"(?P<n{value}>" + "|".join(words) + ")")
    number = r"(?:" + "|".join(groups) + r")(?!\w)(?![.,]\d)"
    raw_scale_of = raw.get("scale_of", [])
    size = number.replace("(?P<n", "(?P<m")
    scale_of = [p.lstrip("+").replace("{N}", size) for p in raw_scale_of]
    return Grammar(
        level_noun=alt("level_noun"),
        number=number,
        scale_of=tuple(_alternation([p], arabic=arabic) for p in scale_of),
        after_number=tuple(p.startswith("+") for p in raw_scale_of),
        highest=alt("highest"),
        second_highest=alt("second_highest"),
        lowest=alt("lowest"),
        previous="|".join(raw.get("previous", [])) or "(?!)",
        new="|".join(raw.get("new", [])) or "(?!)",
        raised=alt("raised"),
        lowered=alt("lowered"),
        maintained=alt("maintained"),
        set=alt("set"),
        history=alt("history"),
        call=alt("call"),
        lookalike=alt("lookalike"),
    )
