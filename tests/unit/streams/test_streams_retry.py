import asyncio

import pytest
from elasticsearch import ConnectionError as EsConnectionError
from elasticsearch import TransportError

from eventwatch.retry import RetryLater, is_transient, retry_transient


@pytest.mark.parametrize(
    ("exc", "transient"),
    [
        (EsConnectionError("N/A", "refused", None), True),
        (TransportError(503, "unavailable", None), True),
        (TransportError(429, "too many requests", None), True),
        (TransportError(400, "bad request", None), False),
        (RetryLater("shard busy"), True),
        (ConnectionResetError(), True),
        (ValueError("bug"), False),
    ],
)
def test_which_errors_are_worth_waiting_for(exc: Exception, transient: bool) -> None:
    assert is_transient(exc) is transient


def test_a_permanent_error_is_raised_at_once() -> None:
    calls = []

    async def op() -> None:
        calls.append(1)
        raise ValueError("bug")

    with pytest.raises(ValueError):
        asyncio.run(retry_transient(op, what="op", first_delay=0.01))
    assert len(calls) == 1
