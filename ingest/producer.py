"""The kafka-python producer that puts articles (and refused input) on their topics."""

from __future__ import annotations

import json
import threading
from typing import Any

from eventwatch.errors import ServiceUnavailable
from eventwatch.kafka_config import kafka_client_options, quiet_kafka_logs
from eventwatch.kafka_probe import kafka_connection_problem, kafka_unavailable
from eventwatch.models import Article
from eventwatch.settings import Settings

# Articles may be up to max_article_chars characters (UTF-8: several bytes each); setup
# raises the topics' max.message.bytes to match.
MAX_MESSAGE_BYTES = 8 * 1024 * 1024


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

        # kafka-python's producer connects lazily: a refused password would only show as a
        # metadata timeout on the first send, a minute later. One probe says why at once.
        problem = kafka_connection_problem(self.settings)
        if problem is not None:
            raise ServiceUnavailable(problem)
        try:
            with quiet_kafka_logs():
                self._producer = KafkaProducer(
                    bootstrap_servers=self.settings.kafka_bootstrap,
                    acks="all",
                    linger_ms=5,
                    retries=5,
                    max_request_size=MAX_MESSAGE_BYTES,
                    client_id="eventwatch-ingest",
                    **kafka_client_options(self.settings),
                )
        except KafkaError as exc:
            raise kafka_unavailable(self.settings, exc) from exc
        return self

    def send_article(self, article: Article) -> None:
        value = article.model_dump_json(exclude_none=True).encode("utf-8")
        self._send(self.names.articles_topic, article.id.encode("utf-8"), value)

    def send_dead_letter(self, record: dict[str, Any]) -> None:
        value = json.dumps(record, ensure_ascii=False).encode("utf-8")
        self._send(self.names.dlq_topic, None, value)

    def _send(self, topic: str, key: bytes | None, value: bytes) -> None:
        from kafka.errors import KafkaError

        try:
            future = self._producer.send(topic, key=key, value=value)
        except KafkaError as exc:  # e.g. no metadata within max_block_ms: the broker went away
            raise kafka_unavailable(self.settings, exc) from exc
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
