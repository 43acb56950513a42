import uuid

import pytest

from eventwatch.stack import kafka


def test_a_cluster_id_never_starts_with_a_dash(monkeypatch: pytest.MonkeyPatch) -> None:
    # 0xf8 encodes as '-' first: `kafka-storage format -t -...` took it for an option.
    draws = iter([uuid.UUID(bytes=b"\xf8" + b"\x00" * 15), uuid.UUID(bytes=b"\x10" * 16)])
    monkeypatch.setattr(kafka.uuid, "uuid4", lambda: next(draws))
    assert kafka.new_cluster_id() == "EBAQEBAQEBAQEBAQEBAQEA"
    assert next(draws, None) is None  # the dash-led id was drawn and refused
