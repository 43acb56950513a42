"""Bulk-writing event documents (index by id: a replay overwrites, never duplicates)."""

from __future__ import annotations

import asyncio
import json
from typing import Any

from eventwatch.names import Names
from streams.retry import RetryLater


class EventWriter:
    def __init__(self, es: Any, names: Names) -> None:
        self.es = es
        self.index = names.events_index

    async def write(self, docs: list[dict[str, Any]]) -> list[tuple[dict[str, Any], str]]:
        return await asyncio.to_thread(self._write, docs)

    def _write(self, docs: list[dict[str, Any]]) -> list[tuple[dict[str, Any], str]]:
        lines = []
        for doc in docs:
            lines.append(json.dumps({"index": {"_index": self.index, "_id": doc["id"]}}))
            lines.append(json.dumps(doc, ensure_ascii=False))
        answer = self.es.bulk(body="\n".join(lines) + "\n")
        failures = []
        for doc, item in zip(docs, answer["items"], strict=True):
            result = item["index"]
            status = result.get("status", 500)
            if status == 429 or status >= 500:
                raise RetryLater(f"{status}: {result.get('error')}")
            if status >= 300:
                failures.append((doc, json.dumps(result.get("error"))))
        return failures
