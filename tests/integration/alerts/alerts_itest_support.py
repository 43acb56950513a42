"""Real receivers for the alert integration tests: an HTTP webhook and an SMTP server."""

from __future__ import annotations

import json
import threading
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from support.waiting import wait_for  # noqa: F401  (re-exported for the tests)

from eventwatch.models import Event


class WebhookReceiver:
    """A real HTTP server on 127.0.0.1 recording every JSON body POSTed to it."""

    def __init__(self) -> None:
        self.requests: list[tuple[dict[str, str], Any]] = []
        received = self.requests

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:  # noqa: N802 (http.server's naming)
                length = int(self.headers.get("Content-Length", 0))
                body = json.loads(self.rfile.read(length))
                received.append((dict(self.headers), body))
                self.send_response(204)
                self.end_headers()

            def log_message(self, *args: Any) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}/hook"

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


def make_event(n: int, **fields: Any) -> Event:
    data: dict[str, Any] = {
        "id": f"it-ev-{n}",
        "type": "terror_alert",
        "summary": "Officials put Marseille on the highest terror alert",
        "actors": {"source": [{"name": "Prefecture", "kind": "organization", "country": "FR"}]},
        "location": {"name": "Marseille", "country": "FR"},
        "evidence": {"text": "The prefecture declared the top alert level.", "start": 0, "end": 44},
        "confidence": 0.9,
        "severity": 4,
        "tagger_version": "test",
        "language": "en",
        "article": {"id": f"it-art-{n}", "url": f"https://news.example.org/{n}"},
        "received_at": datetime.now(UTC).isoformat(),
    }
    data.update(fields)
    return Event.model_validate(data)
