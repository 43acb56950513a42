"""Bulk indexing throughput: indexers.BulkWriter next to a plain helpers.bulk loop.

Both write the same generated event documents, each into its own fresh set of indices
(same templates, same refresh interval), in one run:

    .venv/bin/python -m eventwatch.benchmarks.bulk_index --events 20000

prints one JSON document: docs/s of each, and the ratio writer/plain.
"""

from __future__ import annotations

import argparse
import json
import random
import time
import uuid
from typing import Any

import eventwatch  # noqa: F401  (NumPy 2 alias for the Elasticsearch client)
from eventwatch.clients import require_elasticsearch
from eventwatch.indexers.bulk import BulkWriter, event_doc
from eventwatch.indexers.setup import ensure_indices
from eventwatch.models import EVENT_TYPES, Actor, Actors, ArticleRef, Event, Evidence, Location
from eventwatch.names import Names
from eventwatch.settings import get_settings
from eventwatch.stack.cleanup import delete_prefixed_elasticsearch

WORDS = [
    "officials",
    "police",
    "attack",
    "harbour",
    "ministry",
    "talks",
    "summit",
    "protesters",
    "border",
    "embargo",
    "Anschlag",
    "Polizei",
    "Regierung",
    "Gipfel",
    "Grenze",
    "attentat",
    "gouvernement",
    "sommet",
    "frontière",
]


def make_events(n: int, seed: int = 7) -> list[Event]:
    rng = random.Random(seed)
    events = []
    for i in range(n):
        text = " ".join(rng.choice(WORDS) for _ in range(rng.randint(12, 40))) + "."
        events.append(
            Event(
                id=f"bench{i:07d}",
                type=EVENT_TYPES[i % len(EVENT_TYPES)],
                summary=" ".join(rng.choice(WORDS) for _ in range(8)),
                actors=Actors(source=[Actor(name=f"Actor {i % 50}", kind="state")]),
                location=Location(name=f"Place {i % 30}", country="FR", lat=48.0, lon=2.0),
                evidence=Evidence(text=text, start=0, end=len(text)),
                confidence=0.8,
                severity=1 + i % 5,
                tagger_version="bench",
                language=("de", "en", "fr")[i % 3],
                article=ArticleRef(id=f"a{i}", title=f"Title {i}", source="Bench"),
            )
        )
    return events


def plain_bulk(es: Any, names: Names, events: list[Event], chunk: int) -> float:
    from elasticsearch import helpers

    started = time.perf_counter()
    actions = ({"_index": names.events_index, "_id": e.id, "_source": event_doc(e)} for e in events)
    ok, errors = helpers.bulk(es, actions, chunk_size=chunk, request_timeout=120)
    elapsed = time.perf_counter() - started
    assert ok == len(events) and not errors
    return elapsed


def writer_bulk(es: Any, names: Names, events: list[Event], chunk: int, threads: int) -> float:
    writer = BulkWriter(es, names, batch_docs=chunk, concurrency=threads)
    started = time.perf_counter()
    # The caller hands over large slices, as the index_events agent does with its batches.
    for offset in range(0, len(events), chunk * threads):
        result = writer.write_events(events[offset : offset + chunk * threads])
        assert not result.failed, result.failed[:1]
    elapsed = time.perf_counter() - started
    writer.close()
    return elapsed


def async_writer_bulk(
    es: Any, names: Names, events: list[Event], chunk: int, threads: int
) -> float:
    """The agent's path: write_events_async (the sync writer in a worker thread)."""
    import asyncio

    writer = BulkWriter(es, names, batch_docs=chunk, concurrency=threads)

    async def go() -> None:
        for offset in range(0, len(events), chunk * threads):
            result = await writer.write_events_async(events[offset : offset + chunk * threads])
            assert not result.failed, result.failed[:1]

    started = time.perf_counter()
    asyncio.run(go())
    elapsed = time.perf_counter() - started
    writer.close()
    return elapsed


def run(n: int, chunk: int, threads: int, rounds: int) -> dict[str, Any]:
    settings = get_settings()
    es = require_elasticsearch(settings)
    events = make_events(n)
    run_id = uuid.uuid4().hex[:6]
    figures: dict[str, Any] = {"events": n, "chunk": chunk, "threads": threads, "rounds": rounds}
    contenders = {
        "plain_helpers_bulk": lambda nm: plain_bulk(es, nm, events, chunk),
        "bulk_writer": lambda nm: writer_bulk(es, nm, events, chunk, threads),
        "bulk_writer_async": lambda nm: async_writer_bulk(es, nm, events, chunk, threads),
    }
    best: dict[str, float] = {}
    try:
        # Rounds rotate the order so JVM warm-up and neighbours' load hit every contender;
        # each contender's best round counts.
        for r in range(rounds):
            labels = list(contenders)[r % 3 :] + list(contenders)[: r % 3]
            for label in labels:
                tag = label.replace("_", "")
                names = Names(index_prefix=f"bench-bulk-{run_id}-{r}-{tag}-")
                ensure_indices(es, names)
                elapsed = contenders[label](names)
                es.indices.refresh(index=names.events_index)
                assert es.count(index=names.events_index)["count"] == n
                best[label] = min(best.get(label, elapsed), elapsed)
                es.indices.delete(index=f"{names.events_index}-v*")
        for label, elapsed in best.items():
            figures[f"{label}_per_s"] = round(n / elapsed, 1)
        figures["ratio"] = round(
            figures["bulk_writer_per_s"] / figures["plain_helpers_bulk_per_s"], 2
        )
    finally:
        delete_prefixed_elasticsearch(settings.elasticsearch_url, f"bench-bulk-{run_id}-")
        es.close()
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=20_000)
    parser.add_argument("--chunk", type=int, default=500)
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--rounds", type=int, default=2)
    args = parser.parse_args()
    print(json.dumps(run(args.events, args.chunk, args.threads, args.rounds)))


if __name__ == "__main__":
    main()
