"""The Elasticsearch node of the local stack (7.10.2 through the codelibs cluster runner).

The runner's own command line cannot bind 127.0.0.1 only, choose the transport port or use
HTTP ports above 9299, so a ten-line launcher (stack/java/) drives its API instead; it is
compiled once into the jar cache.
"""

from __future__ import annotations

import hashlib
import subprocess
from importlib import resources
from pathlib import Path

import httpx

from eventwatch.errors import EventwatchError
from eventwatch.settings import Settings
from eventwatch.stack.ports import url_host_port
from eventwatch.stack.toolchain import Toolchain

LAUNCHER = "EventwatchElasticsearch"


class ElasticsearchServer:
    name = "elasticsearch"
    title = "Elasticsearch"

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.url = settings.elasticsearch_url.rstrip("/")
        self.host, self.port = url_host_port(self.url, what="EVENTWATCH_ELASTICSEARCH_URL")
        self.transport_port = settings.elasticsearch_transport_port or self.port + 100
        self.home = settings.state_dir / "elasticsearch"

    @property
    def address(self) -> str:
        return self.url

    @property
    def log_path(self) -> Path:
        return self.home / "logs" / "console.out"

    console_path = log_path

    def ports(self) -> dict[str, int]:
        return {"Elasticsearch HTTP": self.port, "Elasticsearch transport": self.transport_port}

    def answers(self, timeout: float = 3.0) -> bool:
        return elasticsearch_health(self.url, timeout=timeout) in ("yellow", "green")

    def prepare(self, lib: Path, tools: Toolchain) -> list[str]:
        classes = compile_launcher(lib, tools)
        self.home.mkdir(parents=True, exist_ok=True)
        heap = self.settings.elasticsearch_heap
        settings = {
            "network.host": self.host,
            "http.port": self.port,
            "transport.port": self.transport_port,
            "discovery.type": "single-node",
            "node.name": "eventwatch-1",
            # Shared dev machines often have full-ish disks; the stack is not production.
            "cluster.routing.allocation.disk.threshold_enabled": "false",
            "action.auto_create_index": "true",
        }
        return [
            str(tools.java), f"-Xms{heap}", f"-Xmx{heap}", "-XX:+UseG1GC",
            "-Djava.awt.headless=true", "-Dfile.encoding=UTF-8",
            # Elasticsearch 7.10 ships log4j 2.11: disable message lookups (CVE-2021-44228).
            "-Dlog4j2.formatMsgNoLookups=true",
            "-Dio.netty.noUnsafe=true", "-Dio.netty.recycler.maxCapacityPerThread=0",
            "-cp", f"{classes}:{lib}/*", LAUNCHER,
            str(self.home / "cluster"), "eventwatch",
            *(f"{key}={value}" for key, value in settings.items()),
        ]  # fmt: skip


def launcher_source() -> str:
    return (
        resources.files("eventwatch.stack").joinpath("java", f"{LAUNCHER}.java").read_text("utf-8")
    )


def compile_launcher(lib: Path, tools: Toolchain) -> Path:
    """Compile the launcher next to the jars (once per source version)."""
    source = launcher_source()
    classes = lib.parent / f"launcher-{hashlib.sha256(source.encode()).hexdigest()[:12]}"
    if (classes / f"{LAUNCHER}.class").is_file():
        return classes
    classes.mkdir(parents=True, exist_ok=True)
    src = classes / f"{LAUNCHER}.java"
    src.write_text(source, "utf-8")
    done = subprocess.run(
        [str(tools.require_javac()), "-d", str(classes), "-cp", f"{lib}/*", str(src)],
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode != 0:
        raise EventwatchError(f"compiling the Elasticsearch launcher failed: {done.stderr.strip()}")
    return classes


def elasticsearch_health(url: str, *, timeout: float = 3.0) -> str | None:
    """Cluster health status ('green', 'yellow', 'red') or None when nothing answers."""
    try:
        response = httpx.get(f"{url.rstrip('/')}/_cluster/health", timeout=timeout)
        if response.status_code != 200:
            return None
        status = response.json().get("status")
    except (httpx.HTTPError, ValueError, AttributeError):
        return None
    return status if isinstance(status, str) else None
