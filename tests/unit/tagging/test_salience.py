"""Article-level salience: an event named in passing deep inside a long article about
something else is no event of the article; the same words in a headline, a lead, a short
text, or twice in the story are."""

FILLER_DE = [
    "Das Filmfestival in Graz ging am Sonntag mit einer Gala zu Ende.",
    "Die Jury zeichnete einen Dokumentarfilm über eine Bergbauernfamilie aus.",
    "Die Regisseurin bedankte sich bei ihrem kleinen Team für drei Jahre Arbeit.",
    "Insgesamt kamen mehr als zwanzigtausend Besucher in die Kinos der Stadt.",
    "Besonders gefragt waren die Vorführungen am späten Abend.",
    "Die Veranstalter planen für das nächste Jahr einen zusätzlichen Spielort.",
    "Auch die Kurzfilmschiene soll ausgebaut werden.",
    "Der Eintritt für Schülerinnen und Schüler bleibt weiterhin frei.",
]
BACKGROUND_DE = "Ihr Vater hatte 1968 in Wien gegen den Vietnamkrieg demonstriert."
HEADLINE_DE = "Tausende demonstrieren in Graz gegen Kürzungen bei der Kulturförderung."


def _article(sentences: list[str]) -> str:
    return " ".join(sentences)


def test_dated_passing_mention_in_a_long_article_is_no_event(types_of) -> None:  # type: ignore[no-untyped-def]
    text = _article(FILLER_DE[:5] + [BACKGROUND_DE] + FILLER_DE[5:])
    assert "protest" not in types_of(text, "de")


def test_the_same_sentence_alone_is_an_event(types_of) -> None:  # type: ignore[no-untyped-def]
    assert "protest" in types_of("Die Studenten haben in Wien gegen den Krieg demonstriert.", "de")


def test_an_event_in_the_headline_is_kept(types_of) -> None:  # type: ignore[no-untyped-def]
    assert "protest" in types_of(_article([HEADLINE_DE] + FILLER_DE), "de")


def test_an_event_the_story_returns_to_is_kept(types_of) -> None:  # type: ignore[no-untyped-def]
    late = [
        "Vor dem Kino demonstrierten am Samstag Studenten gegen die Kürzungen.",
        "Die Demonstranten zogen danach mit Transparenten zum Rathaus.",
    ]
    text = _article(FILLER_DE[:6] + late + FILLER_DE[6:])
    assert "protest" in types_of(text, "de")


def test_a_later_mention_continuing_the_headline_story_is_kept(types_of) -> None:  # type: ignore[no-untyped-def]
    sentences = [
        "Der französische Präsident Macron traf in Berlin Bundeskanzler Scholz.",
        "Die beiden sprachen über die Energiepreise und die Lage in der Ukraine.",
        "Das Treffen dauerte länger als geplant.",
        "Danach besichtigten die beiden eine Ausstellung im Kanzleramt.",
        "Am Abend gab es ein gemeinsames Essen.",
        "Die Stimmung galt als gelöst.",
        "Beobachter sprachen von einem freundlichen Austausch.",
        "Frankreich warf Russland bei der Pressekonferenz vor, Getreidelieferungen zu blockieren.",
        "Am Dienstag reist Macron weiter nach Warschau.",
    ]
    assert "accusation" in types_of(_article(sentences), "de")


def test_english_background_from_a_past_decade_is_no_event(types_of) -> None:  # type: ignore[no-untyped-def]
    filler = [
        "The old bakery on Main Street reopened on Saturday under new owners.",
        "Queues formed before dawn as regulars waited for the first loaves.",
        "The new owners kept the original oven and most of the recipes.",
        "They plan to add a small cafe in the back room next spring.",
        "Prices have risen slightly to cover the cost of flour.",
        "In 1979 the founder led a boycott of the supermarket chain across the road.",
        "The town council welcomed the reopening in a short statement.",
        "Opening hours will stay the same as before.",
        "A second shop is not planned for now.",
    ]
    assert "protest" not in types_of(_article(filler), "en")
    assert "protest" in types_of(filler[5], "en")


def _reported_types(tagger, text: str, published: str | None) -> set[str]:  # type: ignore[no-untyped-def]
    from eventwatch.models import Article

    article = Article(id="t", text=text, language="de", published_at=published)
    return {e.type for e in tagger.tag(article) if e.modality in ("asserted", "historical")}


def test_a_year_before_publication_dates_background(tagger) -> None:  # type: ignore[no-untyped-def]
    text = _article(FILLER_DE[:5] + [BACKGROUND_DE] + FILLER_DE[5:])
    assert "protest" not in _reported_types(tagger, text, "2024-05-02T10:00:00Z")


def test_the_publication_year_itself_is_no_background(tagger) -> None:  # type: ignore[no-untyped-def]
    current = [
        "Am 1. Mai 2024 demonstrierten in Graz Studenten gegen die Kürzungen.",
        "Die Demonstranten zogen danach mit Transparenten zum Rathaus.",
    ]
    text = _article(FILLER_DE[:5] + current + FILLER_DE[5:])
    assert "protest" in _reported_types(tagger, text, "2024-05-02T10:00:00Z")
    assert "protest" not in _reported_types(tagger, text, None)  # undated: any year is background
