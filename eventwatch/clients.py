"""Clients for the real servers, built from settings in one place."""

from __future__ import annotations

import ssl
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit, urlunsplit

from eventwatch.errors import ServiceUnavailable, UsageError
from eventwatch.settings import Settings, get_settings

if TYPE_CHECKING:
    from elasticsearch import Elasticsearch

CA_CERTS = "EVENTWATCH_ELASTICSEARCH_CA_CERTS"
FINGERPRINT = "EVENTWATCH_ELASTICSEARCH_SSL_FINGERPRINT"


def elasticsearch_client(settings: Settings | None = None, *, timeout: float = 30) -> Elasticsearch:
    from elasticsearch import Elasticsearch

    settings = settings or get_settings()
    return Elasticsearch(
        [settings.elasticsearch_url], timeout=timeout, **elasticsearch_options(settings)
    )


def elasticsearch_options(settings: Settings) -> dict[str, Any]:
    """Authentication and TLS keyword arguments of the Elasticsearch client."""
    options: dict[str, Any] = {}
    api_key = settings.elasticsearch_api_key
    username = settings.elasticsearch_username
    password = settings.elasticsearch_password
    if api_key is not None and (username or password is not None):
        raise UsageError(
            "set either EVENTWATCH_ELASTICSEARCH_API_KEY or EVENTWATCH_ELASTICSEARCH_USERNAME "
            "and EVENTWATCH_ELASTICSEARCH_PASSWORD, not both"
        )
    if api_key is not None:
        options["api_key"] = api_key.get_secret_value()
    elif username or password is not None:
        if not username or password is None:
            raise UsageError(
                "EVENTWATCH_ELASTICSEARCH_USERNAME and EVENTWATCH_ELASTICSEARCH_PASSWORD "
                "go together: set both"
            )
        options["http_auth"] = (username, password.get_secret_value())
    context = _elasticsearch_ssl_context(settings)
    if context is not None:
        options["ssl_context"] = context
        if settings.elasticsearch_ssl_fingerprint:
            options["ssl_assert_fingerprint"] = _fingerprint(settings.elasticsearch_ssl_fingerprint)
    return options


def _elasticsearch_ssl_context(settings: Settings) -> ssl.SSLContext | None:
    ca_certs = settings.elasticsearch_ca_certs
    fingerprint = settings.elasticsearch_ssl_fingerprint
    if ca_certs is None and not fingerprint:
        return None  # http://, or https:// verified by the system's trusted CAs
    if not settings.elasticsearch_url.lower().startswith("https://"):
        name = CA_CERTS if ca_certs is not None else FINGERPRINT
        raise UsageError(f"{name} is set but EVENTWATCH_ELASTICSEARCH_URL is not https://")
    if ca_certs is not None and fingerprint:
        raise UsageError(f"set either {CA_CERTS} or {FINGERPRINT}, not both")
    if ca_certs is not None:
        if not Path(ca_certs).is_file():
            raise UsageError(f"{CA_CERTS}: no such file: {ca_certs}")
        try:
            context = ssl.create_default_context(cafile=str(ca_certs))
        except (OSError, ssl.SSLError) as exc:
            raise UsageError(f"{CA_CERTS}: {ca_certs} is not a PEM certificate bundle") from exc
        # urllib3 matches the host name itself (an IP address too, which the ssl module
        # would refuse to check here without a server_hostname).
        context.check_hostname = False
        return context
    # Pinned by fingerprint: the certificate is self-signed (as Elasticsearch 8 makes it on
    # first start), so no CA can vouch for it; the pin checks it instead.
    context = ssl.create_default_context()
    context.check_hostname = False
    context.verify_mode = ssl.CERT_NONE
    return context


def _fingerprint(value: str) -> str:
    digits = value.replace(":", "").strip().lower()
    if len(digits) != 64 or any(c not in "0123456789abcdef" for c in digits):
        raise UsageError(f"{FINGERPRINT} must be the SHA-256 fingerprint (64 hex digits)")
    return digits


def redacted_url(url: str) -> str:
    """The URL without the password it may carry (user:password@host)."""
    parts = urlsplit(url)
    if parts.password is None:
        return url
    netloc = f"{parts.username}:***@{parts.hostname}"
    if parts.port is not None:
        netloc += f":{parts.port}"
    return urlunsplit(parts._replace(netloc=netloc))


def require_elasticsearch(settings: Settings | None = None) -> Elasticsearch:
    """A client that is known to answer; otherwise a one-line error naming the setting."""
    from elasticsearch import AuthenticationException, AuthorizationException

    settings = settings or get_settings()
    client = elasticsearch_client(settings)
    where = redacted_url(settings.elasticsearch_url)
    try:
        info = client.info()
    except AuthenticationException as exc:
        raise ServiceUnavailable(
            f"Elasticsearch at {where} refused the credentials (401): check "
            "EVENTWATCH_ELASTICSEARCH_API_KEY or EVENTWATCH_ELASTICSEARCH_USERNAME and "
            "EVENTWATCH_ELASTICSEARCH_PASSWORD"
        ) from exc
    except AuthorizationException as exc:
        raise ServiceUnavailable(
            f"Elasticsearch at {where} answered 403: the configured user or API key lacks "
            "the privileges eventwatch needs (docs/connections.md)"
        ) from exc
    except Exception as exc:
        raise ServiceUnavailable(_unreachable(where, exc)) from exc
    if not isinstance(info, dict):
        raise ServiceUnavailable(f"Elasticsearch at {where} gave no cluster information")
    return client


def _unreachable(where: str, exc: BaseException) -> str:
    text = str(exc)
    if "CERTIFICATE_VERIFY_FAILED" in text:
        return (
            f"Elasticsearch at {where}: TLS certificate not trusted: set {CA_CERTS} "
            f"(the cluster's CA) or {FINGERPRINT}"
        )
    if "doesn't match" in text:
        return f"Elasticsearch at {where}: the certificate is issued to another host name"
    if "Fingerprints did not match" in text:
        return f"Elasticsearch at {where}: the certificate does not match {FINGERPRINT}"
    return (
        f"Elasticsearch does not answer at {where} (start it with 'eventwatch stack up' "
        "or set EVENTWATCH_ELASTICSEARCH_URL)"
    )
