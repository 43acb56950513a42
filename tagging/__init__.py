"""Event tagging: article -> events, with spaCy pipelines per language and the taxonomy as data.

from eventwatch.tagging import Tagger, TAGGER_VERSION
events = Tagger().tag(article)
"""

from __future__ import annotations

from eventwatch.tagging.tagger import Tagger
from eventwatch.tagging.version import TAGGER_VERSION

__all__ = ["TAGGER_VERSION", "Tagger"]
