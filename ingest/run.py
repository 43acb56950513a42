"""The ingest loop: validate each item, send it or dead-letter it, and count."""

from __future__ import annotations

import sys
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from eventwatch.articles import receive_article
from eventwatch.errors import InvalidArticle
from eventwatch.ingest.dlq import dead_letter
from eventwatch.ingest.items import Item
from eventwatch.ingest.producer import ArticleProducer


@dataclass
class Rejection:
    where: str
    reason: str


@dataclass
class IngestReport:
    sent: int = 0
    rejections: list[Rejection] = field(default_factory=list)
    dead_lettered: int = 0

    @property
    def rejected(self) -> int:
        return len(self.rejections)

    def as_json(self, topic: str, dlq_topic: str) -> dict[str, Any]:
        return {
            "sent": self.sent,
            "rejected": self.rejected,
            "topic": topic,
            "dlq_topic": dlq_topic,
            "dead_lettered": self.dead_lettered,
            "errors": [{"where": r.where, "reason": r.reason} for r in self.rejections],
        }


def ingest_items(
    items: Iterable[Item], producer: ArticleProducer, *, max_chars: int, progress: bool = True
) -> IngestReport:
    from tqdm import tqdm

    report = IngestReport()
    # delay: the bar only appears when the input takes more than a second (large inputs).
    bar = tqdm(items, unit=" articles", file=sys.stderr, delay=1.0, disable=not progress)
    for item in bar:
        reason = item.error
        if reason is None:
            try:
                producer.send_article(receive_article(item.data, max_chars=max_chars))
                report.sent += 1
                continue
            except InvalidArticle as exc:
                reason = exc.reason
        report.rejections.append(Rejection(item.where, reason))
        if item.raw is not None:
            producer.send_dead_letter(dead_letter(reason, item.raw, source=item.where))
            report.dead_lettered += 1
    bar.close()
    return report
