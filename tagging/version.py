"""The tagger's version: the code's plus a digest of its data, so any tag can be reproduced."""

from __future__ import annotations

import hashlib
from pathlib import Path

from eventwatch.tagging.classifier import model_digest
from eventwatch.taxonomy import TAXONOMY_FILE

_VERSION = "0.1.0"
PACKAGE_DIR = Path(__file__).parent


def _data_digest() -> str:
    """Every file of the package that is not code: lexicons, gazetteers, trained models."""
    digest = hashlib.sha256()
    digest.update(TAXONOMY_FILE.read_bytes())
    for path in sorted(PACKAGE_DIR.rglob("*")):
        if path.is_file() and path.suffix not in (".py", ".pyc"):
            digest.update(path.relative_to(PACKAGE_DIR).as_posix().encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()[:8]


# The trained classifier's own hash is named too (it is also in the data digest), so that a tag
# says which model made it.
TAGGER_VERSION = f"{_VERSION}+{_data_digest()}.{model_digest()[:8]}"
