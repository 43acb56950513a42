"""Per-language lexicons (tagging/data/lexicon/<lang>.json) compiled into regular expressions.

Trigger patterns are lowercase regexes matched on the lowercased article text. A pattern
matches at a word start (after the lexicon's 'trigger_prefix', if any) unless it begins with
'~', which lets German and Russian compounds match inside a word ('~anschlag' finds
'Terroranschlag'). '@lemma' stands for every inflection of a lemma (tagging/lemma_forms.py:
'@accuse' is 'accuse', 'accused', 'accuses', 'accusing'). One expression per language, arranged
as a trie of first characters (tagging/dispatch.py), scans a whole article in one C-level pass
(case folding is done once by str.lower rather than per comparison); everything slower runs
only on the sentences where a trigger matched.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import lru_cache

from eventwatch.tagging.data_files import DATA_DIR
from eventwatch.tagging.dispatch import DispatchedAlternation, compile_dispatched
from eventwatch.tagging.lemma_forms import expand, load_forms
from eventwatch.tagging.normalise import fold_arabic_strings
from eventwatch.tagging.threat_grammar import Grammar, compile_grammar
from eventwatch.tagging.voice import PassiveGrammar, compile_passive
from eventwatch.taxonomy import load_taxonomy

FLAGS = re.IGNORECASE | re.UNICODE
_WORD = re.compile(r"\w+")
_WORD_CACHE_LIMIT = 200_000
_INFIX_REACH = 120  # characters a compound pattern may look ahead past its word


def fold(text: str) -> str:
    """Lowercase with offsets kept: characters whose lowercase is longer stay as they are."""
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    return "".join(c if len(low := c.lower()) != 1 else low for c in text)


@dataclass(frozen=True)
class TriggerMatch:
    kind: str  # an event type, or an ambiguous class like '_attack' resolved by context
    start: int
    end: int


@dataclass
class Lexicon:
    lang: str
    triggers: DispatchedAlternation
    infix_triggers: re.Pattern[str] | None
    context: dict[str, re.Pattern[str]]
    exclude: dict[str, list[str]]
    cues: dict[str, re.Pattern[str]]
    threat_grammar: Grammar
    resolve: dict[str, list[tuple[str, str]]] = field(default_factory=dict)
    infix_heads: re.Pattern[str] | None = None
    clause_breaks: re.Pattern[str] | None = None  # words that open a clause (modality scope)
    not_events: re.Pattern[str] | None = None  # generic mentions and background references
    cue_words_after: int | None = None  # how many words after a trigger a cue may stand
    complementizers: re.Pattern[str] | None = None  # 'that': a comma before it ends no clause
    negation_particles: re.Pattern[str] | None = None  # 'not' inside a trigger negates it
    # 'no identificados': a particle that negates the adjective after it, not the clause
    negated_modifiers: re.Pattern[str] | None = None
    # the negated verb of a clause whose subject is the trigger ('did not take place')
    predicate_negation: re.Pattern[str] | None = None
    # modality -> what a trigger that opens with it reports in that modality ('impondrá')
    trigger_cues: dict[str, re.Pattern[str]] = field(default_factory=dict)
    trigger_cues_skip: frozenset[str] = frozenset()  # types whose own tense is the event
    passive: PassiveGrammar | None = None  # how the language names a passive's agent
    # a trigger dated by a year right after it ('the massacre of 1995') or before it ('the 2004
    # bombings'): tagging/gates.py compares the year with the article's
    dated_after: re.Pattern[str] | None = None
    dated_before: re.Pattern[str] | None = None
    # verb-first languages (Arabic): the subject may follow the trigger by this many words
    subject_words_after: int = 0
    types: set[str] = field(default_factory=set)
    _infix_words: dict[str, bool] = field(default_factory=dict)

    def find_triggers(self, folded: str) -> list[TriggerMatch]:
        """Trigger matches in `folded` (the output of fold(text)), in text order."""
        kinds = self.triggers.kinds
        found = [
            TriggerMatch(kinds[m.lastgroup or ""], *m.span())
            for m in self.triggers.pattern.finditer(folded)
        ]
        if self.infix_triggers is not None:
            found += self._infix_matches(folded)
            found.sort(key=lambda t: t.start)
        return found

    def _infix_matches(self, folded: str) -> list[TriggerMatch]:
        # An unanchored regex tries every alternative at every character; instead test each
        # distinct word once (cached across articles), then match only where a word hit.
        assert self.infix_triggers is not None
        found = []
        for word in set(_WORD.findall(folded)):
            if word not in self._infix_words:
                if len(self._infix_words) > _WORD_CACHE_LIMIT:
                    self._infix_words.clear()
                self._infix_words[word] = bool(self.infix_heads.search(word))  # type: ignore[union-attr]
            if not self._infix_words[word]:
                continue
            position = folded.find(word)
            while position >= 0:
                end = position + len(word)
                if (position == 0 or not folded[position - 1].isalnum()) and (
                    end == len(folded) or not folded[end].isalnum()
                ):
                    match = self.infix_triggers.search(folded, position, end + _INFIX_REACH)
                    if match and match.start() < end:
                        found.append(TriggerMatch(match.lastgroup or "", *match.span()))
                position = folded.find(word, end)
        return found

    def has_context(self, name: str, text: str) -> bool:
        pattern = self.context.get(name)
        return bool(pattern and pattern.search(text))

    def has_domain(self, name: str, text: str) -> bool:
        """Whether a domain context (court, sport...) is in `text` outside the senses its
        '<name>_political' context lists: the International Court of Justice, with states as
        parties, is a political actor, not a court case."""
        political = self.context.get(f"{name}_political")
        if political is not None:
            text = political.sub(lambda m: " " * len(m.group(0)), text)
        return self.has_context(name, text)

    def excluded(self, kind: str, sentence: str) -> bool:
        return any(self.has_domain(name, sentence) for name in self.exclude.get(kind, ()))


def _bounded(patterns: list[str], compounds: bool = True) -> str:
    """One alternation matching at word starts; with `compounds`, a leading '~' matches inside
    words (else such a pattern needs a literal '~', i.e. never matches: the old behaviour)."""
    inside = [p[1:] for p in patterns if p.startswith("~")] if compounds else []
    starts = [p for p in patterns if compounds is False or not p.startswith("~")]
    parts = [r"(?<!\w)(?:" + "|".join(starts) + ")"] if starts else []
    if inside:
        parts.append("(?:" + "|".join(inside) + ")")
    return "|".join(parts) or r"(?!)"


def ordered_triggers(triggers: dict[str, list[str]], *, infix: bool) -> list[tuple[str, str]]:
    """(kind, pattern) in matching priority: lexicon order of kinds, and within a kind longer
    patterns first so 'suicide bombing' wins over 'bombing'."""
    ordered = []
    for kind, patterns in triggers.items():
        chosen = [p[1:] if infix else p for p in patterns if p.startswith("~") == infix]
        ordered += [(kind, p) for p in sorted((p.lower() for p in chosen), key=len, reverse=True)]
    return ordered


def compile_plain_triggers(ordered: list[tuple[str, str]], prefix: str = "") -> re.Pattern[str]:
    """The plain alternation: one named group per kind, in priority order."""
    groups: list[tuple[str, list[str]]] = []
    for kind, pattern in ordered:
        if groups and groups[-1][0] == kind:
            groups[-1][1].append(pattern)
        else:
            groups.append((kind, [pattern]))
    body = "|".join(f"(?P<{kind}>{'|'.join(patterns)})" for kind, patterns in groups)
    return re.compile(f"{prefix}(?:{body or '(?!)'})")


def trigger_prefix(raw: dict) -> str:
    """What every word-start trigger begins with: a word start, then the lexicon's optional
    'trigger_prefix' (Arabic: clitics and the article, written once instead of per trigger,
    which also lets the triggers be dispatched on their first letter)."""
    prefix = raw.get("trigger_prefix")
    return rf"\b(?:{prefix})" if prefix else r"\b"


def _compile_infix(triggers: dict[str, list[str]]) -> re.Pattern[str] | None:
    ordered = ordered_triggers(triggers, infix=True)
    return compile_plain_triggers(ordered) if ordered else None


def _compile_heads(triggers: dict[str, list[str]]) -> re.Pattern[str] | None:
    """Compound patterns without their lookahead, up to their first space: what a single word
    must contain ('~beschwerde\\w* über' is tested on 'beschwerden', then matched in full)."""
    heads = []
    for pattern in (p for ps in triggers.values() for p in ps if p.startswith("~")):
        head = re.sub(r"\(\?=.*\)$", "", pattern[1:]).lower().split(" ", 1)[0]
        try:
            re.compile(head)
        except re.error as exc:
            raise ValueError(f"compound trigger {pattern!r}: its first word is no regex") from exc
        heads.append(head)
    return re.compile("|".join(heads)) if heads else None


@lru_cache(maxsize=16)
def load_lexicon(lang: str) -> Lexicon | None:
    path = DATA_DIR / "lexicon" / f"{lang}.json"
    if not path.exists():
        return None
    raw = raw_lexicon(lang)
    # Lexicons opt in to '~' in contexts and cues: older ones were tuned while it matched nothing.
    compounds = bool(raw.get("compound_contexts", False))
    context = {
        name: re.compile(_bounded(p, compounds), FLAGS)
        for name, p in raw.get("context", {}).items()
    }
    exclude = raw.get("exclude", {})
    for kind, names in exclude.items():
        missing = [n for n in names if n not in context]
        if missing:
            raise ValueError(f"{path.name}: exclude[{kind}] names unknown contexts {missing}")
    return Lexicon(
        lang=lang,
        # Word-start triggers run on every word of every article: dispatched on their first
        # character (tagging/dispatch.py), which was most of the tagger's time beyond spaCy.
        triggers=compile_dispatched(
            ordered_triggers(raw["triggers"], infix=False), trigger_prefix(raw)
        ),
        infix_triggers=_compile_infix(raw["triggers"]),
        infix_heads=_compile_heads(raw["triggers"]),
        context=context,
        exclude=exclude,
        cues={
            name: re.compile(_bounded(p, compounds), FLAGS)
            for name, p in raw.get("cues", {}).items()
        },
        threat_grammar=compile_grammar(raw.get("threat_levels", {}), lang),
        resolve=_resolve_rules(raw, context, path.name),
        clause_breaks=_optional(raw.get("clause_breaks")),
        not_events=_optional(raw.get("not_events")),
        cue_words_after=raw.get("cue_words_after"),
        complementizers=_optional(raw.get("complementizers")),
        negation_particles=_optional(raw.get("negation_particles")),
        negated_modifiers=_optional(raw.get("negated_modifiers")),
        predicate_negation=_optional(raw.get("predicate_negation")),
        trigger_cues={
            name: re.compile("(?:" + "|".join(patterns) + r")(?!\w)", FLAGS)
            for name, patterns in raw.get("trigger_cues", {}).items()
            if patterns
        },
        trigger_cues_skip=frozenset(raw.get("trigger_cues_skip", ())),
        passive=compile_passive(raw.get("passive")),
        subject_words_after=raw.get("subject_words_after", 0),
        dated_after=_dated(raw.get("dated_by_year", {}).get("after"), after=True),
        dated_before=_dated(raw.get("dated_by_year", {}).get("before"), after=False),
        types={k for k in raw["triggers"] if not k.startswith("_")},
    )


_YEAR = r"(1[89]\d\d|20\d\d)(?!\d)"  # the only capturing group of the patterns


def _dated(patterns: list[str] | None, *, after: bool) -> re.Pattern[str] | None:
    """'{year}' in the patterns stands for a four-digit year; matched from a trigger's end
    (up to three words later) or up to its start (up to two words earlier)."""
    if not patterns:
        return None
    body = "(?:" + "|".join(p.replace("{year}", _YEAR) for p in patterns) + ")"
    if after:
        return re.compile(r"\W*(?:\w+\W+){0,3}?" + body, FLAGS)
    return re.compile(r"(?<!\w)" + body + r"\W*(?:\w+\W+){0,2}$", FLAGS)


def _optional(patterns: list[str] | None) -> re.Pattern[str] | None:
    return re.compile(_bounded(patterns), FLAGS) if patterns else None


def raw_lexicon(lang: str) -> dict:
    """The lexicon file's content with every '@lemma' replaced by the lemma's inflected
    forms (tagging/lemma_forms.py)."""
    path = DATA_DIR / "lexicon" / f"{lang}.json"
    raw = json.loads(path.read_text(encoding="utf-8"))
    if lang == "ar":  # matched against folded text (tagging/normalise.py)
        raw = fold_arabic_strings(raw)
    name = path.name
    forms = load_forms(lang)
    for section in (
        "clause_breaks",
        "not_events",
        "complementizers",
        "negation_particles",
        "negated_modifiers",
        "predicate_negation",
    ):
        raw[section] = [expand(p, forms, f"{name}: {section}") for p in raw.get(section, [])]
    for section in ("triggers", "context", "cues"):
        raw[section] = {
            key: [expand(p, forms, f"{name}: {section}[{key}]") for p in patterns]
            for key, patterns in raw.get(section, {}).items()
        }
    return raw


def _default_resolve() -> dict[str, list[tuple[str, str]]]:
    """Ambiguous trigger classes ('_attack': 'attack', 'raid') become a type by the first context
    the sentence matches, in the taxonomy's order; a lexicon may override or add classes under
    "resolve"."""
    rules: dict[str, list[tuple[str, str]]] = {}
    for name, info in load_taxonomy().items():
        for kind, context in info.resolves.items():
            rules.setdefault(kind, []).append((context, name))
    return rules


def _resolve_rules(
    raw: dict, context: dict[str, re.Pattern[str]], name: str
) -> dict[str, list[tuple[str, str]]]:
    rules = {
        **_default_resolve(),
        **{k: [tuple(r) for r in v] for k, v in raw.get("resolve", {}).items()},
    }
    for kind, pairs in rules.items():
        for ctx, _ in pairs:
            unknown = [c for c in ctx.split("+") if c != "*" and c not in context]
            if unknown and kind in raw["triggers"]:
                raise ValueError(f"{name}: resolve[{kind}] names unknown context {unknown[0]!r}")
    return rules


def available_languages() -> list[str]:
    return list(_lexicon_files())


@lru_cache(maxsize=1)
def _lexicon_files() -> tuple[str, ...]:
    # Asked once per article: a directory listing each time was 5-10% of tagging time.
    return tuple(sorted(p.stem for p in (DATA_DIR / "lexicon").glob("*.json")))
