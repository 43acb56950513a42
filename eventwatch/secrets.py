"""Secrets in configuration and rules: masked when shown, `${ENV:NAME}` resolved when used.

A rule may hold a secret literally (write-only: it is stored, never read back) or as a
reference to an environment variable of the worker, so the secret never enters the index.
"""

from __future__ import annotations

import os
import re
from urllib.parse import urlsplit, urlunsplit

MASK = "********"
ENV_REFERENCE = re.compile(r"^\$\{ENV:([A-Za-z_][A-Za-z0-9_]*)\}$")
ENV_REFERENCE_PATTERN = r"^\$\{ENV:[A-Za-z_][A-Za-z0-9_]*\}$"


class MissingSecret(LookupError):
    """A `${ENV:NAME}` reference whose variable is not set where it is used."""

    def __init__(self, name: str) -> None:
        super().__init__(f"environment variable {name} is not set (referenced as ${{ENV:{name}}})")
        self.name = name


def is_reference(value: str) -> bool:
    return ENV_REFERENCE.match(value) is not None


def resolve(value: str) -> str:
    """The value itself, or the environment variable a `${ENV:NAME}` reference names."""
    match = ENV_REFERENCE.match(value)
    if match is None:
        return value
    name = match.group(1)
    resolved = os.environ.get(name)
    if resolved is None:
        raise MissingSecret(name)
    return resolved


def mask(value: str) -> str:
    """What readers see of a secret: references as written (they hold no secret), else MASK."""
    return value if is_reference(value) else MASK


def mask_url(url: str) -> str:
    """An URL whose path holds the secret (Slack hooks): scheme and host shown, the rest masked."""
    if is_reference(url):
        return url
    parts = urlsplit(url)
    host = parts.hostname or ""
    if parts.port:
        host = f"{host}:{parts.port}"
    return urlunsplit((parts.scheme, host, f"/{MASK}", "", ""))


def redact_url(url: str) -> str:
    """scheme://host:port of a server URL: no user, password, path or query (they may hold keys)."""
    parts = urlsplit(url)
    host = parts.hostname or ""
    if ":" in host:
        host = f"[{host}]"
    if parts.port:
        host = f"{host}:{parts.port}"
    return urlunsplit((parts.scheme, host, "", "", ""))
