"""The `match.query` text query: a small simple_query_string dialect, parsed once.

The same parse tree is evaluated locally against an event (the stream, backtests) and
translated to an Elasticsearch bool query (the percolator copy of the rule), so both
agree by construction instead of by hoping two parsers read the query alike.

Syntax: words and "quoted phrases" must all occur (AND is the default operator);
`a | b` either; `-word` must not occur; `word*` a prefix; parentheses group; `+` is
accepted as an explicit AND. Matching is case-insensitive on word tokens.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

_TOKEN_RE = re.compile(r"\w+(?:['’.]\w+)*")
_LEX_RE = re.compile(r'\s*(?:(?P<op>[()|+-])|"(?P<phrase>[^"]*)"|(?P<word>[^\s()|"]+))')
MAX_QUERY_CHARS = 1000


class QuerySyntaxError(ValueError):
    pass


def tokenize(text: str) -> list[str]:
    return _TOKEN_RE.findall(text.lower())


@dataclass(frozen=True)
class Phrase:
    tokens: tuple[str, ...]


@dataclass(frozen=True)
class Prefix:
    token: str


@dataclass(frozen=True)
class Not:
    node: Node


@dataclass(frozen=True)
class And:
    nodes: tuple[Node, ...]


@dataclass(frozen=True)
class Or:
    nodes: tuple[Node, ...]


Node = Phrase | Prefix | Not | And | Or


def parse_query(text: str) -> Node:
    if len(text) > MAX_QUERY_CHARS:
        raise QuerySyntaxError(f"longer than {MAX_QUERY_CHARS} characters")
    parser = _Parser(_lex(text))
    node = parser.parse_or()
    if parser.peek() is not None:
        raise QuerySyntaxError(f"unexpected {parser.peek()[1]!r}")  # type: ignore[index]
    return node


def _lex(text: str) -> list[tuple[str, str]]:
    items: list[tuple[str, str]] = []
    pos = 0
    text = text.rstrip()
    while pos < len(text):
        match = _LEX_RE.match(text, pos)
        if not match or match.end() == pos:
            raise QuerySyntaxError(f"unbalanced quote at character {pos + 1}")
        pos = match.end()
        kind = match.lastgroup or "op"
        items.append((kind, match.group(kind)))
    return items


class _Parser:
    def __init__(self, items: list[tuple[str, str]]) -> None:
        self.items = items
        self.pos = 0

    def peek(self) -> tuple[str, str] | None:
        return self.items[self.pos] if self.pos < len(self.items) else None

    def take(self) -> tuple[str, str]:
        item = self.items[self.pos]
        self.pos += 1
        return item

    def parse_or(self) -> Node:
        nodes = [self.parse_and()]
        while self.peek() == ("op", "|"):
            self.take()
            nodes.append(self.parse_and())
        return nodes[0] if len(nodes) == 1 else Or(tuple(nodes))

    def parse_and(self) -> Node:
        nodes = [self.parse_unary()]
        while (item := self.peek()) is not None and item not in (("op", "|"), ("op", ")")):
            if item == ("op", "+"):
                self.take()
            nodes.append(self.parse_unary())
        return nodes[0] if len(nodes) == 1 else And(tuple(nodes))

    def parse_unary(self) -> Node:
        item = self.peek()
        if item is None:
            raise QuerySyntaxError("ends where a word was expected")
        if item == ("op", "-"):
            self.take()
            return Not(self.parse_unary())
        if item == ("op", "("):
            self.take()
            node = self.parse_or()
            if self.peek() != ("op", ")"):
                raise QuerySyntaxError("missing ')'")
            self.take()
            return node
        kind, value = self.take()
        if kind == "op":
            raise QuerySyntaxError(f"unexpected {value!r}")
        return _leaf(kind, value)


def _leaf(kind: str, value: str) -> Node:
    if kind == "word" and value.endswith("*"):
        tokens = tokenize(value[:-1])
        if len(tokens) != 1:
            raise QuerySyntaxError(f"prefix {value!r} must be a single word followed by *")
        return Prefix(tokens[0])
    tokens = tokenize(value)
    if not tokens:
        raise QuerySyntaxError(f"{value!r} contains no word to search for")
    return Phrase(tuple(tokens))


def evaluate(node: Node, fields: Sequence[Sequence[str]]) -> bool:
    """`fields` holds the token list of each text value (summary, evidence, each actor)."""
    if isinstance(node, Phrase):
        return any(_contains(tokens, node.tokens) for tokens in fields)
    if isinstance(node, Prefix):
        return any(t.startswith(node.token) for tokens in fields for t in tokens)
    if isinstance(node, Not):
        return not evaluate(node.node, fields)
    if isinstance(node, And):
        return all(evaluate(n, fields) for n in node.nodes)
    return any(evaluate(n, fields) for n in node.nodes)


def _contains(tokens: Sequence[str], phrase: tuple[str, ...]) -> bool:
    n = len(phrase)
    if n == 1:
        return phrase[0] in tokens
    return any(tuple(tokens[i : i + n]) == phrase for i in range(len(tokens) - n + 1))


def to_elasticsearch(node: Node, fields: Sequence[str]) -> dict[str, Any]:
    """The same tree as an Elasticsearch query over `fields` (standard-analyzed text)."""
    if isinstance(node, Phrase):
        return {
            "multi_match": {
                "query": " ".join(node.tokens),
                "type": "phrase",
                "fields": list(fields),
                "analyzer": "standard",
            }
        }
    if isinstance(node, Prefix):
        should = [{"prefix": {field: node.token}} for field in fields]
        return {"bool": {"should": should, "minimum_should_match": 1}}
    if isinstance(node, Not):
        return {"bool": {"must_not": [to_elasticsearch(node.node, fields)]}}
    if isinstance(node, And):
        return {"bool": {"must": [to_elasticsearch(n, fields) for n in node.nodes]}}
    should = [to_elasticsearch(n, fields) for n in node.nodes]
    return {"bool": {"should": should, "minimum_should_match": 1}}
