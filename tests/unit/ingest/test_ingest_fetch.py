import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from eventwatch.errors import UsageError
from eventwatch.ingest.fetch import fetch_url


class _Handler(BaseHTTPRequestHandler):
    def do_GET(self) -> None:  # noqa: N802 - http.server's name
        if self.path == "/feed.json":
            body = b'{"text": "hello"}'
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
        else:
            self.send_error(404)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def test_fetch_returns_body_and_content_type(server: str) -> None:
    assert fetch_url(f"{server}/feed.json") == (b'{"text": "hello"}', "application/json")


def test_http_error_is_a_usage_error_naming_url_and_status(server: str) -> None:
    with pytest.raises(UsageError, match=r"cannot fetch .*/missing: HTTP 404"):
        fetch_url(f"{server}/missing")
