"""Where the tagger's data lives (lexicons, gazetteers, demonyms), inside the package."""

from pathlib import Path

DATA_DIR = Path(__file__).parent / "data"
