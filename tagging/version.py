"""The tagger's version: the code's plus a digest of its data, so any tag can be reproduced."""

from __future__ import annotations

import hashlib

from eventwatch.tagging.data_files import DATA_DIR
from eventwatch.taxonomy import TAXONOMY_FILE

_VERSION = "0.1.0"


def _data_digest() -> str:
    digest = hashlib.sha256()
    digest.update(TAXONOMY_FILE.read_bytes())
    for path in sorted(DATA_DIR.rglob("*")):
        if path.is_file():
            digest.update(path.relative_to(DATA_DIR).as_posix().encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()[:8]


TAGGER_VERSION = f"{_VERSION}+{_data_digest()}"
