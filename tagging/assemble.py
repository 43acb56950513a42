"""Event assembly: trigger matches in one article -> merged Event documents."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from eventwatch.models import (
    Actors,
    Article,
    ArticleRef,
    Event,
    Evidence,
    Location,
    Plover,
    ThreatLevel,
    utcnow,
)
from eventwatch.tagging import actors as actor_rules
from eventwatch.tagging.gates import (
    add_blocked,
    blocked,
    dated_past,
    generic_or_background,
    without_shadowed,
)
from eventwatch.tagging.gazetteer import Entity, EntityMention, country_name
from eventwatch.tagging.lexicon import Lexicon, TriggerMatch
from eventwatch.tagging.modality import clause_of, modality_of, sentence_modality
from eventwatch.tagging.salience import salient
from eventwatch.tagging.sentences import Sentences
from eventwatch.tagging.threat import Reading, read_threat
from eventwatch.tagging.voice import passive_agent
from eventwatch.taxonomy import EventTypeInfo, load_taxonomy

_CASUALTIES = re.compile(
    r"\b(?:killed|dead|died|deaths?|wounded|injured|tote|getötet|verletzt|morts?|tués?|blessés|"
    r"muertos?|heridos|погиб\w*|убит\w*|ранен\w*|قتل\w*|قتيل\w*|جرحى)",
    re.I,
)
MentionFinder = Callable[[int, int], list[EntityMention]]
_SEVERITY_BY_LEVEL = {"critical": 5, "high": 4, "elevated": 3, "low": 2}


@dataclass
class Candidate:
    type: str
    trigger: TriggerMatch
    sentence: tuple[int, int]
    modality: str
    sources: list[Entity] = field(default_factory=list)
    targets: list[Entity] = field(default_factory=list)
    location: Location | None = None
    threat: ThreatLevel | None = None
    confidence: float = 0.5

    def merge_key(self) -> tuple[object, ...]:
        asserted = self.modality in ("asserted", "historical")
        if load_taxonomy()[self.type].directed:
            source = actor_rules.side(self.sources[0]) if self.sources else None
            return (self.type, asserted, source)
        place = self.location.country if self.location else None
        return (self.type, asserted, place)


class Assembler:
    """Turns one language's trigger matches into events."""

    def __init__(self, lexicon: Lexicon) -> None:
        self.lexicon = lexicon
        self.taxonomy = load_taxonomy()

    def candidates(
        self,
        text: str,
        folded: str,
        triggers: list[TriggerMatch],
        mentions_in: MentionFinder,
        *,
        year: int | None = None,
    ) -> list[Candidate]:
        """The article's events before merging; `year` of publication dates its background."""
        sentences = Sentences(text)
        mentions_cache: dict[tuple[int, int], list[EntityMention]] = {}
        speaker: Entity | None = None
        found = []
        located = [(t, sentences.around(t.start)) for t in triggers]
        # An ambiguous word ('killed') adds nothing where a definite trigger ('air strike')
        # already says what happened in the sentence; resolving it could only contradict.
        definite = {(s, t.kind) for t, s in located if not t.kind.startswith("_")}
        for trigger, sentence in located:
            text = folded[sentence[0] : sentence[1]]
            kind = self._resolve(trigger.kind, text)
            if kind is None or blocked(self.lexicon, kind, folded, sentence, trigger.start):
                continue
            if generic_or_background(self.lexicon, folded, sentence, trigger.start):
                continue
            if dated_past(self.lexicon, kind, folded, (trigger.start, trigger.end), year):
                continue
            if trigger.kind.startswith("_") and self._covered(trigger.kind, sentence, definite):
                continue
            mentions = mentions_cache.get(sentence)
            if mentions is None:
                mentions = mentions_cache[sentence] = mentions_in(*sentence)
            info = self.taxonomy[kind]
            span = (trigger.start, trigger.end)
            modality = modality_of(self.lexicon, folded, sentence, span, info.modality, kind)
            reading = None
            if info.actors == "alerting_state":
                reading = self._threat_reading(text, sentence, trigger, mentions)
                if reading is None:
                    continue
                if reading.level_spans and modality != "asserted":
                    masked = _masked(folded, sentence[0], reading.level_spans)
                    modality = modality_of(self.lexicon, masked, sentence, span, info.modality)
                if modality == "historical":
                    # The reader refused dated history ('raised in 2015'); what is left (the
                    # level 'since the 2015 attacks', a change on an anniversary) is current.
                    modality = "asserted"
                if modality in ("future", "hypothetical") and reading.threat.direction in (
                    "maintained",
                    "issued",
                ):
                    # 'will remain at 4', 'warned of possible attacks': a statement made now.
                    modality = "asserted"
            candidate = Candidate(kind, trigger, sentence, modality)
            agent = None
            if info.actors == "directed":
                clause = clause_of(self.lexicon, folded, sentence, span)
                agent = passive_agent(self.lexicon.passive, folded, clause, span, mentions)
            self._fill(candidate, mentions, speaker, text, reading, agent)
            plausible = _plausible(info, candidate, mentions)
            if plausible or self._generic_actor(info, candidate, mentions, folded):
                found.append(candidate)
            speakers = [m.entity for m in mentions if m.entity.kind in ("person", "state")]
            if speakers:
                speaker = next((e for e in speakers if e.kind == "person"), speakers[0])
        return salient(without_shadowed(found, self.lexicon, folded), sentences, folded, year)

    def added(
        self,
        kind: str,
        sentence: tuple[int, int],
        text: str,
        folded: str,
        mentions_in: MentionFinder,
        probability: float,
    ) -> Candidate | None:
        """A hit the classifier found in `sentence` without a trigger. The rules still give it
        actors, place, level and modality (from cues anywhere in the sentence); None when they
        find no actor that the type needs there, or a context or background mention blocks the
        type in the sentence (gates.add_blocked)."""
        if add_blocked(self.lexicon, kind, folded, sentence):
            return None
        info = self.taxonomy[kind]
        modality = sentence_modality(self.lexicon, folded, sentence, info.modality)
        trigger = TriggerMatch(kind, sentence[0], sentence[0])
        candidate = Candidate(kind, trigger, sentence, modality)
        mentions = mentions_in(*sentence)
        reading = None
        if info.actors == "alerting_state":  # an alert needs its level statement
            reading = self._threat_reading(text, sentence, trigger, mentions)
            if reading is None:
                return None
        self._fill(candidate, mentions, None, folded[sentence[0] : sentence[1]], reading)
        if not (
            _plausible(info, candidate, mentions)
            or self._generic_actor(info, candidate, mentions, folded)
        ):
            return None
        candidate.confidence = round(min(0.9, 0.4 + 0.5 * probability), 2)
        return candidate

    def _threat_reading(
        self,
        text: str,
        sentence: tuple[int, int],
        trigger: TriggerMatch,
        mentions: list[EntityMention],
    ) -> Reading | None:
        """The level statement; None for a look-alike (a call to raise it, weather, a market)."""
        countries = [
            (m.entity.country, m.start - sentence[0])
            for m in mentions
            if m.entity.country and m.entity.kind in ("state", "city")
        ]
        surface = text[trigger.start - sentence[0] : trigger.end - sentence[0]]
        return read_threat(self.lexicon.threat_grammar, text, countries, surface)

    def _generic_actor(
        self, info: EventTypeInfo, c: Candidate, mentions: list[EntityMention], folded: str
    ) -> bool:
        """An actor named by its role ('the government agreed to a truce'; a joint summit
        names one side or a place; 'President X said he is ready for talks' with X unknown to
        the gazetteer): the lexicon contexts the taxonomy names for the type."""
        generic = info.generic_actor
        if generic is None:
            return False
        sentence = folded[c.sentence[0] : c.sentence[1]]
        subject = folded[c.sentence[0] : c.trigger.start]
        if self.lexicon.subject_words_after:
            after = folded[c.trigger.end : c.sentence[1]].split()
            subject += " " + " ".join(after[: self.lexicon.subject_words_after])
        has = self.lexicon.has_context
        found = any(has(name, sentence) for name in generic.sentence) or any(
            has(name, subject) for name in generic.subject
        )
        if found and generic.and_mention_or:
            return bool(mentions) or any(has(name, sentence) for name in generic.and_mention_or)
        return found

    def _covered(self, kind: str, sentence: tuple[int, int], definite: set) -> bool:
        return any((sentence, t) in definite for _, t in self.lexicon.resolve.get(kind, ()))

    def _resolve(self, kind: str, sentence: str) -> str | None:
        if not kind.startswith("_"):
            return kind if kind in self.taxonomy else None
        if self.lexicon.excluded(kind, sentence):
            return None
        for context, resolved in self.lexicon.resolve.get(kind, ()):
            # 'police+terror': every named context must be in the sentence
            if context == "*" or all(
                self.lexicon.has_context(name, sentence) for name in context.split("+")
            ):
                return resolved
        return None

    def _fill(
        self,
        c: Candidate,
        mentions: list[EntityMention],
        speaker: Entity | None,
        text: str,
        threat: Reading | None = None,
        agent: Entity | None = None,
    ) -> None:
        c.location = actor_rules.location(mentions)
        reading = self.taxonomy[c.type].actors
        if reading == "directed":
            c.sources, c.targets = actor_rules.directed_actors(
                mentions, c.trigger.start, speaker, agent
            )
        elif reading == "doer":
            c.sources = actor_rules.doer(mentions)
        elif reading == "armed_doer":
            c.sources = actor_rules.doer(mentions, ("state", "group"))
        elif reading == "alerting_state" and threat is not None:
            c.threat = threat.threat
            country = threat.country
            if country and (c.location is None or c.location.country != country):
                c.location = Location(name=country_name(country), country=country)
            own = [m.entity for m in mentions if m.entity.kind == "state"]
            c.sources = [e for e in own if e.country == country][:1] or own[:1]
        strong = not c.trigger.kind.startswith("_")
        c.confidence = round(
            min(
                0.95,
                0.5 + 0.2 * strong + 0.1 * bool(mentions) + 0.1 * bool(c.sources or c.location),
            ),
            2,
        )

    def events(
        self, article: Article, lang: str, version: str, candidates: list[Candidate]
    ) -> list[Event]:
        merged: dict[tuple[object, ...], Candidate] = {}
        for c in candidates:
            key = c.merge_key()
            if key[-1] is None:  # no place or source: the same event as one that has them
                key = next((k for k in merged if k[:-1] == key[:-1]), key)
            best = merged.get(key)
            if best is None:
                merged[key] = c
            elif _preference(c) > _preference(best):
                c.sources = c.sources or best.sources
                c.targets = c.targets or best.targets
                c.location = c.location or best.location
                merged[key] = c
        # An asserted event makes a negated or hypothetical one of the same kind redundant.
        asserted_types = {
            c.type for c in merged.values() if c.modality in ("asserted", "historical")
        }
        tagged_at = utcnow()
        return [
            self._event(article, lang, version, c, tagged_at)
            for c in merged.values()
            if c.modality in ("asserted", "historical") or c.type not in asserted_types
        ]

    def _event(self, article: Article, lang: str, version: str, c: Candidate, tagged_at) -> Event:  # type: ignore[no-untyped-def]
        info = self.taxonomy[c.type]
        start, end = c.sentence
        sentence = article.text[start:end]
        return Event(
            id=Event.make_id(article.id, c.type, start, end),
            type=c.type,
            cameo=info.cameo,
            summary=_summary(info, c),
            actors=Actors(
                source=[actor_rules.to_actor(e) for e in c.sources],
                target=[actor_rules.to_actor(e) for e in c.targets],
            ),
            location=c.location,
            evidence=Evidence(text=sentence, start=start, end=end),
            confidence=c.confidence if c.modality == "asserted" else round(c.confidence * 0.8, 2),
            severity=_severity(info, c, sentence),
            threat_level=c.threat,
            modality=c.modality,  # type: ignore[arg-type]
            plover=Plover.model_validate(info.plover),
            tagger_version=version,
            language=lang,
            article=ArticleRef(
                id=article.id,
                title=article.title,
                url=article.url,
                source=article.source,
                published_at=article.published_at,
            ),
            received_at=article.received_at,
            picked_at=article.picked_at,
            tagged_at=tagged_at,
        )


def _plausible(info: EventTypeInfo, c: Candidate, mentions: list[EntityMention]) -> bool:
    """What the taxonomy requires of the type: a named actor in its sentence ('the offer' of a
    shop is none), or a target (a meeting needs someone to meet)."""
    if info.requires == "target":
        return bool(c.targets)
    if info.requires == "named_actor":
        return any(m.entity.kind in actor_rules.ACTOR_KINDS for m in mentions)
    return True


def _preference(c: Candidate) -> tuple[bool, bool, float]:
    """Which of two reports of one event to keep: a level on a scale over a bare warning."""
    return (c.threat is not None and c.threat.rank is not None, c.threat is not None, c.confidence)


def _masked(folded: str, offset: int, spans: tuple[tuple[int, int], ...]) -> str:
    """`folded` with the level names at `spans` (sentence offsets) blanked out."""
    chars = list(folded)
    for start, end in spans:
        chars[offset + start : offset + end] = " " * (end - start)
    return "".join(chars)


def _severity(info: EventTypeInfo, c: Candidate, sentence: str) -> int:
    if c.threat is not None:
        return _SEVERITY_BY_LEVEL[c.threat.normalized]
    severity = info.severity
    if info.casualties_raise_severity and _CASUALTIES.search(sentence):
        severity += 1
    if c.modality != "asserted":
        severity -= 1
    return max(1, min(5, severity))


def _summary(info: EventTypeInfo, c: Candidate) -> str:
    source = c.sources[0].name if c.sources else None
    target = c.targets[0].name if c.targets else None
    place = c.location.name if c.location else None
    level = f" ({c.threat.level}, {c.threat.normalized})" if c.threat else ""
    text = info.summary.format(
        at_location=f" in {place}" if place else "",
        in_country=f" in {place}" if place else "",
        by_source=f" by {source}" if source else "",
        source_or_group=source or "A group",
        source_or_actor=source or "An actor",
        to_target=f" to {target}" if target else "",
        with_target=f" with {target}" if target else "",
        on_target=f" on {target}" if target else "",
        target_or_blank=f" {target}" if target else "",
        level=level,
    )
    if c.modality != "asserted":
        text += f" [{c.modality}]"
    return text
