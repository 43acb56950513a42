"""The one Elasticsearch client factory: basic auth, API key, CA bundle or fingerprint, and
one clear line when the server refuses us. A local HTTPS server (certificates from openssl)
answers as a secured Elasticsearch does: 401 without the right Authorization header."""

from __future__ import annotations

import base64
import json
import ssl
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from support.certificates import Certificates, make_certificates

from eventwatch.clients import elasticsearch_options, redacted_url, require_elasticsearch
from eventwatch.errors import ServiceUnavailable, UsageError
from eventwatch.settings import Settings

USER, PASSWORD, API_KEY = "elastic", "es-secret-pw", base64.b64encode(b"key-id:key-secret").decode()
ACCEPTED = {
    "Basic " + base64.b64encode(f"{USER}:{PASSWORD}".encode()).decode(),
    "ApiKey " + API_KEY,
}


class _SecuredElasticsearch(BaseHTTPRequestHandler):
    def do_GET(self) -> None:  # noqa: N802 - http.server's name
        if self.headers.get("Authorization") not in ACCEPTED:
            body = b'{"error": {"type": "security_exception"}, "status": 401}'
            self.send_response(401)
        else:
            body = json.dumps({"cluster_name": "t", "version": {"number": "7.10.2"}}).encode()
            self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture(scope="module")
def certs(tmp_path_factory: pytest.TempPathFactory) -> Certificates:
    return make_certificates(tmp_path_factory.mktemp("es-certs"))


def _serve(certs: Certificates, host: str) -> Iterator[str]:
    httpd = ThreadingHTTPServer((host, 0), _SecuredElasticsearch)
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(str(certs.server_cert), str(certs.server_key))
    httpd.socket = context.wrap_socket(httpd.socket, server_side=True)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    yield f"https://{host}:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


@pytest.fixture(scope="module")
def https_url(certs: Certificates) -> Iterator[str]:
    yield from _serve(certs, "127.0.0.1")  # a name the certificate is issued to


@pytest.fixture
def other_host_url(certs: Certificates) -> Iterator[str]:
    yield from _serve(certs, "127.0.0.2")  # loopback too, but not in the certificate


def settings(**fields: object) -> Settings:
    return Settings(_env_file=None, **fields)  # type: ignore[call-arg]


def test_basic_auth_over_tls_verified_by_the_ca_bundle(https_url: str, certs: Certificates) -> None:
    configured = settings(
        elasticsearch_url=https_url,
        elasticsearch_username=USER,
        elasticsearch_password=PASSWORD,
        elasticsearch_ca_certs=certs.ca,
    )
    client = require_elasticsearch(configured)
    try:
        assert client.info()["version"]["number"] == "7.10.2"
    finally:
        client.close()


def test_api_key_over_tls_pinned_by_fingerprint(https_url: str, certs: Certificates) -> None:
    configured = settings(
        elasticsearch_url=https_url,
        elasticsearch_api_key=API_KEY,
        elasticsearch_ssl_fingerprint=certs.server_fingerprint(),
    )
    require_elasticsearch(configured).close()


def test_a_wrong_password_is_one_line_naming_the_settings(
    https_url: str, certs: Certificates
) -> None:
    configured = settings(
        elasticsearch_url=https_url,
        elasticsearch_username=USER,
        elasticsearch_password="wrong-pw-xyz",
        elasticsearch_ca_certs=certs.ca,
    )
    with pytest.raises(ServiceUnavailable) as caught:
        require_elasticsearch(configured)
    message = str(caught.value)
    assert "refused the credentials" in message and "EVENTWATCH_ELASTICSEARCH_PASSWORD" in message
    assert "wrong-pw-xyz" not in message and "\n" not in message


def test_an_untrusted_certificate_names_the_ca_setting(https_url: str, certs: Certificates) -> None:
    configured = settings(
        elasticsearch_url=https_url,
        elasticsearch_api_key=API_KEY,
        elasticsearch_ca_certs=certs.other_ca,
    )
    with pytest.raises(ServiceUnavailable, match="EVENTWATCH_ELASTICSEARCH_CA_CERTS"):
        require_elasticsearch(configured)


def test_a_certificate_for_another_host_name_is_refused(
    other_host_url: str, certs: Certificates
) -> None:
    configured = settings(
        elasticsearch_url=other_host_url,
        elasticsearch_api_key=API_KEY,
        elasticsearch_ca_certs=certs.ca,
    )
    with pytest.raises(ServiceUnavailable, match="issued to another host name"):
        require_elasticsearch(configured)


def test_a_fingerprint_of_another_certificate_is_refused(https_url: str) -> None:
    configured = settings(
        elasticsearch_url=https_url,
        elasticsearch_api_key=API_KEY,
        elasticsearch_ssl_fingerprint="ab" * 32,
    )
    with pytest.raises(ServiceUnavailable, match="does not match EVENTWATCH_ELASTICSEARCH_SSL"):
        require_elasticsearch(configured)


@pytest.mark.parametrize(
    ("fields", "named"),
    [
        ({"elasticsearch_username": USER}, "go together"),
        ({"elasticsearch_api_key": API_KEY, "elasticsearch_username": USER}, "not both"),
        ({"elasticsearch_ssl_fingerprint": "12:34"}, "64 hex digits"),
        ({"elasticsearch_ca_certs": "/nonexistent.pem"}, "no such file"),
    ],
)
def test_contradicting_settings_are_refused_naming_them(
    https_url: str, fields: dict[str, object], named: str
) -> None:
    with pytest.raises(UsageError, match=named):
        elasticsearch_options(settings(elasticsearch_url=https_url, **fields))


def test_tls_settings_on_a_plain_http_url_are_refused(certs: Certificates) -> None:
    with pytest.raises(UsageError, match="not https"):
        elasticsearch_options(
            settings(elasticsearch_url="http://127.0.0.1:9200", elasticsearch_ca_certs=certs.ca)
        )


def test_a_password_in_the_url_is_not_shown_in_messages() -> None:
    url = "https://elastic:hunter2@es.example.org:9243/"
    assert redacted_url(url) == "https://elastic:***@es.example.org:9243/"
    assert redacted_url("http://127.0.0.1:9200") == "http://127.0.0.1:9200"
