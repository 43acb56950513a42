"""A Kafka broker of its own with a SASL_SSL listener, for the tests of secured connections.

Certificates come from support.certificates (openssl, in the broker's directory). SCRAM-SHA-512
users are written into the storage when it is formatted (`kafka-storage format --add-scram`,
as a new KRaft cluster does it). The SASL_SSL listener also requires a client certificate;
the plaintext listener is the inter-broker one. The broker runs from the local stack's jars
and is stopped by its pid.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from eventwatch.settings import Settings
from eventwatch.stack import maven, procs
from eventwatch.stack.kafka import KafkaServer
from eventwatch.stack.ports import free_port
from eventwatch.stack.toolchain import find_toolchain
from support.certificates import Certificates, make_certificates
from support.waiting import wait_for

SCRAM = "SCRAM-SHA-512"


@dataclass(frozen=True)
class SecureBroker:
    plaintext_bootstrap: str
    secure_bootstrap: str
    certificates: Certificates
    users: dict[str, str]

    def fields(self, user: str, *, password: str | None = None) -> dict[str, str]:
        """Settings fields of a client that connects as `user` over SASL_SSL."""
        certs = self.certificates
        return {
            "kafka_bootstrap": self.secure_bootstrap,
            "kafka_security_protocol": "SASL_SSL",
            "kafka_sasl_mechanism": SCRAM,
            "kafka_sasl_username": user,
            "kafka_sasl_password": self.users[user] if password is None else password,
            "kafka_ssl_cafile": str(certs.ca),
            "kafka_ssl_certfile": str(certs.client_cert),
            "kafka_ssl_keyfile": str(certs.client_key),
            "kafka_ssl_password": certs.key_password,
        }

    def env(self, user: str, *, password: str | None = None) -> dict[str, str]:
        """The same as EVENTWATCH_* variables, for the CLI and workers."""
        fields = self.fields(user, password=password)
        return {f"EVENTWATCH_{name.upper()}": value for name, value in fields.items()}

    def settings(self, base: Settings, user: str, *, password: str | None = None) -> Settings:
        return Settings(**(base.model_dump() | self.fields(user, password=password)))


class SaslSslKafkaServer(KafkaServer):
    """The local stack's broker plus a SASL_SSL listener that wants SCRAM and a client cert."""

    def __init__(
        self, settings: Settings, secure_port: int, certs: Certificates, users: dict[str, str]
    ) -> None:
        super().__init__(settings)
        self.secure_port = secure_port
        self.certs = certs
        self.users = users

    def server_properties(self) -> dict[str, str]:
        properties = super().server_properties()
        host, port, secure = self.host, self.port, self.secure_port
        scram_login = "org.apache.kafka.common.security.scram.ScramLoginModule required;"
        properties.update(
            {
                "listeners": f"PLAINTEXT://{host}:{port},SASL_SSL://{host}:{secure},"
                f"CONTROLLER://{host}:{self.controller_port}",
                "advertised.listeners": f"PLAINTEXT://{host}:{port},SASL_SSL://{host}:{secure}",
                "listener.security.protocol.map": "PLAINTEXT:PLAINTEXT,SASL_SSL:SASL_SSL,"
                "CONTROLLER:PLAINTEXT",
                "sasl.enabled.mechanisms": SCRAM,
                "listener.name.sasl_ssl.scram-sha-512.sasl.jaas.config": scram_login,
                "listener.name.sasl_ssl.ssl.client.auth": "required",
                "ssl.keystore.type": "PEM",
                "ssl.keystore.location": str(self.certs.broker_keystore),
                "ssl.truststore.type": "PEM",
                "ssl.truststore.location": str(self.certs.ca),
            }
        )
        return properties

    def format_options(self) -> list[str]:
        options = []
        for user, password in self.users.items():
            options += ["--add-scram", f"{SCRAM}=[name={user},password={password}]"]
        return options

    def ports(self) -> dict[str, int]:
        return super().ports() | {"Kafka SASL_SSL listener": self.secure_port}


@contextmanager
def sasl_ssl_broker(home: Path, users: dict[str, str]) -> Iterator[SecureBroker]:
    """A started broker in `home`, stopped by its pid when the block ends."""
    from eventwatch.kafka_probe import kafka_connection_problem
    from support.stacks import private_stack_settings

    settings = private_stack_settings(home)
    certs = make_certificates(home / "certs")
    server = SaslSslKafkaServer(settings, free_port(), certs, users)
    tools = find_toolchain(settings.java_home)
    lib = maven.resolve(settings.maven_cache or home / "maven", "kafka", tools.mvn)
    argv = server.prepare(lib, tools)
    record = procs.start_detached(
        argv, log_path=server.console_path, cwd=home, address=server.address
    )
    broker = SecureBroker(
        plaintext_bootstrap=server.address,
        secure_bootstrap=f"{server.host}:{server.secure_port}",
        certificates=certs,
        users=users,
    )
    try:
        probe = broker.settings(settings, next(iter(users)))
        wait_for(
            lambda: not record.alive() or kafka_connection_problem(probe, timeout=2) is None,
            timeout=120,
            what="the SASL_SSL broker to accept its first user",
        )
        assert record.alive(), procs.tail(server.log_path, 20)
        yield broker
    finally:
        procs.stop(record)
