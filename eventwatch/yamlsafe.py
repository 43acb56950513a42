"""YAML for documents users write (rules, feeds): safe tags only, bounded size and aliases.

PyYAML shares an aliased node instead of copying it, so a 'billion laughs' file loads fast;
it explodes later, when anything walks or prints the value (a 2.7 GB error message). Rules
and feeds have no use for more than a few aliases, so a loader that counts them refuses
such a file while it is being read.
"""

from __future__ import annotations

from typing import Any

import yaml

MAX_DOCUMENT_BYTES = 1024 * 1024
MAX_ALIASES = 100
# Nodes of a document once every alias is expanded: a large rules file has a few thousand.
MAX_EXPANDED_NODES = 100_000


class YamlTooLarge(ValueError):
    """Refused before or while loading; the message says which limit."""


class _LimitedLoader(yaml.SafeLoader):
    def __init__(self, stream: str) -> None:
        super().__init__(stream)
        self.aliases_seen = 0

    def compose_node(self, parent: Any, index: Any) -> Any:  # noqa: ANN401 - PyYAML's node types
        if self.check_event(yaml.AliasEvent):
            self.aliases_seen += 1
            if self.aliases_seen > MAX_ALIASES:
                raise YamlTooLarge(f"more than {MAX_ALIASES} YAML aliases (*name)")
        return super().compose_node(parent, index)

    def construct_document(self, node: Any) -> Any:  # noqa: ANN401
        if _expanded_size(node, {}) > MAX_EXPANDED_NODES:
            raise YamlTooLarge(f"its YAML aliases expand to more than {MAX_EXPANDED_NODES} values")
        return super().construct_document(node)


def _expanded_size(node: Any, sizes: dict[int, int]) -> int:  # noqa: ANN401
    """Values in the node once aliases are copied out; shared nodes are sized once."""
    known = sizes.get(id(node))
    if known is not None:
        return known
    sizes[id(node)] = 1  # a node that contains itself counts once, not forever
    size = 1
    if isinstance(node, yaml.SequenceNode):
        size += sum(_expanded_size(child, sizes) for child in node.value)
    elif isinstance(node, yaml.MappingNode):
        size += sum(_expanded_size(k, sizes) + _expanded_size(v, sizes) for k, v in node.value)
    sizes[id(node)] = size
    return size


def load_all(text: str, *, max_bytes: int = MAX_DOCUMENT_BYTES) -> list[Any]:
    """The documents of a multi-document YAML text; YamlTooLarge or yaml.YAMLError if refused."""
    size = len(text.encode("utf-8", errors="replace"))
    if size > max_bytes:
        raise YamlTooLarge(f"too large: {size} bytes, limit {max_bytes}")
    loader = _LimitedLoader(text)
    try:
        documents = []
        while loader.check_data():
            documents.append(loader.get_data())
        return documents
    finally:
        loader.dispose()
