"""LocalStack: Kafka and Elasticsearch as background processes, for runs and tests.

up() starts what is not running yet and waits until both are healthy; down() stops exactly
the processes up() started (pid files in the state dir); status() probes the servers at the
configured addresses, whoever started them.
"""

from __future__ import annotations

import fcntl
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Protocol

from eventwatch.errors import EventwatchError, UsageError
from eventwatch.settings import Settings
from eventwatch.stack import maven, procs
from eventwatch.stack.elasticsearch import ElasticsearchServer, compile_launcher
from eventwatch.stack.kafka import KafkaServer
from eventwatch.stack.ports import port_in_use
from eventwatch.stack.toolchain import Toolchain, find_toolchain

LOOPBACK = {"127.0.0.1", "localhost"}


class Server(Protocol):
    name: str
    title: str
    host: str

    @property
    def address(self) -> str: ...
    @property
    def log_path(self) -> Path: ...
    @property
    def console_path(self) -> Path: ...
    def ports(self) -> dict[str, int]: ...
    def answers(self, timeout: float = 3.0) -> bool: ...
    def prepare(self, lib: Path, tools: Toolchain) -> list[str]: ...


class StartFailed(EventwatchError):
    """A server died or never became healthy while starting."""


class LocalStack:
    def __init__(self, settings: Settings, *, start_timeout: float = 180.0) -> None:
        self.settings = settings
        self.start_timeout = start_timeout
        self._log_offsets: dict[str, dict[Path, int]] = {}
        self.servers: list[Server] = [KafkaServer(settings), ElasticsearchServer(settings)]
        for server in self.servers:
            if server.host not in LOOPBACK:
                raise UsageError(
                    f"the local stack binds 127.0.0.1 only, but {server.title} is configured "
                    f"at {server.address}"
                )

    @property
    def maven_cache(self) -> Path:
        return self.settings.maven_cache or self.settings.home / "maven"

    def pid_file(self, server: Server) -> Path:
        return self.settings.state_dir / f"{server.name}.pid"

    def record(self, server: Server) -> procs.ProcessRecord | None:
        record = procs.read_record(self.pid_file(server))
        return record if record is not None and record.alive() else None

    def fetch(self) -> dict[str, Path]:
        """Resolve the jars (and compile the launcher) without starting anything."""

        tools = find_toolchain(self.settings.java_home)
        libs = {c: maven.resolve(self.maven_cache, c, tools.mvn) for c in maven.COMPONENTS}
        compile_launcher(libs["elasticsearch"], tools)
        return libs

    def status(self) -> dict[str, dict[str, object]]:
        kafka, es = self.servers
        return {
            "kafka": {"up": kafka.answers(), "bootstrap": kafka.address},
            "elasticsearch": {"up": es.answers(), "url": es.address},
        }

    def up(self) -> dict[str, str]:
        """Start what is missing and wait for health. Returns per server what happened:
        'started', 'running' (ours, already up) or 'external' (answering, not ours)."""
        with self._lock():
            return self._up()

    def _up(self) -> dict[str, str]:
        outcome: dict[str, str] = {}
        starting: dict[str, procs.ProcessRecord] = {}
        pending = []
        for server in self.servers:
            ours = self.record(server)
            if ours is not None:
                self._check_same_address(server, ours)
                outcome[server.name] = "running"
                starting[server.name] = ours  # may still be warming up: wait for it too
            elif server.answers():
                outcome[server.name] = "external"
            else:
                self._check_ports_free(server)
                pending.append(server)
        if pending:
            tools = find_toolchain(self.settings.java_home)
            for server in pending:
                lib = maven.resolve(self.maven_cache, server.name, tools.mvn)
                argv = server.prepare(lib, tools)
                self._log_offsets[server.name] = {
                    p: procs.size(p) for p in (server.console_path, server.log_path)
                }
                record = procs.start_detached(
                    argv,
                    log_path=server.console_path,
                    cwd=self.settings.state_dir,
                    address=server.address,
                )
                procs.write_record(self.pid_file(server), record)
                starting[server.name] = record
                outcome[server.name] = "started"
        try:
            self._wait_healthy(starting)
        except StartFailed:
            # Leave nothing half-started behind: stop what this call started.
            for name, record in starting.items():
                if outcome[name] != "started":
                    continue
                procs.stop(record)
                self.pid_file(self._server(name)).unlink(missing_ok=True)
            raise
        return outcome

    def _server(self, name: str) -> Server:
        return next(s for s in self.servers if s.name == name)

    def down(self, only: tuple[str, ...] | None = None) -> dict[str, str]:
        """Stop the servers up() started (or only those named, for fault tests):
        'stopped', 'not running' or 'stuck' per server."""
        unknown = set(only or ()) - {s.name for s in self.servers}
        if unknown:
            raise UsageError(f"unknown server(s): {', '.join(sorted(unknown))}")
        with self._lock():
            return self._down(only)

    def _down(self, only: tuple[str, ...] | None) -> dict[str, str]:
        outcome = {}
        for server in self.servers:
            if only is not None and server.name not in only:
                continue
            pid_file = self.pid_file(server)
            record = procs.read_record(pid_file)
            if record is None or not record.alive():
                outcome[server.name] = "not running"
            elif procs.stop(record):
                outcome[server.name] = "stopped"
            else:
                outcome[server.name] = "stuck"
                continue
            pid_file.unlink(missing_ok=True)
        return outcome

    @contextmanager
    def _lock(self) -> Iterator[None]:
        """One up/down at a time per state dir (two shells, or tests in parallel)."""
        self.settings.state_dir.mkdir(parents=True, exist_ok=True)
        with open(self.settings.state_dir / ".lock", "w") as handle:
            fcntl.flock(handle, fcntl.LOCK_EX)
            try:
                yield
            finally:
                fcntl.flock(handle, fcntl.LOCK_UN)

    def _check_same_address(self, server: Server, record: procs.ProcessRecord) -> None:
        if record.address and record.address != server.address:
            raise EventwatchError(
                f"the {server.title} of {self.settings.state_dir} runs at {record.address}, "
                f"not at {server.address}: run 'eventwatch stack down' with the old settings first"
            )

    def _check_ports_free(self, server: Server) -> None:
        for label, port in server.ports().items():
            if port_in_use(server.host, port):
                raise EventwatchError(
                    f"cannot start {server.title}: port {port} ({label}) is already in use "
                    "by another process; stop it or configure other ports"
                )

    def _wait_healthy(self, starting: dict[str, procs.ProcessRecord]) -> None:
        deadline = time.monotonic() + self.start_timeout
        waiting = [s for s in self.servers if s.name in starting]
        while waiting:
            for server in list(waiting):
                record = starting[server.name]
                if server.answers(timeout=2.0):
                    waiting.remove(server)
                elif not record.alive():
                    self._fail(server, f"exited while starting (code {procs.exit_code(record)})")
            if waiting and time.monotonic() > deadline:
                server = waiting[0]
                procs.stop(starting[server.name])
                self._fail(server, f"was not healthy after {self.start_timeout:.0f} s")
            if waiting:
                time.sleep(0.5)

    def _fail(self, server: Server, what: str) -> None:
        self.pid_file(server).unlink(missing_ok=True)
        offsets = self._log_offsets.get(server.name, {})
        parts = []
        for path in dict.fromkeys((server.console_path, server.log_path)):
            text = procs.tail(path, 12, start=offsets.get(path, 0))
            if text.strip() and text != "(no log)":
                parts.append(f"--- {path}\n{text}")
        logs = "\n".join(parts) or "(the logs are empty)"
        raise StartFailed(f"{server.title} {what}; last log lines:\n{logs}")
