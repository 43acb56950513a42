"""Certificates for TLS tests, made with openssl in a folder the test owns: a CA, a server
certificate for 127.0.0.1 and localhost, a client certificate whose key is encrypted with a
password, and a second CA that signed nothing here (an untrusted issuer)."""

from __future__ import annotations

import hashlib
import ssl
import subprocess
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Certificates:
    ca: Path
    other_ca: Path
    server_cert: Path
    server_key: Path
    broker_keystore: Path  # PKCS#8 key and certificate in one PEM, as Kafka reads it
    client_cert: Path
    client_key: Path  # encrypted with key_password
    key_password: str

    def server_fingerprint(self) -> str:
        """SHA-256 of the server certificate (DER), hex, as Elasticsearch prints it."""
        der = ssl.PEM_cert_to_DER_cert(self.server_cert.read_text())
        return hashlib.sha256(der).hexdigest()


def _openssl(*args: str, cwd: Path) -> None:
    subprocess.run(["openssl", *args], cwd=cwd, check=True, capture_output=True)


def make_certificates(folder: Path) -> Certificates:
    folder.mkdir(parents=True, exist_ok=True)
    days = "2"
    for ca in ("ca", "other-ca"):
        _openssl(
            "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", days,
            "-keyout", f"{ca}.key", "-out", f"{ca}.pem", "-subj", f"/CN=eventwatch test {ca}",
            cwd=folder,
        )  # fmt: skip
    (folder / "broker.ext").write_text("subjectAltName=IP:127.0.0.1,DNS:localhost\n")
    _openssl(
        "req", "-newkey", "rsa:2048", "-nodes", "-keyout", "broker.key", "-out", "broker.csr",
        "-subj", "/CN=localhost", cwd=folder,
    )  # fmt: skip
    _openssl(
        "x509", "-req", "-in", "broker.csr", "-CA", "ca.pem", "-CAkey", "ca.key",
        "-CAcreateserial", "-days", days, "-extfile", "broker.ext", "-out", "broker.pem",
        cwd=folder,
    )  # fmt: skip
    _openssl("pkcs8", "-topk8", "-nocrypt", "-in", "broker.key", "-out", "broker.p8", cwd=folder)
    keystore = folder / "broker-keystore.pem"
    keystore.write_text((folder / "broker.p8").read_text() + (folder / "broker.pem").read_text())
    key_password = "client-key-passphrase"
    _openssl(
        "req", "-newkey", "rsa:2048", "-keyout", "client.key", "-out", "client.csr",
        "-subj", "/CN=eventwatch-client", "-passout", f"pass:{key_password}", cwd=folder,
    )  # fmt: skip
    _openssl(
        "x509", "-req", "-in", "client.csr", "-CA", "ca.pem", "-CAkey", "ca.key",
        "-CAcreateserial", "-days", days, "-out", "client.pem", cwd=folder,
    )  # fmt: skip
    return Certificates(
        ca=folder / "ca.pem",
        server_cert=folder / "broker.pem",
        server_key=folder / "broker.p8",
        other_ca=folder / "other-ca.pem",
        broker_keystore=keystore,
        client_cert=folder / "client.pem",
        client_key=folder / "client.key",
        key_password=key_password,
    )
