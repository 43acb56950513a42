"""`eventwatch ingest` end to end against real Kafka: what lands on the topics, keys, summary."""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from streams_support import Deployment

pytestmark = [pytest.mark.kafka]

RSS = b"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Lokalfunk</title>
<item><title>Protest vor dem Rathaus</title><link>https://test.example.org/rss/1</link>
<description>Hunderte Menschen protestierten vor dem Rathaus.</description></item>
<item><title>Minister reist nach Rom</title><link>https://test.example.org/rss/2</link>
<description>Der Minister trifft seinen italienischen Amtskollegen.</description></item>
</channel></rss>"""


class _Feed(BaseHTTPRequestHandler):
    def do_GET(self) -> None:  # noqa: N802 - http.server's name
        self.send_response(200)
        self.send_header("Content-Type", "application/rss+xml")
        self.send_header("Content-Length", str(len(RSS)))
        self.end_headers()
        self.wfile.write(RSS)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def feed_url() -> Iterator[str]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Feed)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}/feed.rss"
    httpd.shutdown()
    httpd.server_close()


def topic_messages(deployment: Deployment, topic: str, wanted: int) -> list:
    from kafka import KafkaConsumer

    consumer = KafkaConsumer(
        topic,
        bootstrap_servers=deployment.settings.kafka_bootstrap,
        auto_offset_reset="earliest",
        enable_auto_commit=False,
        consumer_timeout_ms=500,
    )
    messages: list = []
    deadline = time.monotonic() + 15
    try:
        while len(messages) < wanted and time.monotonic() < deadline:
            messages.extend(consumer)
    finally:
        consumer.close()
    return messages


def test_rss_url_directory_and_stdin_all_land_keyed_by_article_id(
    deployment: Deployment, feed_url: str, tmp_path: Path
) -> None:
    (tmp_path / "dir" / "sub").mkdir(parents=True)
    (tmp_path / "dir" / "sub" / "meldung.txt").write_text(
        "Gipfel in Oslo\nDie Außenminister trafen sich in Oslo.", encoding="utf-8"
    )
    stdin = json.dumps({"id": "from-stdin", "text": "Talks were held in Geneva."}).encode()

    result = deployment.cli(
        "ingest", feed_url, str(tmp_path / "dir"), "-", "--format", "json", stdin=stdin
    )
    assert result.returncode == 0, result.stderr
    summary = json.loads(result.stdout)
    assert (summary["sent"], summary["rejected"]) == (4, 0)

    messages = topic_messages(deployment, deployment.settings.names.articles_topic, 4)
    values = {m.key.decode(): json.loads(m.value) for m in messages}
    assert values["from-stdin"]["text"] == "Talks were held in Geneva."
    assert {v.get("url") for v in values.values()} >= {
        "https://test.example.org/rss/1",
        "https://test.example.org/rss/2",
    }
    assert any(v.get("title") == "Gipfel in Oslo" for v in values.values())
    assert all(key == value["id"] for key, value in values.items())


def test_partly_bad_input_exits_2_with_a_json_summary_naming_each_refusal(
    deployment: Deployment, tmp_path: Path
) -> None:
    path = tmp_path / "mixed.json"
    path.write_text(json.dumps([{"text": "Gut."}, {"text": "Datum", "published_at": "gestern"}]))
    result = deployment.cli("ingest", str(path), "--format", "json")
    assert result.returncode == 2
    summary = json.loads(result.stdout)
    assert summary["sent"] == 1 and summary["rejected"] == 1
    assert summary["errors"] == [
        {
            "where": f"{path} item 2",
            "reason": "field 'published_at' is not an ISO 8601 date: 'gestern'",
        }
    ]
    assert f"{path} item 2: field 'published_at'" in result.stderr.decode()
