"""Language detection (py3langid, restricted to the languages news is written in)."""

import pytest

from eventwatch.tagging.language import detect_language, detection_accuracy


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The government announced new measures to support farmers after the drought."),
        ("de", "Die Regierung kündigte nach der Dürre neue Hilfen für Landwirte an."),
        (
            "fr",
            "Le gouvernement a annoncé de nouvelles aides aux agriculteurs après la sécheresse.",
        ),
        ("es", "El Gobierno anunció nuevas ayudas para los agricultores tras la sequía."),
        ("ru", "Правительство объявило о новых мерах поддержки фермеров после засухи."),
        ("ar", "أعلنت الحكومة عن إجراءات جديدة لدعم المزارعين بعد الجفاف."),
        ("it", "Il governo ha annunciato nuove misure per gli agricoltori dopo la siccità."),
    ],
)
def test_detects_news_languages(lang: str, text: str) -> None:
    assert detect_language(text) == lang


def test_short_spanish_headline_is_not_a_regional_language() -> None:
    # Short Spanish texts are what langid's full model gives to Aragonese ('an').
    assert detect_language("PROTESTAN LOS MINEROS EN ASTURIAS") == "es"


def test_too_few_letters_is_none() -> None:
    assert detect_language("12 34 !!") is None


def test_accuracy_report_per_language() -> None:
    report = detection_accuracy(
        [("Die Polizei meldete am Abend keine Zwischenfälle.", "de"),
         ("The police reported no incidents in the evening.", "en"),
         ("The police reported no incidents in the evening.", "de")]  # a wrong label
    )  # fmt: skip
    assert report["detector"] == "py3langid"
    assert report["n"] == 3
    by_language = report["by_language"]
    assert by_language["en"] == {"accuracy": 1.0, "n": 1, "confused_with": {}}  # type: ignore[index]
    assert by_language["de"] == {"accuracy": 0.5, "n": 2, "confused_with": {"en": 1}}  # type: ignore[index]
