"""Fault tests' helpers: a stream of our own articles sent at a fixed rate, the ids it must
yield, and what the deployment holds at the end (for the accounting in accounting.py)."""

from __future__ import annotations

import functools
import json
import re
import threading
import time
from collections.abc import Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

from support.waiting import wait_for  # noqa: F401  (re-exported for the tests)
from support.workers import Worker

from eventwatch.settings import Settings

if TYPE_CHECKING:
    from eventwatch.tagging import Tagger

ANY_RULE = {
    "id": "fault-any",
    "name": "Every event (fault tests)",
    "kind": "any",
    "per": "event",
    "match": {},
    "actions": [{"type": "log"}],
}
TEMPLATES = [
    ("en", "Police arrested {n} terror suspects in a raid in Manchester on Monday."),
    ("en", "Thousands of people protested in Lisbon against rising rents, report {n}."),
    ("de", "Die Polizei hat in Köln {n} Terrorverdächtige festgenommen."),
    ("en", "The museum in Porto reopened after renovation works, visitor number {n}."),
    ("de", "Das Wetter in Bremen bleibt am Wochenende freundlich, Meldung {n}."),
    ("en", "A car bomb exploded near a police station in Mosul, killing {n} people."),
]


def articles(count: int, run: str) -> list[dict[str, Any]]:
    return [
        {
            "url": f"https://faults.example.org/{run}/{n}",
            "language": lang,
            "text": text.format(n=n + 2),
        }
        for n in range(count)
        for lang, text in [TEMPLATES[n % len(TEMPLATES)]]
    ]


def expected_ids(items: list[dict[str, Any]]) -> tuple[set[str], set[str]]:
    """(article ids, event ids) as the in-process tagger sees them, with no fault at all."""
    from eventwatch.articles import parse_article_dict

    parsed = [parse_article_dict(a) for a in items]
    tagged = tagger_loading().result().tag_batch(parsed)
    return {a.id for a in parsed}, {e.id for events in tagged for e in events}


@functools.cache
def tagger_loading() -> Future[Tagger]:
    """One tagger per session, built in a thread while the first worker starts: it loads
    each language's pipeline on first use, for seconds; tagging a test's stream is quick."""
    return ThreadPoolExecutor(max_workers=1, thread_name_prefix="tagger").submit(_warm_tagger)


def _warm_tagger() -> Tagger:
    from eventwatch.articles import parse_article_dict
    from eventwatch.tagging import Tagger

    tagger = Tagger()
    tagger.tag_batch([parse_article_dict(a) for a in articles(len(TEMPLATES), "warm-up")])
    return tagger


class Producer(threading.Thread):
    """Sends `items` at `rate` per second; kafka-python buffers and retries through an
    outage of the broker (delivery_timeout generous), and any failure is kept."""

    def __init__(self, settings: Settings, items: list[dict[str, Any]], rate: float) -> None:
        super().__init__(daemon=True)
        self.settings = settings
        self.items = items
        self.rate = rate
        self.errors: list[str] = []
        self.sent = 0
        self.done = False
        self.halt = threading.Event()

    def __enter__(self) -> Producer:
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.halt.set()  # a failed test must not leave it sending into deleted topics
        self.join(60)

    def run(self) -> None:
        from kafka import KafkaProducer

        producer = KafkaProducer(
            bootstrap_servers=self.settings.kafka_bootstrap,
            acks="all",
            retries=1000,
            retry_backoff_ms=500,
            # kafka-python backs off up to 30 s between reconnects by default: after a broker
            # restart the stream would stall that long on the client, not on the worker.
            reconnect_backoff_max_ms=1000,
            delivery_timeout_ms=180_000,
            request_timeout_ms=10_000,
            max_block_ms=120_000,
        )
        started = time.monotonic()
        try:
            for n, item in enumerate(self.items):
                if self.halt.wait(max(0.0, started + n / self.rate - time.monotonic())):
                    return
                future = producer.send(
                    self.settings.names.articles_topic,
                    key=item["url"].encode(),
                    value=json.dumps(item).encode(),
                )
                future.add_errback(lambda exc: self.errors.append(repr(exc)))
                self.sent += 1
            producer.flush(180)
            self.done = True
        except Exception as exc:  # reported by the test, not lost in a thread
            self.errors.append(repr(exc))
        finally:
            producer.close(30)


def alert_deliveries(worker: Worker) -> list[dict[str, Any]]:
    """What the log action delivered: one JSON record per delivery, in order."""
    found = re.findall(r"alert (\{.*\})", worker.text())
    return [json.loads(line) for line in found]


@contextmanager
def stream_under_way(
    es: Any, settings: Settings, items: list[dict[str, Any]], *, rate: float, indexed: int
) -> Iterator[Producer]:
    """`items` sent at `rate`; the block (the fault) starts once `indexed` articles are in
    the index, and the stream is sent to its end, without an error, after the block."""
    with Producer(settings, items, rate) as producer:
        wait_for(
            lambda: indexed_ids(es, settings.names.articles_index)[0] >= indexed,
            timeout=60,
            what="the stream to be under way",
            every=0.1,
        )
        yield producer
        wait_for(lambda: producer.done or producer.errors, timeout=150, what="all sent")
    assert not producer.errors, producer.errors[:3]


def indexed_ids(es: Any, index: str) -> tuple[int, set[str]]:
    """(document count, distinct ids) of an index; (0, set()) while it does not exist."""
    from elasticsearch import NotFoundError

    try:
        es.indices.refresh(index=index)
        total = es.count(index=index)["count"]
        hits = es.search(index=index, body={"size": 10_000, "_source": False})["hits"]["hits"]
    except NotFoundError:
        return 0, set()
    return total, {h["_id"] for h in hits}


def alert_event_ids(es: Any, index: str) -> tuple[int, set[str], list[str]]:
    """(alert docs, distinct alert ids, event ids the alerts carry, with repeats)."""
    from elasticsearch import NotFoundError

    try:
        es.indices.refresh(index=index)
        hits = es.search(index=index, body={"size": 10_000})["hits"]["hits"]
    except NotFoundError:
        return 0, set(), []
    events = [e["id"] for h in hits for e in h["_source"].get("events", [])]
    return len(hits), {h["_id"] for h in hits}, events
