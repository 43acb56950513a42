"""The kafka-python producer that puts articles (and refused input) on their topics."""

from __future__ import annotations

import json
import logging
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from eventwatch.errors import ServiceUnavailable
from eventwatch.models import Article
from eventwatch.settings import Settings

# Articles may be up to max_article_chars characters (UTF-8: several bytes each); setup
# raises the topics' max.message.bytes to match.
MAX_MESSAGE_BYTES = 8 * 1024 * 1024


@contextmanager
def quiet_kafka_logs() -> Iterator[None]:
    """kafka-python logs every failed connect attempt; we report the outcome in one line."""
    logger = logging.getLogger("kafka")
    level = logger.level
    logger.setLevel(logging.CRITICAL)
    try:
        yield
    finally:
        logger.setLevel(level)


class ArticleProducer:
    """Sends validated articles keyed by id, and dead letters; counts failed deliveries."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.names = settings.names
        self._producer: Any = None
        self._lock = threading.Lock()
        self.failures: list[str] = []

    def open(self) -> ArticleProducer:
        from kafka import KafkaProducer
        from kafka.errors import KafkaError

        try:
            with quiet_kafka_logs():
                self._producer = KafkaProducer(
                    bootstrap_servers=self.settings.kafka_bootstrap,
                    acks="all",
                    linger_ms=5,
                    retries=5,
                    max_request_size=MAX_MESSAGE_BYTES,
                    client_id="eventwatch-ingest",
                )
        except KafkaError as exc:
            raise ServiceUnavailable(
                f"Kafka does not answer at {self.settings.kafka_bootstrap} ({exc}); "
                "start it with 'eventwatch stack up' or set EVENTWATCH_KAFKA_BOOTSTRAP"
            ) from exc
        return self

    def send_article(self, article: Article) -> None:
        value = article.model_dump_json(exclude_none=True).encode("utf-8")
        self._send(self.names.articles_topic, article.id.encode("utf-8"), value)

    def send_dead_letter(self, record: dict[str, Any]) -> None:
        value = json.dumps(record, ensure_ascii=False).encode("utf-8")
        self._send(self.names.dlq_topic, None, value)

    def _send(self, topic: str, key: bytes | None, value: bytes) -> None:
        future = self._producer.send(topic, key=key, value=value)
        future.add_errback(self._record_failure, topic)

    def _record_failure(self, exc: BaseException, topic: str) -> None:
        with self._lock:
            self.failures.append(f"{topic}: {exc}")

    def flush(self, timeout: float = 60.0) -> None:
        if self._producer is not None:
            self._producer.flush(timeout=timeout)

    def close(self) -> None:
        if self._producer is not None:
            self._producer.close(timeout=30)
            self._producer = None

    def __enter__(self) -> ArticleProducer:
        return self.open()

    def __exit__(self, *exc: object) -> None:
        try:
            self.flush()
        finally:
            self.close()
