import pytest

from eventwatch.models import Article
from eventwatch.tagging import Tagger


@pytest.fixture(scope="session")
def tagger() -> Tagger:
    return Tagger()


@pytest.fixture(scope="session")
def types_of(tagger):  # type: ignore[no-untyped-def]
    """Asserted (or historical) event types the tagger finds in a text."""

    def run(text: str, lang: str) -> set[str]:
        events = tagger.tag(Article(id="t", text=text, language=lang))
        return {e.type for e in events if e.modality in ("asserted", "historical")}

    return run
