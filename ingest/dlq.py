"""Dead-letter records: what was refused, why, and where it came from (SPEC section 4).

The same shape is written by `eventwatch ingest` and by the tag_articles agent, so one
consumer of the DLQ topic can read both.
"""

from __future__ import annotations

import base64
import json
from typing import Any

from eventwatch.models import utcnow

# Escaped as JSON (at most 6 bytes per byte) this still fits the topics' 8 MiB limit.
MAX_ORIGINAL_BYTES = 1024 * 1024


def encode_original(raw: bytes) -> tuple[str, str]:
    """The original bytes as text when they are UTF-8, else base64; returns (value, encoding)."""
    try:
        return raw.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        return base64.b64encode(raw).decode("ascii"), "base64"


def decode_original(record: dict[str, Any]) -> bytes:
    if record.get("encoding") == "base64":
        return base64.b64decode(record["original"])
    return str(record["original"]).encode("utf-8")


def dead_letter(reason: str, original: bytes, **where: Any) -> dict[str, Any]:
    """A DLQ record; `where` names the origin (topic/partition/offset, or source/line)."""
    size = len(original)
    # Oversized input (a 10 MB body) would make the record itself too large for Kafka.
    truncated = size > MAX_ORIGINAL_BYTES
    value, encoding = encode_original(original[:MAX_ORIGINAL_BYTES] if truncated else original)
    record: dict[str, Any] = {"reason": reason, "original": value, "encoding": encoding}
    if truncated:
        record |= {"truncated": True, "original_bytes": size}
    return {**record, **where, "received_at": utcnow().isoformat()}


def dead_letter_bytes(reason: str, original: bytes, **where: Any) -> bytes:
    return json.dumps(dead_letter(reason, original, **where), ensure_ascii=False).encode("utf-8")
