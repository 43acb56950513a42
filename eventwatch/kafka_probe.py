"""Why Kafka cannot be used: one connection to a bootstrap broker, its failure in one line.

kafka-python reports a refused password as 'NoBrokersAvailable' or 'IncompatibleBrokerVersion'
(the cause is only logged), and aiokafka as a closed connection. When a client fails, this
probe repeats the connection and handshake alone and names the setting to fix.
"""

from __future__ import annotations

import socket
import ssl
from typing import Any

from eventwatch.errors import ServiceUnavailable
from eventwatch.kafka_config import (
    CAFILE,
    CERTFILE,
    KEYFILE,
    PASSWORD,
    PROTOCOL,
    SASL_PROTOCOLS,
    USERNAME,
    kafka_client_options,
    quiet_kafka_logs,
)
from eventwatch.settings import Settings

BOOTSTRAP = "EVENTWATCH_KAFKA_BOOTSTRAP"


def kafka_connection_problem(settings: Settings, *, timeout: float = 10.0) -> str | None:
    """None when a bootstrap broker accepts our connection and credentials; otherwise why not."""
    options = kafka_client_options(settings)
    problems = []
    for address in _bootstrap_addresses(settings.kafka_bootstrap):
        problem = _probe(address, options, settings, timeout)
        if problem is None:
            return None
        problems.append(problem)
    return problems[0] if problems else f"{BOOTSTRAP} names no broker"


def kafka_unavailable(settings: Settings, cause: BaseException | None = None) -> ServiceUnavailable:
    """The error to raise when a Kafka client failed: the probe's reason, else the cause."""
    problem = kafka_connection_problem(settings)
    if problem is None:
        problem = f"Kafka at {settings.kafka_bootstrap} failed: {type(cause).__name__}"
    return ServiceUnavailable(problem)


def _bootstrap_addresses(bootstrap: str) -> list[tuple[str, int]]:
    addresses = []
    for item in bootstrap.split(","):
        host, _, port = item.strip().rpartition(":")
        if host and port.isdigit():
            addresses.append((host.strip("[]"), int(port)))
    return addresses


def _probe(
    address: tuple[str, int], options: dict[str, Any], settings: Settings, timeout: float
) -> str | None:
    from kafka.conn import BrokerConnection

    class RememberingConnection(BrokerConnection):
        """Keeps the first error it was closed with (kafka-python only logs it)."""

        error: BaseException | None = None

        def close(self, error: BaseException | None = None) -> None:
            if error is not None and self.error is None:
                self.error = error
            super().close(error)

    host, port = address
    where = f"Kafka at {host}:{port}"
    ms = int(timeout * 1000)
    conn = RememberingConnection(
        host,
        port,
        socket.AF_UNSPEC,
        client_id="eventwatch-probe",
        request_timeout_ms=ms,
        reconnect_backoff_max_ms=ms,
        **options,
    )
    try:
        with quiet_kafka_logs():
            if conn.connect_blocking(timeout):
                return None
            error = conn.error
    except ssl.SSLCertVerificationError as exc:
        return (
            f"{where}: TLS certificate not trusted ({exc.verify_message}): check {CAFILE} "
            "(and EVENTWATCH_KAFKA_SSL_CHECK_HOSTNAME for a certificate issued to another name)"
        )
    except Exception as exc:  # kafka-python raises what the handshake raised
        error = exc
    finally:
        conn.close()
    return _explain(where, error, settings)


def _explain(where: str, error: BaseException | None, settings: Settings) -> str:
    from kafka import errors

    protocol = settings.kafka_security_protocol
    mechanism = settings.kafka_sasl_mechanism
    if isinstance(error, errors.SaslAuthenticationFailedError):
        return (
            f"{where} refused the credentials of user {settings.kafka_sasl_username!r} "
            f"({mechanism}): check {USERNAME} and {PASSWORD}"
        )
    if isinstance(error, errors.UnsupportedSaslMechanismError):
        return (
            f"{where} does not accept SASL mechanism {mechanism}: "
            "set EVENTWATCH_KAFKA_SASL_MECHANISM to one the listener enables"
        )
    if isinstance(error, errors.IllegalSaslStateError):
        return f"{where} is not a SASL listener: check {PROTOCOL} (now {protocol})"
    text = str(error or "")
    if "ECONNREFUSED" in text or "DNS failure" in text or error is None:
        return (
            f"Kafka does not answer at {where.removeprefix('Kafka at ')}: start it with "
            f"'eventwatch stack up' or set {BOOTSTRAP}"
        )
    if isinstance(error, ssl.SSLError) and "CERTIFICATE" in str(error.reason):
        return (
            f"{where} refused the TLS handshake ({error.reason}): it wants a client "
            f"certificate it trusts: check {CERTFILE} and {KEYFILE}"
        )
    if "handshake" in text or "socket disconnected" in text:
        what = f"{PROTOCOL} (now {protocol})"
        if protocol in SASL_PROTOCOLS:
            what += f" and EVENTWATCH_KAFKA_SASL_MECHANISM (now {mechanism})"
        return f"{where} closed the connection during the handshake: check {what}"
    return f"{where}: {type(error).__name__} (check {BOOTSTRAP} and {PROTOCOL})"
