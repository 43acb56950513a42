"""Malformed articles through POST /api/articles: a 4xx naming what is wrong (never a 5xx),
the body in the DLQ; hostile but valid articles accepted."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from badinput_support import dead_letters, original_bytes
from data.badinput_corpus import accepted, cases, refused

from eventwatch.settings import Settings

pytestmark = [pytest.mark.kafka, pytest.mark.elasticsearch]

EDITOR = {"X-API-Key": "bad-input-editor", "Content-Type": "application/json"}


@pytest.fixture
def client(test_settings: Settings) -> Iterator:
    pytest.importorskip("eventwatch.dashboard.app")
    from fastapi.testclient import TestClient

    from eventwatch.dashboard.app import create_app
    from eventwatch.streams.setup import ensure_topics

    ensure_topics(test_settings)
    settings = test_settings.model_copy(update={"api_keys": "bad-input-editor:editor"})
    with TestClient(create_app(settings, live=False)) as test_client:
        yield test_client


def test_each_malformed_body_is_a_4xx_with_its_reason_and_dead_lettered(
    client, test_settings: Settings, tmp_path: Path
) -> None:
    # 2 M characters: over the article limit (1 M), under the request body limit (8 MiB).
    all_cases = cases(huge_chars=2_000_000, run=tmp_path.name)
    for case in refused(all_cases):
        response = client.post("/api/articles", content=case.raw, headers=EDITOR)
        assert 400 <= response.status_code < 500, (case.name, response.status_code)
        assert case.reason in response.text, (case.name, response.text[:300])
    for case in accepted(all_cases):
        response = client.post("/api/articles", content=case.raw, headers=EDITOR)
        assert response.status_code == 202, (case.name, response.text[:300])

    records = dead_letters(test_settings, len(refused(all_cases)))
    assert len(records) == len(refused(all_cases))
    for case in refused(all_cases):
        matching = [r for r in records if case.reason in r["reason"] and _same(r, case.raw)]
        assert len(matching) == 1, case.name


def _same(record: dict, raw: bytes) -> bool:
    if record.get("truncated"):
        return raw.startswith(original_bytes(record)) and record["original_bytes"] == len(raw)
    return original_bytes(record) == raw


def test_a_body_over_the_request_limit_is_a_413_and_its_start_is_dead_lettered(
    client, test_settings: Settings
) -> None:
    raw = b'{"text": "' + b"a" * 9_000_000 + b'"}'
    response = client.post("/api/articles", content=raw, headers=EDITOR)
    assert response.status_code == 413
    assert "larger than" in response.json()["detail"]
    [record] = dead_letters(test_settings, 1)
    assert "larger than" in record["reason"] and record["truncated"] is True
    assert raw.startswith(original_bytes(record))
