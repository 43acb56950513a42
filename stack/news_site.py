"""A local news site: RSS feeds with teaser-only items and the article pages behind them.

`eventwatch up` serves the sample articles from it, the integration tests and `eventwatch
bench feeds` drive it. Feeds answer conditional GETs (ETag, Last-Modified -> 304) and gzip;
a feed can be made slow, malformed, an XML bomb, or answer 503 with Retry-After. Every
request is logged (path, start, end, status) so tests can see who asked what and when.
"""

from __future__ import annotations

import gzip
import hashlib
import html
import threading
import time
from dataclasses import dataclass, field
from email.utils import formatdate
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from xml.sax.saxutils import escape

BEHAVIOURS = ("normal", "slow", "malformed", "bomb", "unavailable")
ROBOTS = "User-agent: *\nDisallow: /private/\n"


@dataclass
class SiteArticle:
    slug: str
    title: str
    text: str
    published: float = field(default_factory=time.time)

    @property
    def teaser(self) -> str:
        return self.text.split(". ")[0].rstrip(".") + "."


@dataclass
class SiteFeed:
    name: str
    behaviour: str = "normal"
    delay: float = 0.0  # seconds, for "slow"
    pages: bool = True  # False: the article pages answer 404 (the feed's teaser must do)
    articles: list[SiteArticle] = field(default_factory=list)
    changed: float = field(default_factory=time.time)


@dataclass(frozen=True)
class Request:
    path: str
    started: float
    ended: float
    status: int


class NewsSite:
    def __init__(self, host: str = "127.0.0.1", port: int = 0) -> None:
        self.feeds: dict[str, SiteFeed] = {}
        self.requests: list[Request] = []  # answered
        self.starts: list[tuple[str, float]] = []  # every request as soon as it arrives
        self.lock = threading.Lock()
        self.server = ThreadingHTTPServer((host, port), _handler(self))
        self.server.daemon_threads = True
        self.thread: threading.Thread | None = None

    @property
    def base_url(self) -> str:
        host, port = self.server.server_address[:2]
        name = host.decode() if isinstance(host, bytes) else host
        return f"http://{name}:{port}"

    def feed_url(self, name: str) -> str:
        return f"{self.base_url}/feeds/{name}.xml"

    def page_url(self, feed: str, slug: str) -> str:
        return f"{self.base_url}/articles/{feed}/{slug}.html"

    def add_feed(self, name: str, behaviour: str = "normal", *, delay: float = 0.0) -> SiteFeed:
        if behaviour not in BEHAVIOURS:
            raise ValueError(f"behaviour must be one of {', '.join(BEHAVIOURS)}")
        with self.lock:
            feed = self.feeds[name] = SiteFeed(name, behaviour, delay)
        return feed

    def publish(self, feed: str, slug: str, title: str, text: str) -> SiteArticle:
        article = SiteArticle(slug, title, text)
        with self.lock:
            target = self.feeds[feed]
            target.articles.insert(0, article)
            target.changed = time.time()
        return article

    def requests_for(self, path: str) -> list[Request]:
        with self.lock:
            return [r for r in self.requests if r.path == path]

    def starts_for(self, path: str) -> list[float]:
        """When requests for path arrived, answered or not yet."""
        with self.lock:
            return [started for where, started in self.starts if where == path]

    def start(self) -> NewsSite:
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()
        return self

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()

    def __enter__(self) -> NewsSite:
        return self.start()

    def __exit__(self, *exc: Any) -> None:
        self.stop()

    # --- documents ------------------------------------------------------------------------
    def rss(self, feed: SiteFeed, limit: int = 50) -> bytes:
        items = []
        for article in feed.articles[:limit]:
            link = escape(
                self.page_url(feed.name, article.slug) + "?utm_source=rss&utm_medium=feed"
            )
            items.append(
                f"<item><title>{escape(article.title)}</title><link>{link}</link>"
                f"<guid>{escape(article.slug)}</guid>"
                f"<description>{escape(article.teaser)}</description>"
                f"<pubDate>{formatdate(article.published, usegmt=True)}</pubDate></item>"
            )
        body = (
            '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
            f"<title>{escape(feed.name)} news</title><link>{self.base_url}/</link>"
            f"<description>local sample</description>{''.join(items)}</channel></rss>"
        )
        return body.encode("utf-8")

    def page(self, article: SiteArticle) -> bytes:
        paragraphs = "".join(f"<p>{html.escape(p)}.</p>" for p in _sentences(article.text))
        stamp = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(article.published))
        return (
            "<!doctype html><html><head><meta charset='utf-8'>"
            f"<title>{html.escape(article.title)}</title>"
            f"<meta property='article:published_time' content='{stamp}'></head><body>"
            "<nav><a href='/'>Home</a> <a href='/world'>World</a> <a href='/sport'>Sport</a></nav>"
            f"<article><h1>{html.escape(article.title)}</h1>{paragraphs}</article>"
            "<footer>Local sample site - all stories are invented</footer></body></html>"
        ).encode()


def _sentences(text: str) -> list[str]:
    return [s.strip().rstrip(".") for s in text.split(". ") if s.strip()]


BOMB = (
    b'<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY a "aaaaaaaaaa">'
    b'<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">'
    b'<!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;"><!ENTITY e "&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;">]>'
    b'<rss version="2.0"><channel><title>&e;</title></channel></rss>'
)


def _handler(site: NewsSite) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"
        # Headers and body in one segment: written apart, the client's delayed ACK held every
        # kept-alive answer back by 40 ms.
        wbufsize = 1 << 16
        disable_nagle_algorithm = True

        def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - stdlib's name
            return

        def do_GET(self) -> None:  # noqa: N802 - stdlib's name
            started = time.time()
            path = self.path.split("?", 1)[0]
            with site.lock:
                site.starts.append((path, started))
            status = self._answer(path)
            with site.lock:
                site.requests.append(Request(path, started, time.time(), status))

        def _answer(self, path: str) -> int:
            if path == "/robots.txt":
                return self._send(200, ROBOTS.encode(), "text/plain")
            parts = path.strip("/").split("/")
            if len(parts) == 2 and parts[0] == "feeds" and parts[1].endswith(".xml"):
                return self._feed(parts[1][: -len(".xml")])
            if len(parts) == 3 and parts[0] == "articles" and parts[2].endswith(".html"):
                return self._page(parts[1], parts[2][: -len(".html")])
            return self._send(404, b"not found", "text/plain")

        def _feed(self, name: str) -> int:
            with site.lock:
                feed = site.feeds.get(name)
                body = site.rss(feed) if feed is not None else b""
            if feed is None:
                return self._send(404, b"no such feed", "text/plain")
            if feed.behaviour == "slow":
                time.sleep(feed.delay)
            if feed.behaviour == "unavailable":
                return self._send(503, b"busy", "text/plain", {"Retry-After": "120"})
            if feed.behaviour == "malformed":
                body = b"<?xml version='1.0'?><rss><channel><item><title>broken"
            elif feed.behaviour == "bomb":
                body = BOMB
            etag = '"' + hashlib.sha256(body).hexdigest()[:16] + '"'
            headers = {"ETag": etag, "Last-Modified": formatdate(feed.changed, usegmt=True)}
            if self.headers.get("If-None-Match") == etag:
                return self._send(304, b"", None, headers)
            return self._send(200, body, "application/rss+xml; charset=utf-8", headers)

        def _page(self, feed_name: str, slug: str) -> int:
            with site.lock:
                feed = site.feeds.get(feed_name)
                found = [a for a in (feed.articles if feed else []) if a.slug == slug]
            if not found or (feed is not None and not feed.pages):
                return self._send(404, b"no such article", "text/plain")
            return self._send(200, site.page(found[0]), "text/html; charset=utf-8")

        def _send(
            self,
            status: int,
            body: bytes,
            content_type: str | None,
            headers: dict[str, str] | None = None,
        ) -> int:
            if status != 304 and "gzip" in self.headers.get("Accept-Encoding", "") and body:
                body = gzip.compress(body, compresslevel=5)
                headers = {**(headers or {}), "Content-Encoding": "gzip"}
            try:
                self.send_response(status)
                if content_type:
                    self.send_header("Content-Type", content_type)
                for name, value in (headers or {}).items():
                    self.send_header(name, value)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                if body:
                    self.wfile.write(body)
            except (BrokenPipeError, ConnectionResetError):  # the poller gave up waiting
                pass
            return status

    return Handler
