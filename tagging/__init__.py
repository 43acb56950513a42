"""Event tagging: article -> events, with spaCy pipelines per language and the taxonomy as data.

from eventwatch.tagging import Tagger, TAGGER_VERSION
events = Tagger().tag(article)
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from eventwatch.tagging.tagger import Tagger

_VERSION = "0.1.0"


def _data_digest() -> str:
    digest = hashlib.sha256()
    data = Path(__file__).parent / "data"
    for path in sorted(data.rglob("*.json")):
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:8]


# The code version plus a digest of the lexicons and gazetteers: any tag can be reproduced.
TAGGER_VERSION = f"{_VERSION}+{_data_digest()}"

__all__ = ["TAGGER_VERSION", "Tagger"]
