"""EVENTWATCH_KAFKA_* settings -> what every Kafka client and Faust are given."""

from __future__ import annotations

import ssl
from pathlib import Path

import pytest
from pydantic import ValidationError
from support.certificates import Certificates, make_certificates

from eventwatch.errors import UsageError
from eventwatch.kafka_config import (
    faust_broker_credentials,
    kafka_client_options,
    kafka_ssl_context,
)
from eventwatch.settings import Settings


@pytest.fixture(scope="module")
def certs(tmp_path_factory: pytest.TempPathFactory) -> Certificates:
    return make_certificates(tmp_path_factory.mktemp("certs"))


def settings(**fields: object) -> Settings:
    return Settings(_env_file=None, **fields)  # type: ignore[call-arg]


def sasl_ssl(certs: Certificates, **fields: object) -> Settings:
    base: dict[str, object] = {
        "kafka_security_protocol": "SASL_SSL",
        "kafka_sasl_mechanism": "SCRAM-SHA-512",
        "kafka_sasl_username": "app",
        "kafka_sasl_password": "s3cret-pw",
        "kafka_ssl_cafile": certs.ca,
    }
    return settings(**(base | fields))


def test_plaintext_by_default_adds_nothing_but_the_protocol() -> None:
    plain = settings()
    assert kafka_client_options(plain) == {"security_protocol": "PLAINTEXT"}
    assert faust_broker_credentials(plain) is None


def test_sasl_ssl_gives_mechanism_credentials_and_a_verifying_tls_context(
    certs: Certificates,
) -> None:
    options = kafka_client_options(sasl_ssl(certs))
    context = options.pop("ssl_context")
    assert options == {
        "security_protocol": "SASL_SSL",
        "sasl_mechanism": "SCRAM-SHA-512",
        "sasl_plain_username": "app",
        "sasl_plain_password": "s3cret-pw",
    }
    assert context.verify_mode == ssl.CERT_REQUIRED and context.check_hostname
    assert context.cert_store_stats()["x509_ca"] == 1  # our CA only, not the system's


def test_hostname_check_can_be_turned_off(certs: Certificates) -> None:
    context = kafka_ssl_context(sasl_ssl(certs, kafka_ssl_check_hostname=False))
    assert context is not None and not context.check_hostname
    assert context.verify_mode == ssl.CERT_REQUIRED  # the chain is still verified


def test_a_client_certificate_with_an_encrypted_key_loads_with_its_password(
    certs: Certificates,
) -> None:
    context = kafka_ssl_context(
        sasl_ssl(
            certs,
            kafka_ssl_certfile=certs.client_cert,
            kafka_ssl_keyfile=certs.client_key,
            kafka_ssl_password=certs.key_password,
        )
    )
    assert context is not None


def test_a_wrong_key_password_is_refused_naming_the_setting_not_the_secret(
    certs: Certificates,
) -> None:
    with pytest.raises(UsageError) as caught:
        kafka_ssl_context(
            sasl_ssl(
                certs,
                kafka_ssl_certfile=certs.client_cert,
                kafka_ssl_keyfile=certs.client_key,
                kafka_ssl_password="not-the-passphrase",
            )
        )
    assert "EVENTWATCH_KAFKA_SSL_PASSWORD" in str(caught.value)
    assert "not-the-passphrase" not in str(caught.value)


@pytest.mark.parametrize(
    ("fields", "named"),
    [
        ({"kafka_sasl_username": None}, "EVENTWATCH_KAFKA_SASL_USERNAME is required"),
        ({"kafka_sasl_password": None}, "EVENTWATCH_KAFKA_SASL_PASSWORD is required"),
        ({"kafka_ssl_cafile": Path("/nonexistent/ca.pem")}, "EVENTWATCH_KAFKA_SSL_CAFILE"),
        ({"kafka_ssl_keyfile": Path(__file__)}, "without EVENTWATCH_KAFKA_SSL_CERTFILE"),
    ],
)
def test_incomplete_settings_are_refused_naming_the_setting(
    certs: Certificates, fields: dict[str, object], named: str
) -> None:
    with pytest.raises(UsageError, match=named) as caught:
        kafka_client_options(sasl_ssl(certs, **fields))
    assert caught.value.exit_code == 2
    assert "s3cret-pw" not in str(caught.value)


def test_credentials_without_a_sasl_protocol_are_refused_not_dropped() -> None:
    with pytest.raises(UsageError, match="EVENTWATCH_KAFKA_SECURITY_PROTOCOL is PLAINTEXT"):
        kafka_client_options(settings(kafka_sasl_username="app", kafka_sasl_password="pw"))


def test_tls_files_without_a_tls_protocol_are_refused(certs: Certificates) -> None:
    with pytest.raises(UsageError, match="does not use TLS"):
        kafka_client_options(
            settings(
                kafka_security_protocol="SASL_PLAINTEXT",
                kafka_sasl_username="app",
                kafka_sasl_password="pw",
                kafka_ssl_cafile=certs.ca,
            )
        )


def test_unknown_protocol_or_mechanism_is_a_validation_error_naming_the_field(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("EVENTWATCH_KAFKA_SASL_MECHANISM", "SCRAM-SHA-1")
    with pytest.raises(ValidationError, match="kafka_sasl_mechanism"):
        Settings(_env_file=None)  # type: ignore[call-arg]


def test_faust_gets_sasl_ssl_credentials_whose_repr_hides_the_password(
    certs: Certificates,
) -> None:
    credentials = faust_broker_credentials(sasl_ssl(certs))
    assert credentials.protocol.value == "SASL_SSL"
    assert credentials.mechanism.value == "SCRAM-SHA-512"
    assert credentials.username == "app" and credentials.password == "s3cret-pw"
    assert isinstance(credentials.ssl_context, ssl.SSLContext)
    assert "s3cret-pw" not in repr(credentials)


def test_faust_sasl_plaintext_and_ssl_only(certs: Certificates) -> None:
    sasl_plain = faust_broker_credentials(
        settings(
            kafka_security_protocol="SASL_PLAINTEXT",
            kafka_sasl_mechanism="PLAIN",
            kafka_sasl_username="app",
            kafka_sasl_password="pw",
        )
    )
    assert sasl_plain.protocol.value == "SASL_PLAINTEXT" and sasl_plain.ssl_context is None
    tls_only = faust_broker_credentials(
        settings(kafka_security_protocol="SSL", kafka_ssl_cafile=certs.ca)
    )
    assert tls_only.protocol.value == "SSL" and isinstance(tls_only.context, ssl.SSLContext)


def test_settings_never_show_the_secrets(certs: Certificates) -> None:
    configured = sasl_ssl(
        certs,
        kafka_ssl_password="key-pass-123",
        elasticsearch_password="es-pass-456",
        elasticsearch_username="elastic",
        elasticsearch_api_key="api-key-789",
    )
    shown = repr(configured) + str(configured) + configured.model_dump_json()
    for secret in ("s3cret-pw", "key-pass-123", "es-pass-456", "api-key-789"):
        assert secret not in shown


@pytest.mark.parametrize(
    ("variables", "line"),
    [
        (
            {"EVENTWATCH_KAFKA_SECURITY_PROTOCOL": "TLS"},
            "eventwatch: EVENTWATCH_KAFKA_SECURITY_PROTOCOL: Input should be 'PLAINTEXT', "
            "'SSL', 'SASL_PLAINTEXT' or 'SASL_SSL'",
        ),
        (
            {
                "EVENTWATCH_KAFKA_SECURITY_PROTOCOL": "SASL_SSL",
                "EVENTWATCH_KAFKA_SASL_USERNAME": "a",
            },
            "eventwatch: EVENTWATCH_KAFKA_SASL_PASSWORD is required when "
            "EVENTWATCH_KAFKA_SECURITY_PROTOCOL is SASL_SSL",
        ),
    ],
)
def test_cli_refuses_bad_connection_settings_in_one_line_exit_2(
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    variables: dict[str, str],
    line: str,
) -> None:
    from eventwatch.cli.main import main
    from eventwatch.settings import get_settings

    monkeypatch.setenv("EVENTWATCH_KAFKA_BOOTSTRAP", "127.0.0.1:9")  # nothing is contacted
    for name, value in variables.items():
        monkeypatch.setenv(name, value)
    get_settings.cache_clear()
    try:
        code = main(["ingest", "--no-progress", "-"])
    finally:
        get_settings.cache_clear()
    assert code == 2
    assert capsys.readouterr().err.splitlines() == [line]
