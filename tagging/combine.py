"""Rules and the trained classifier together, sentence by sentence.

The rules find triggers and keep what they are good at (actors, places, levels, modality,
evidence). The classifier scores every sentence of an article for each event type and for
'_none' (the sentence reports no event of the taxonomy: sport, weather, markets, courts,
background, negated or hypothetical events, the other senses of a trigger word). It
- vetoes a weak asserted rule hit (an ambiguous trigger or little context: confidence below
  `weak_confidence`) when it is sure the sentence reports nothing (`_none` >= `veto_none`)
  and gives the hit's type little weight (< `veto_type`);
- adds a hit the rules miss when it is confident (>= the type's threshold in `add_by_type`,
  else `add`), in that sentence, provided the rules find the actor the type needs there, no
  context of the sentence blocks the type and nothing marks it background (Assembler.added),
  and the rules read it as asserted (a negated, hypothetical or dated add is dropped).
Mode 'model' (for the ablation) keeps no rule hit and adds at `model`.
The thresholds live in tagging/data/classifier.json, tuned on the tune half of the dev set's
source-family split only (benchmarks/dev_split.py).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from eventwatch.tagging.sentences import Sentences

if TYPE_CHECKING:
    from eventwatch.tagging.assemble import Candidate

MODES = ("rules", "model", "combined")
NONE_LABEL = "_none"
THRESHOLDS_FILE = Path(__file__).parent / "data" / "classifier.json"
_REPORTED = ("asserted", "historical")


@dataclass(frozen=True)
class Thresholds:
    add: float = 0.9
    model: float = 0.5
    veto_none: float = 0.8
    veto_type: float = 0.2
    weak_confidence: float = 0.8
    # Per-type add thresholds; a type not listed adds at `add` (above 1: never).
    add_by_type: Mapping[str, float] = field(default_factory=dict)

    def add_for(self, kind: str) -> float:
        return self.add_by_type.get(kind, self.add)

    @property
    def adds(self) -> bool:
        """Whether any type may be added (then every sentence must be scored)."""
        return self.add <= 1.0 or any(v <= 1.0 for v in self.add_by_type.values())

    @classmethod
    def load(cls, path: Path = THRESHOLDS_FILE) -> Thresholds:
        if not path.exists():
            return cls()
        values = json.loads(path.read_text(encoding="utf-8"))
        by_type = {str(k): float(v) for k, v in (values.get("add_by_type") or {}).items()}
        plain = {
            k: float(v)
            for k, v in values.items()
            if k in cls.__dataclass_fields__ and k != "add_by_type"
        }
        return cls(**plain, add_by_type=by_type)


@dataclass
class SentenceVotes:
    """The classifier's scores for each sentence of one article."""

    spans: list[tuple[int, int]]
    scores: list[dict[str, float]]

    def at(self, start: int) -> dict[str, float]:
        for (begin, end), scores in zip(self.spans, self.scores, strict=True):
            if begin <= start < end or begin == start:
                return scores
        return {}


def sentence_spans(text: str) -> list[tuple[int, int]]:
    sentences = Sentences(text)
    spans = []
    for number in range(len(sentences)):
        span = sentences.span(number)
        if span[1] > span[0]:
            spans.append(span)
    return spans


def vote(
    texts: Sequence[str], score: Callable[[list[str]], list[dict[str, float]]]
) -> list[SentenceVotes]:
    """Sentence votes for each text, all sentences scored in one batch."""
    spans = [sentence_spans(text) for text in texts]
    flat = [text[a:b] for text, own in zip(texts, spans, strict=True) for a, b in own]
    scores = score(flat)
    votes, offset = [], 0
    for own in spans:
        votes.append(SentenceVotes(own, scores[offset : offset + len(own)]))
        offset += len(own)
    return votes


def vetoed(candidate: Candidate, votes: SentenceVotes, thresholds: Thresholds) -> bool:
    # Negated, hypothetical and dated hits are the rules' reading of modality, which alert
    # rules filter on; the veto is about whether something happened at all.
    if candidate.modality != "asserted" or candidate.confidence >= thresholds.weak_confidence:
        return False
    scores = votes.at(candidate.sentence[0])
    return (
        scores.get(NONE_LABEL, 0.0) >= thresholds.veto_none
        and scores.get(candidate.type, 0.0) < thresholds.veto_type
    )


def combine(
    candidates: list[Candidate],
    votes: SentenceVotes,
    add: Callable[[str, tuple[int, int], float], Candidate | None],
    thresholds: Thresholds,
    mode: str,
) -> tuple[list[Candidate], list[Candidate]]:
    """(rule candidates kept, candidates added by the classifier)."""
    if mode == "model":
        kept: list[Candidate] = []
    else:
        kept = [c for c in candidates if not vetoed(c, votes, thresholds)]
    found = {c.type for c in kept if c.modality in _REPORTED}
    added: list[Candidate] = []
    for span, scores in zip(votes.spans, votes.scores, strict=True):
        for kind, probability in sorted(scores.items(), key=lambda item: -item[1]):
            level = thresholds.model if mode == "model" else thresholds.add_for(kind)
            if kind == NONE_LABEL or kind in found or probability < level:
                continue
            candidate = add(kind, span, probability)
            # Without a trigger there is no clause to read modality from for sure: in the
            # combination only an asserted add counts (the model mode keeps the rules' reading).
            if candidate is not None and (mode == "model" or candidate.modality == "asserted"):
                added.append(candidate)
                if candidate.modality in _REPORTED:
                    found.add(kind)
    return kept, added
