"""How every Kafka client of eventwatch connects: security protocol, SASL and TLS.

Built here once from the EVENTWATCH_KAFKA_* settings. kafka-python and aiokafka take the
same keyword names, so `kafka_client_options` serves the producers, consumers and admin
clients of both; Faust gets the same as `broker_credentials`. Secrets stay in SecretStr
until the moment a client is built and never enter a message.
"""

from __future__ import annotations

import logging
import ssl
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from eventwatch.errors import UsageError
from eventwatch.settings import Settings

SASL_PROTOCOLS = frozenset({"SASL_PLAINTEXT", "SASL_SSL"})
TLS_PROTOCOLS = frozenset({"SSL", "SASL_SSL"})
PROTOCOL = "EVENTWATCH_KAFKA_SECURITY_PROTOCOL"
USERNAME = "EVENTWATCH_KAFKA_SASL_USERNAME"
PASSWORD = "EVENTWATCH_KAFKA_SASL_PASSWORD"
CAFILE = "EVENTWATCH_KAFKA_SSL_CAFILE"
CERTFILE = "EVENTWATCH_KAFKA_SSL_CERTFILE"
KEYFILE = "EVENTWATCH_KAFKA_SSL_KEYFILE"
KEY_PASSWORD = "EVENTWATCH_KAFKA_SSL_PASSWORD"


def check_kafka_security(settings: Settings) -> None:
    """Refuse settings that contradict each other or name missing files (exit 2)."""
    protocol = settings.kafka_security_protocol
    has_credentials = settings.kafka_sasl_username or settings.kafka_sasl_password is not None
    if protocol in SASL_PROTOCOLS:
        if not settings.kafka_sasl_username:
            raise UsageError(f"{USERNAME} is required when {PROTOCOL} is {protocol}")
        if settings.kafka_sasl_password is None:
            raise UsageError(f"{PASSWORD} is required when {PROTOCOL} is {protocol}")
    elif has_credentials:
        # Silently connecting without the credentials the operator gave is never wanted.
        raise UsageError(
            f"{USERNAME}/{PASSWORD} are set but {PROTOCOL} is {protocol}, which sends no "
            "credentials: set it to SASL_SSL (or SASL_PLAINTEXT)"
        )
    tls_files = {
        CAFILE: settings.kafka_ssl_cafile,
        CERTFILE: settings.kafka_ssl_certfile,
        KEYFILE: settings.kafka_ssl_keyfile,
    }
    for name, path in tls_files.items():
        if path is None:
            continue
        if protocol not in TLS_PROTOCOLS:
            raise UsageError(
                f"{name} is set but {PROTOCOL} is {protocol}, which does not use TLS: "
                "set it to SSL or SASL_SSL"
            )
        if not Path(path).is_file():
            raise UsageError(f"{name}: no such file: {path}")
    if settings.kafka_ssl_keyfile is not None and settings.kafka_ssl_certfile is None:
        raise UsageError(f"{KEYFILE} is set without {CERTFILE} (the client certificate)")


def kafka_ssl_context(settings: Settings) -> ssl.SSLContext | None:
    """The TLS context of SSL and SASL_SSL connections; None for the plaintext protocols.

    Without EVENTWATCH_KAFKA_SSL_CAFILE the system's trusted CAs verify the broker, as a
    managed cluster with a public certificate needs.
    """
    check_kafka_security(settings)
    if settings.kafka_security_protocol not in TLS_PROTOCOLS:
        return None
    cafile = settings.kafka_ssl_cafile
    try:
        context = ssl.create_default_context(cafile=str(cafile) if cafile else None)
    except (OSError, ssl.SSLError) as exc:
        raise UsageError(f"{CAFILE}: {cafile} is not a PEM certificate bundle ({exc})") from exc
    context.check_hostname = settings.kafka_ssl_check_hostname
    if settings.kafka_ssl_certfile is not None:
        key_password = settings.kafka_ssl_password
        secret = key_password.get_secret_value() if key_password else ""
        try:
            context.load_cert_chain(
                str(settings.kafka_ssl_certfile),
                str(settings.kafka_ssl_keyfile) if settings.kafka_ssl_keyfile else None,
                # A callable, never None: OpenSSL would prompt on the terminal for an
                # encrypted key instead of failing.
                password=lambda: secret.encode("utf-8"),
            )
        except (OSError, ssl.SSLError) as exc:
            raise UsageError(
                f"{CERTFILE}/{KEYFILE}: the client certificate and key cannot be loaded "
                f"(not PEM, not a pair, or a wrong {KEY_PASSWORD}): {exc.__class__.__name__}"
            ) from exc
    return context


def kafka_client_options(settings: Settings) -> dict[str, Any]:
    """Keyword arguments for any kafka-python or aiokafka client: security only."""
    protocol = settings.kafka_security_protocol
    options: dict[str, Any] = {"security_protocol": protocol}
    context = kafka_ssl_context(settings)
    if context is not None:
        options["ssl_context"] = context
    if protocol in SASL_PROTOCOLS:
        password = settings.kafka_sasl_password
        options.update(
            sasl_mechanism=settings.kafka_sasl_mechanism,
            sasl_plain_username=settings.kafka_sasl_username,
            sasl_plain_password=password.get_secret_value() if password else None,
        )
    return options


def faust_broker_credentials(settings: Settings) -> Any:
    """Faust's `broker_credentials` for these settings (None: plaintext, no SASL)."""
    from faust.auth import SASLCredentials, SSLCredentials

    protocol = settings.kafka_security_protocol
    context = kafka_ssl_context(settings)
    if protocol == "SSL":
        return SSLCredentials(context)
    if protocol in SASL_PROTOCOLS:
        password = settings.kafka_sasl_password
        # Faust derives SASL_SSL from the presence of the context, SASL_PLAINTEXT otherwise.
        return SASLCredentials(
            username=settings.kafka_sasl_username,
            password=password.get_secret_value() if password else None,
            ssl_context=context,
            mechanism=settings.kafka_sasl_mechanism,
        )
    return None


@contextmanager
def quiet_kafka_logs() -> Iterator[None]:
    """kafka-python logs every failed connect attempt; we report the outcome in one line."""
    logger = logging.getLogger("kafka")
    level = logger.level
    logger.setLevel(logging.CRITICAL)
    try:
        yield
    finally:
        logger.setLevel(level)
