"""Bulk-writing events and articles: deterministic ids, batches, retries, dead letters.

A document's `_id` is its `id` (Event.id / Article.id), so a replay overwrites and never
duplicates. Each batch is split by count and bytes and sent by up to `concurrency`
threads. Per item, transient failures (429, 5xx, a write block during a migration) are
retried with backoff; while Elasticsearch is unreachable the writer keeps retrying (it
never drops a document), which is also the backpressure: the caller waits. Permanent
failures (mapping errors, 400) come back with Elasticsearch's error text for the DLQ.
"""

from __future__ import annotations

import asyncio
import json
import logging
import time
from collections.abc import Iterable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any

from elasticsearch import ConnectionError as EsConnectionError
from elasticsearch import ConnectionTimeout, TransportError

from eventwatch.models import Article, Event, utcnow
from eventwatch.names import Names

log = logging.getLogger(__name__)
Doc = dict[str, Any]
Item = tuple[str, Doc, str]  # target index, document, its JSON line


@dataclass(frozen=True)
class Failure:
    id: str
    doc: Doc
    status: int
    error: str


@dataclass
class BulkResult:
    written: int = 0
    failed: list[Failure] = field(default_factory=list)
    retries: int = 0

    def merge(self, other: BulkResult) -> None:
        self.written += other.written
        self.failed.extend(other.failed)
        self.retries += other.retries


def _transient(status: int, error: Any) -> bool:
    kind = error.get("type") if isinstance(error, dict) else None
    return status == 429 or status >= 500 or kind == "cluster_block_exception"


class BulkWriter:
    def __init__(
        self,
        es: Any,
        names: Names,
        *,
        batch_docs: int = 1000,
        batch_bytes: int = 5_000_000,
        concurrency: int = 2,
        max_backoff: float = 10.0,
        give_up_after: float | None = None,
    ) -> None:
        self.es = es
        self.names = names
        self.batch_docs = batch_docs
        self.batch_bytes = batch_bytes
        self.concurrency = max(1, concurrency)
        self.max_backoff = max_backoff
        self.give_up_after = give_up_after  # None: retry for as long as it takes
        self._pool = ThreadPoolExecutor(self.concurrency, thread_name_prefix="bulk")

    def close(self) -> None:
        self._pool.shutdown(wait=True)

    # --- sync API -----------------------------------------------------------------------

    def write_events(self, events: Iterable[Event | Doc]) -> BulkResult:
        return self.write_docs(self.names.events_index, [event_doc(e) for e in events])

    def write_articles(self, articles: Iterable[Article | Doc]) -> BulkResult:
        return self.write_docs(self.names.articles_index, [article_doc(a) for a in articles])

    def write_docs(self, index: str, docs: list[Doc]) -> BulkResult:
        return self.write_to_indices([(index, doc) for doc in docs])

    def write_to_indices(self, targets: list[tuple[str, Doc]]) -> BulkResult:
        """Index documents into several indices in one go: (index, doc) pairs, one request
        per chunk (an event batch and the incidents it changed travel together)."""
        chunks = list(self._chunks(targets))
        result = BulkResult()
        if len(chunks) == 1:
            result.merge(self._send(chunks[0]))
            return result
        for part in self._pool.map(self._send, chunks):
            result.merge(part)
        return result

    # --- async API (Faust agents) -------------------------------------------------------

    async def write_events_async(self, events: Iterable[Event | Doc]) -> BulkResult:
        return await asyncio.to_thread(self.write_events, list(events))

    async def write_articles_async(self, articles: Iterable[Article | Doc]) -> BulkResult:
        return await asyncio.to_thread(self.write_articles, list(articles))

    async def write(self, docs: list[Doc], incidents: Iterable[Doc] = ()) -> list[tuple[Doc, str]]:
        """Drop-in for the index_events agent: event dicts and the incident documents they
        changed in (one bulk request), (doc, error) refused out."""
        targets = [(self.names.events_index, event_doc(doc)) for doc in docs]
        targets += [(self.names.incidents_index, dict(doc)) for doc in incidents]
        result = await asyncio.to_thread(self.write_to_indices, targets)
        return [(f.doc, f.error) for f in result.failed]

    # --- internals ----------------------------------------------------------------------

    def _chunks(self, targets: list[tuple[str, Doc]]) -> Iterable[list[Item]]:
        chunk: list[Item] = []
        size = 0
        for index, doc in targets:
            line = json.dumps(doc, ensure_ascii=False, default=str)
            if chunk and (len(chunk) >= self.batch_docs or size + len(line) > self.batch_bytes):
                yield chunk
                chunk, size = [], 0
            chunk.append((index, doc, line))
            size += len(line)
        if chunk:
            yield chunk

    def _send(self, chunk: list[Item]) -> BulkResult:
        result = BulkResult()
        pending = chunk
        started = time.monotonic()
        attempt = 0
        while pending:
            if attempt:
                self._wait(attempt, started, len(pending))
                result.retries += 1
            attempt += 1
            try:
                items = self._bulk(pending)
            except (EsConnectionError, ConnectionTimeout) as exc:
                log.warning("bulk: Elasticsearch unreachable (%s); retrying", exc)
                continue
            except TransportError as exc:
                if isinstance(exc.status_code, int) and _transient(exc.status_code, {}):
                    continue
                raise
            retry = []
            for (index, doc, line), item in zip(pending, items, strict=True):
                outcome = item.get("index", {})
                status = int(outcome.get("status", 500))
                error = outcome.get("error")
                if status < 300:
                    result.written += 1
                elif _transient(status, error):
                    retry.append((index, doc, line))
                else:
                    text = json.dumps(error, ensure_ascii=False) if error else str(status)
                    result.failed.append(Failure(str(doc.get("id")), doc, status, text))
            pending = retry
        return result

    def _bulk(self, chunk: list[Item]) -> list[dict[str, Any]]:
        lines = []
        for index, doc, line in chunk:
            lines.append(json.dumps({"index": {"_index": index, "_id": str(doc["id"])}}))
            lines.append(line)
        answer = self.es.bulk(body="\n".join(lines) + "\n", request_timeout=120)
        return answer["items"]

    def _wait(self, attempt: int, started: float, pending: int) -> None:
        if self.give_up_after is not None and time.monotonic() - started > self.give_up_after:
            raise TimeoutError(f"bulk: {pending} documents still not written; giving up")
        time.sleep(min(self.max_backoff, 0.1 * 2 ** min(attempt, 10)))


def event_doc(event: Event | Doc) -> Doc:
    doc = event.model_dump(mode="json") if isinstance(event, Event) else dict(event)
    doc["indexed_at"] = utcnow().isoformat()
    location = doc.get("location")
    if isinstance(location, dict) and None not in (location.get("lat"), location.get("lon")):
        doc["location"] = location | {"point": {"lat": location["lat"], "lon": location["lon"]}}
    return doc


def article_doc(article: Article | Doc) -> Doc:
    doc = article.model_dump(mode="json") if isinstance(article, Article) else dict(article)
    doc["indexed_at"] = utcnow().isoformat()
    return doc
