"""The private-address policy for URLs that users configure and the workers then call.

Webhook targets (alerts) and feed and article page URLs (ingest) come from editors, not
operators; without this check they could make a worker call internal services (SSRF).
Loopback, private, link-local and multicast targets are refused unless the operator allowed
them with the setting named in the message.
"""

from __future__ import annotations

import asyncio
import ipaddress
import socket
from urllib.parse import urlsplit

from eventwatch.errors import EventwatchError


class PrivateTargetRefused(EventwatchError):
    """A URL whose host is not public (or cannot be resolved); the message says why."""


def is_public_address(address: str) -> bool:
    ip = ipaddress.ip_address(address.split("%", 1)[0])
    return ip.is_global and not ip.is_multicast


async def check_public_url(url: str, *, allow_private: bool, setting: str) -> None:
    """Raise PrivateTargetRefused unless every address URL's host resolves to is public.

    `setting` is the environment variable that allows private targets (named in the message).
    """
    if allow_private:
        return
    host = urlsplit(url).hostname or ""
    try:
        infos = await asyncio.get_running_loop().getaddrinfo(host, None, type=socket.SOCK_STREAM)
    except OSError as exc:
        raise PrivateTargetRefused(f"cannot resolve {host!r}: {exc}") from exc
    for info in infos:
        address = str(info[4][0])
        if not is_public_address(address):
            raise PrivateTargetRefused(
                f"target {host} resolves to the private or loopback address {address}; "
                f"set {setting}=true to allow it"
            )
