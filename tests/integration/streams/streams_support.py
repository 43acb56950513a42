"""Helpers for the streams integration tests: the CLI as a subprocess, the DLQ, polling."""

from __future__ import annotations

import json
import subprocess
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from support.cli import run_cli
from support.kafka_io import dead_letters
from support.waiting import wait_for  # noqa: F401  (re-exported for the tests)

from eventwatch.settings import Settings


@dataclass
class Deployment:
    env: dict[str, str]
    home: Path
    worker_log: Path | None = None
    _settings: Settings | None = field(default=None, repr=False)

    @property
    def settings(self) -> Settings:
        if self._settings is None:
            fields = {
                "kafka_bootstrap": "EVENTWATCH_KAFKA_BOOTSTRAP",
                "elasticsearch_url": "EVENTWATCH_ELASTICSEARCH_URL",
                "topic_prefix": "EVENTWATCH_TOPIC_PREFIX",
                "index_prefix": "EVENTWATCH_INDEX_PREFIX",
                "consumer_group": "EVENTWATCH_CONSUMER_GROUP",
                "home": "EVENTWATCH_HOME",
            }
            self._settings = Settings(**{k: self.env[v] for k, v in fields.items()})
        return self._settings

    def cli(
        self, *args: str, stdin: bytes | None = None, check: bool = False
    ) -> subprocess.CompletedProcess[bytes]:
        return run_cli(*args, env=self.env, stdin=stdin, check=check, timeout=120)

    def search(self, *args: str) -> dict[str, Any]:
        import importlib.util

        if importlib.util.find_spec("eventwatch.cli.commands.search") is None:
            return self._search_index(*args)  # TEMPORARY until `eventwatch search` lands
        result = self.cli("search", *args, "--format", "json", check=True)
        return json.loads(result.stdout)

    def _search_index(self, *args: str) -> dict[str, Any]:
        from elasticsearch import Elasticsearch, NotFoundError

        options = dict(zip(args[::2], args[1::2], strict=True))
        query: dict[str, Any] = {"match_all": {}}
        if "--type" in options:
            query = {"term": {"type": options["--type"]}}
        es = Elasticsearch([self.settings.elasticsearch_url])
        try:
            index = self.settings.names.events_index
            es.indices.refresh(index=index)
            body = {"query": query, "size": int(options.get("--limit", 20))}
            hits = es.search(index=index, body=body)["hits"]["hits"]
        except NotFoundError:
            hits = []
        finally:
            es.close()
        return {"total": len(hits), "events": [h["_source"] for h in hits]}

    def dead_letters(self, count: int, timeout: float = 15.0) -> list[dict[str, Any]]:
        """At least `count` records from the DLQ topic (all partitions, from the start)."""
        return dead_letters(self.settings, count, timeout)
