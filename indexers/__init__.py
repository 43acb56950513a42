"""indexers: event -> Elasticsearch (templates and mappings, bulk writer, search)."""

# eventwatch's package init makes the 7.x Elasticsearch client importable under NumPy 2;
# our modules import elasticsearch, so load it first.
import eventwatch  # noqa: F401
