"""The Apache Kafka broker of the local stack: KRaft, one node, bound to 127.0.0.1."""

from __future__ import annotations

import base64
import logging
import subprocess
import uuid
from importlib import resources
from pathlib import Path

from eventwatch.errors import EventwatchError
from eventwatch.settings import Settings
from eventwatch.stack.ports import port_in_use, split_host_port
from eventwatch.stack.toolchain import Toolchain


class KafkaServer:
    name = "kafka"
    title = "Kafka"

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.host, self.port = split_host_port(
            settings.kafka_bootstrap, what="EVENTWATCH_KAFKA_BOOTSTRAP"
        )
        self.controller_port = settings.kafka_controller_port
        self.home = settings.state_dir / "kafka"

    @property
    def address(self) -> str:
        return f"{self.host}:{self.port}"

    @property
    def log_path(self) -> Path:
        return self.home / "logs" / "server.log"

    @property
    def console_path(self) -> Path:
        return self.home / "logs" / "console.out"

    def ports(self) -> dict[str, int]:
        return {"Kafka listener": self.port, "Kafka controller": self.controller_port}

    def answers(self, timeout: float = 3.0) -> bool:
        return kafka_answers(self.address, timeout=timeout)

    def prepare(self, lib: Path, tools: Toolchain) -> list[str]:
        """Write the config, format the storage on first use; return the command line."""
        config_dir = self.home / "config"
        config_dir.mkdir(parents=True, exist_ok=True)
        (self.home / "logs").mkdir(parents=True, exist_ok=True)
        properties = config_dir / "server.properties"
        properties.write_text(self._server_properties(), "utf-8")
        log4j = config_dir / "log4j2.properties"
        log4j.write_text(
            resources.files("eventwatch.stack")
            .joinpath("config", "kafka-log4j2.properties")
            .read_text(),
            "utf-8",
        )
        classpath = f"{lib}/*"
        if not (self.home / "data" / "meta.properties").is_file():
            self._format_storage(tools, classpath, properties)
        heap = self.settings.kafka_heap
        return [
            str(tools.java), f"-Xmx{heap}", f"-Xms{heap}", "-XX:+UseG1GC",
            "-Djava.awt.headless=true",
            f"-Dkafka.logs.dir={self.home / 'logs'}",
            f"-Dlog4j2.configurationFile={log4j}",
            "-cp", classpath, "kafka.Kafka", str(properties),
        ]  # fmt: skip

    def _server_properties(self) -> str:
        return "".join(f"{key}={value}\n" for key, value in self.server_properties().items())

    def server_properties(self) -> dict[str, str]:
        """The broker's configuration; a subclass may add listeners (tests: SASL_SSL)."""
        return {
            "process.roles": "broker,controller",
            "node.id": "1",
            "controller.quorum.voters": f"1@{self.host}:{self.controller_port}",
            "listeners": f"PLAINTEXT://{self.host}:{self.port},"
            f"CONTROLLER://{self.host}:{self.controller_port}",
            "advertised.listeners": f"PLAINTEXT://{self.host}:{self.port}",
            "controller.listener.names": "CONTROLLER",
            "inter.broker.listener.name": "PLAINTEXT",
            "listener.security.protocol.map": "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT",
            "log.dirs": str(self.home / "data"),
            "num.partitions": "1",
            # One broker: internal topics cannot be replicated; few offset partitions
            # keep the first consumer-group join fast on small machines.
            "offsets.topic.replication.factor": "1",
            "offsets.topic.num.partitions": "8",
            "transaction.state.log.replication.factor": "1",
            "transaction.state.log.min.isr": "1",
            "group.initial.rebalance.delay.ms": "0",
            "auto.create.topics.enable": "true",
            "delete.topic.enable": "true",
        }

    def format_options(self) -> list[str]:
        """Extra `kafka-storage format` options, e.g. --add-scram users (none here)."""
        return []

    def _format_storage(self, tools: Toolchain, classpath: str, properties: Path) -> None:
        cluster_id = new_cluster_id()
        done = subprocess.run(
            [
                str(tools.java),
                "-Xmx256m",
                f"-Dlog4j2.configurationFile={properties.parent}/log4j2.properties",
                f"-Dkafka.logs.dir={self.home / 'logs'}",
                "-cp",
                classpath,
                "kafka.tools.StorageTool",
                "format",
                "-t",
                cluster_id,
                "-c",
                str(properties),
                *self.format_options(),
            ],  # fmt: skip
            capture_output=True,
            text=True,
            check=False,
        )
        if done.returncode != 0:
            detail = (done.stderr or done.stdout).strip().splitlines()[-1:] or ["?"]
            raise EventwatchError(f"formatting Kafka storage failed: {detail[0]}")


def kafka_answers(bootstrap: str, *, timeout: float = 3.0) -> bool:
    """True when a Kafka broker at bootstrap answers a metadata request."""
    host, port = split_host_port(bootstrap, what="Kafka bootstrap")
    if not port_in_use(host, port):
        return False
    from kafka import KafkaAdminClient
    from kafka.errors import KafkaError

    quiet = logging.getLogger("kafka")
    level = quiet.level
    quiet.setLevel(logging.CRITICAL)  # failed probes are expected while starting
    admin = None
    try:
        ms = int(timeout * 1000)
        admin = KafkaAdminClient(
            bootstrap_servers=bootstrap,
            client_id="eventwatch-stack-probe",
            request_timeout_ms=ms,
            api_version_auto_timeout_ms=ms,
        )
        admin.list_topics()
        return True
    except (KafkaError, OSError, ValueError):
        return False
    finally:
        if admin is not None:
            admin.close()
        quiet.setLevel(level)


def new_cluster_id() -> str:
    """A random KRaft cluster id (URL-safe base64 of 16 bytes). One in 64 of those starts with
    '-', which `kafka-storage format -t` reads as an option ("expected one argument"): drawn
    again, as Kafka's own Uuid.randomUuid() does."""
    while True:
        cluster_id = base64.urlsafe_b64encode(uuid.uuid4().bytes).rstrip(b"=").decode()
        if not cluster_id.startswith("-"):
            return cluster_id
