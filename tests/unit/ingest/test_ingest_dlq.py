import json

from hypothesis import given
from hypothesis import strategies as st

from eventwatch.ingest.dlq import dead_letter, dead_letter_bytes, decode_original


@given(st.binary(max_size=200))
def test_any_original_bytes_survive_the_dead_letter_record(raw: bytes) -> None:
    record = json.loads(dead_letter_bytes("because", raw, source="f.jsonl:3"))
    assert decode_original(record) == raw
    assert record["reason"] == "because"
    assert record["source"] == "f.jsonl:3"


def test_utf8_original_is_kept_readable_and_invalid_bytes_are_base64() -> None:
    assert dead_letter("r", "Grüße".encode())["original"] == "Grüße"
    record = dead_letter("r", b"\xff\x00")
    assert record["encoding"] == "base64" and record["original"] == "/wA="
    assert record["received_at"].endswith("+00:00")
