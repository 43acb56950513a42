import pytest

from eventwatch.ingest.feed_document import FULL_TEXT_CHARS, MalformedFeed, parse_feed_document
from eventwatch.stack.news_site import BOMB

RSS = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>
<title>Harbour Herald</title>
<item><title>Dock strike</title><link>https://news.example.org/a/1</link>
<description>&lt;p&gt;Dock workers walked out.&lt;/p&gt;</description>
<pubDate>Mon, 30 Nov 2026 08:00:00 GMT</pubDate></item>
<item><title>Long story</title><link>https://news.example.org/a/2</link>
<content:encoded><![CDATA[<p>{body}</p>]]></content:encoded></item>
</channel></rss>"""


def test_entries_carry_title_teaser_link_date_and_whether_they_are_whole() -> None:
    body = "The port stood still. " * (FULL_TEXT_CHARS // 20)
    document = parse_feed_document(RSS.replace("{body}", body).encode())
    assert document.title == "Harbour Herald"
    teaser, whole = document.entries
    assert (teaser.title, teaser.text, teaser.url) == (
        "Dock strike",
        "Dock workers walked out.",
        "https://news.example.org/a/1",
    )
    assert teaser.published_at == "2026-11-30T08:00:00+00:00"
    assert not teaser.full
    assert whole.full and whole.text.startswith("The port stood still.")


def test_an_xml_bomb_is_refused_before_it_is_expanded() -> None:
    with pytest.raises(MalformedFeed, match="declares XML entities"):
        parse_feed_document(BOMB)


def test_an_external_entity_is_refused() -> None:
    raw = (
        b'<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
        b'<rss version="2.0"><channel><title>&x;</title></channel></rss>'
    )
    with pytest.raises(MalformedFeed, match="refused"):
        parse_feed_document(raw)


@pytest.mark.parametrize(
    "raw", [b"<html><body>a web page</body></html>", b"\x00\x01 not xml", b"<rss><channel><item>"]
)
def test_what_is_no_feed_is_malformed(raw: bytes) -> None:
    with pytest.raises(MalformedFeed):
        parse_feed_document(raw)


def test_eventwatch_ingest_refuses_an_xml_bomb_file_too() -> None:
    from eventwatch.ingest.feeds import feed_items

    [item] = list(feed_items(BOMB, "bomb.xml"))
    assert item.error is not None and "XML entities" in item.error
    assert item.raw == BOMB  # kept for the dead-letter queue
