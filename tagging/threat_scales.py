"""The national terror threat scales (tagging/data/threat_systems.json) as typed data."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from eventwatch.tagging.data_files import DATA_DIR
from eventwatch.tagging.normalise import fold_arabic

FLAGS = re.IGNORECASE | re.UNICODE
GENERIC = "generic"


def words_pattern(words: list[str]) -> re.Pattern[str]:
    """Any of `words` as a whole word (Arabic words may carry clitics in front)."""
    folded = [fold_arabic(w) for w in words]  # as the Arabic text is (tagging/normalise.py)
    return re.compile(r"(?<![^\W\u0600-\u06ff])(?:" + "|".join(folded) + r")(?!\w)", FLAGS)


@dataclass(frozen=True)
class ScaleLevel:
    rank: int
    name: str
    normalized: str
    words: re.Pattern[str]


@dataclass(frozen=True)
class Scale:
    key: str
    country: str | None
    identify: re.Pattern[str] | None
    levels: tuple[ScaleLevel, ...]
    hints: re.Pattern[str] | None = None  # names it only when no country's scale is named

    @property
    def of(self) -> int:
        return len(self.levels)

    def level(self, rank: int) -> ScaleLevel | None:
        return self.levels[rank - 1] if 1 <= rank <= len(self.levels) else None


def normalized_for(rank: int, of: int) -> str:
    """A place on a scale of `of` levels: the bottom is low, the top critical, the rest by half."""
    if rank >= of:
        return "critical"
    if rank <= 1:
        return "low"
    return "elevated" if (rank - 1) / (of - 1) <= 0.5 else "high"


def _scale(key: str, raw: dict[str, Any]) -> Scale:
    levels = tuple(
        ScaleLevel(
            rank=int(level["rank"]),
            name=level.get("name", ""),
            normalized=level["normalized"],
            words=words_pattern(level["words"]),
        )
        for level in raw["levels"]
    )
    if [level.rank for level in levels] != list(range(1, len(levels) + 1)):
        raise ValueError(f"threat_systems.json: {key}: ranks must run 1..{len(levels)}")
    identify, hints = raw.get("identify"), raw.get("hints")
    return Scale(
        key,
        raw.get("country"),
        words_pattern(identify) if identify else None,
        levels,
        words_pattern(hints) if hints else None,
    )


@lru_cache(maxsize=1)
def load_scales() -> tuple[dict[str, Scale], Scale]:
    """(national scales by system key, the generic scale for countries without one)."""
    raw = json.loads((DATA_DIR / "threat_systems.json").read_text(encoding="utf-8"))
    scales = {key: _scale(key, spec) for key, spec in raw["systems"].items()}
    return scales, _scale(GENERIC, raw["generic"])


def scale_of_country(country: str) -> Scale | None:
    scales, _ = load_scales()
    return next((s for s in scales.values() if s.country == country), None)
