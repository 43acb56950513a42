"""Ports of the local stack: parsing addresses and checking who holds a port."""

from __future__ import annotations

import socket
from urllib.parse import urlsplit

from eventwatch.errors import UsageError


def split_host_port(address: str, *, what: str) -> tuple[str, int]:
    """'host:port' -> (host, port); a clear UsageError for anything else."""
    host, sep, port = address.rpartition(":")
    if not sep or not host or not port.isdigit() or not 0 < int(port) < 65536:
        raise UsageError(f"{what} must be host:port, got {address!r}")
    return host.strip("[]"), int(port)


def url_host_port(url: str, *, what: str) -> tuple[str, int]:
    """'http://host:port' -> (host, port); the port defaults to 9200 like Elasticsearch."""
    try:
        parts = urlsplit(url)
        port = parts.port or 9200
    except ValueError as exc:
        raise UsageError(f"{what} is not a valid URL: {url!r} ({exc})") from None
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise UsageError(f"{what} must look like http://host:port, got {url!r}")
    return parts.hostname, port


def port_in_use(host: str, port: int) -> bool:
    """True when something accepts connections on host:port."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.settimeout(0.5)
        return sock.connect_ex((host, port)) == 0


def free_port(host: str = "127.0.0.1") -> int:
    """A port nobody listens on right now (the OS picks it)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((host, 0))
        return sock.getsockname()[1]
