import asyncio
import logging
import socket

import pytest

from eventwatch.settings import Settings
from eventwatch.streams.agents.poll_feeds import ConfigPublisher


class Topic:
    def __init__(self) -> None:
        self.sent: list[tuple[str, bytes]] = []

    async def send(self, key: str, value: bytes) -> None:
        self.sent.append((key, value))


def closed_port() -> int:
    """A local port nothing listens on: Elasticsearch is down."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def test_the_feed_publisher_rides_out_an_elasticsearch_outage(
    caplog: pytest.LogCaptureFixture,
) -> None:
    # Its timer must not raise: an exception in a Faust timer crashes the whole worker.
    settings = Settings(elasticsearch_url=f"http://127.0.0.1:{closed_port()}")
    topic = Topic()
    publisher = ConfigPublisher(settings, topic)
    with caplog.at_level(logging.WARNING, logger="eventwatch.streams.agents.poll_feeds"):
        asyncio.run(publisher.publish())
    assert topic.sent == []
    assert "cannot read the feeds index" in caplog.text
