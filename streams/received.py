"""A consumed message as the agents' logic sees it: bytes plus where they came from."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from eventwatch.ingest.dlq import dead_letter_bytes


@dataclass(frozen=True)
class Received:
    value: bytes
    topic: str
    partition: int
    offset: int

    @classmethod
    def from_event(cls, event: Any) -> Received:
        message = event.message
        value = event.value if event.value is not None else b""
        if isinstance(value, str):
            value = value.encode("utf-8")
        return cls(bytes(value), message.topic, message.partition, message.offset)

    def dead_letter(self, reason: str) -> bytes:
        return dead_letter_bytes(
            reason, self.value, topic=self.topic, partition=self.partition, offset=self.offset
        )
