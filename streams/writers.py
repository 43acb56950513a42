"""The one bulk-writer configuration the agents use (and the pipeline benchmark's raw copy,
so that its baseline writes exactly as the pipeline does)."""

from __future__ import annotations

from typing import Any

from eventwatch.indexers.bulk import BulkWriter
from eventwatch.names import Names

# BulkWriter retries on its own while Elasticsearch is away; bounding one call makes it raise
# TimeoutError instead, so the agent's retry_transient logs the outage, backs off and stays
# cancellable (a worker thread in an endless retry loop would hold up shutdown).
GIVE_UP_AFTER_S = 10.0


def bulk_writer(es: Any, names: Names) -> BulkWriter:
    return BulkWriter(es, names, give_up_after=GIVE_UP_AFTER_S)
