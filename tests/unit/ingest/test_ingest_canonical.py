from eventwatch.ingest.canonical import canonical_url, content_hash, feed_article_id


def test_tracking_parameters_case_ports_and_fragments_make_no_new_article() -> None:
    plain = "https://news.example.org/world/strike?id=7"
    spellings = [
        "https://News.Example.org:443/world/strike?utm_source=rss&id=7&utm_medium=feed#comments",
        "https://news.example.org/world/strike?fbclid=abc&id=7",
        "HTTPS://news.example.org/world/strike?id=7&gclid=x&mc_cid=1",
    ]
    assert {canonical_url(s) for s in spellings} == {plain}
    assert {feed_article_id(s) for s in spellings} == {feed_article_id(plain)}


def test_meaningful_parameters_paths_and_ports_are_kept() -> None:
    assert canonical_url("http://example.org:8080/A/b?page=2&id=1") == (
        "http://example.org:8080/A/b?id=1&page=2"
    )
    assert feed_article_id("https://example.org/a?id=1") != feed_article_id(
        "https://example.org/a?id=2"
    )


def test_content_hash_ignores_spacing_case_and_unicode_form() -> None:
    assert content_hash("Strike", "Dock  workers\nstrike.") == content_hash(
        "STRIKE", "dock workers strike."
    )
    assert content_hash("Café", "x") == content_hash("Cafe\u0301", "x")
    assert content_hash("Strike", "Dock workers strike.") != content_hash("Strike", "Other.")
