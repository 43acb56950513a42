"""Deterministic generated events for the indexers integration tests (our own texts)."""

from __future__ import annotations

import contextlib
import socket
import threading
from datetime import UTC, datetime, timedelta

from eventwatch.models import (
    EVENT_TYPES,
    Actor,
    Actors,
    ArticleRef,
    Event,
    Evidence,
    Location,
    ThreatLevel,
)

COUNTRIES = ["FR", "DE", "RU", "US", "UA", "GB", "ES"]
SOURCES = ["Tagesblatt", "Daily Courier", "Le Quotidien", "Agencia Sur"]
ACTORS = ["Frankreich", "Russia", "Nordland Liberation Front", "Jean Dupont", "Ministry of Rain"]
TEXTS = {
    "de": "Die Behörden in Ruritanien melden Vorfall Nummer {i} im Hafenviertel.",
    "en": "Officials in Ruritania reported incident number {i} near the harbour.",
    "fr": "Les autorités de Ruritanie signalent l'incident numéro {i} près du port.",
}
LEVELS = ["low", "elevated", "high", "critical"]


def make_event(
    i: int,
    *,
    now: datetime,
    text: str | None = None,
    language: str | None = None,
    type_: str | None = None,
) -> Event:
    """Event number i; every field varies with i on its own cycle."""
    language = language or ("de", "en", "fr")[i % 3]
    text = text or TEXTS[language].format(i=i)
    type_ = type_ or EVENT_TYPES[i % len(EVENT_TYPES)]
    country = COUNTRIES[(i * 3) % len(COUNTRIES)]
    tagged = now - timedelta(minutes=i * 60 + 30)
    target = [] if i % 5 == 4 else [Actor(name=ACTORS[(i + 1) % 5], kind="state")]
    return Event(
        id=f"gen{i:05d}",
        type=type_,
        summary=f"Generated event {i} of type {type_}",
        actors=Actors(source=[Actor(name=ACTORS[i % 4], kind="state")], target=target),
        location=Location(name=f"Place {i % 9}", country=country, lat=40.0 + i % 10, lon=2.0),
        evidence=Evidence(text=text, start=0, end=len(text)),
        confidence=round(0.3 + (i % 7) * 0.1, 2),
        severity=1 + i % 5,
        threat_level=(
            ThreatLevel(
                level=f"level {1 + i % 4}",
                normalized=LEVELS[i % 4],
                system=f"scale-{country}",
                rank=1 + i % 4,
                of=4,
                direction="raised",
            )
            if type_ == "terror_alert"
            else None
        ),
        modality="hypothetical" if i % 10 == 9 else "asserted",
        tagger_version="test-1",
        language=language,
        article=ArticleRef(
            id=f"art{i:05d}",
            title=f"Report {i}",
            source=SOURCES[i % len(SOURCES)],
            published_at=tagged - timedelta(minutes=5),
        ),
        received_at=tagged - timedelta(seconds=2),
        tagged_at=tagged,
    )


def generated(n: int, now: datetime | None = None) -> list[Event]:
    now = now or datetime.now(UTC)
    return [make_event(i, now=now) for i in range(n)]


class LateProxy:
    """A real TCP forwarder to Elasticsearch that refuses connections until `open()`.

    Stands for a server that is down and comes back: clients pointed at `url` get
    "connection refused" first, then reach the real Elasticsearch.
    """

    def __init__(self, target_host: str, target_port: int) -> None:
        self.target = (target_host, target_port)
        probe = socket.socket()
        probe.bind(("127.0.0.1", 0))
        self.port = probe.getsockname()[1]
        probe.close()
        self.url = f"http://127.0.0.1:{self.port}"
        self._server: socket.socket | None = None
        self._stop = threading.Event()

    def open(self) -> None:
        server = socket.create_server(("127.0.0.1", self.port), reuse_port=False)
        server.settimeout(0.2)
        self._server = server
        threading.Thread(target=self._accept, daemon=True).start()

    def close(self) -> None:
        self._stop.set()
        if self._server is not None:
            self._server.close()

    def _accept(self) -> None:
        assert self._server is not None
        while not self._stop.is_set():
            try:
                client, _ = self._server.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            upstream = socket.create_connection(self.target)
            for a, b in ((client, upstream), (upstream, client)):
                threading.Thread(target=_pipe, args=(a, b), daemon=True).start()


def _pipe(source: socket.socket, sink: socket.socket) -> None:
    try:
        while chunk := source.recv(65536):
            sink.sendall(chunk)
    except OSError:
        pass
    finally:
        for s in (source, sink):
            with contextlib.suppress(OSError):
                s.shutdown(socket.SHUT_RDWR)
