"""Incidents through a real worker on real Kafka and Elasticsearch: one happening reported
by five outlets in three languages is one incident and, for a `per: incident` rule, one
delivery, even though the Faust worker is SIGKILLed in the middle; a second happening
gives the second delivery."""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
from streams_support import Deployment, wait_for
from support.workers import Worker, running_worker

pytestmark = [pytest.mark.kafka, pytest.mark.elasticsearch, pytest.mark.slow]

KARACHI = [  # one bombing, five outlets, three languages
    (
        "en",
        "Harbour Gazette",
        "2026-03-02T07:40:00Z",
        "Bus station bombing kills 19 in Karachi",
        "A bomb exploded at a crowded bus station in Karachi on Monday morning, killing 19 people "
        "and wounding 40, police said.",
    ),
    (
        "de",
        "Rheinische Abendpost",
        "2026-03-02T10:05:00Z",
        "Anschlag auf Busbahnhof in Karachi",
        "Bei einem Bombenanschlag auf einen Busbahnhof in Karachi sind am Montag 19 Menschen "
        "getötet und 40 verletzt worden.",
    ),
    (
        "en",
        "Daily Meridian",
        "2026-03-02T09:15:00Z",
        "Karachi blast: death toll rises to 19",
        "The death toll from Monday's terrorist bombing at the bus terminal in Karachi has risen "
        "to 19, with 40 injured.",
    ),
    (
        "fr",
        "Le Courrier du Matin",
        "2026-03-02T13:00:00Z",
        "Attentat meurtrier à Karachi",
        "Un attentat à la bombe contre une gare routière de Karachi a fait 19 morts et 40 blessés "
        "lundi, selon la police pakistanaise.",
    ),
    (
        "de",
        "Nordkurier Online",
        "2026-03-02T14:30:00Z",
        "19 Tote bei Anschlag in Karachi",
        "Nach dem Bombenanschlag auf den Busbahnhof von Karachi ist die Zahl der Toten auf 19 "
        "gestiegen, 40 Menschen wurden verletzt.",
    ),
]
BARCELONA = [  # another happening: a protest
    (
        "es",
        "Diario de la Meseta",
        "2026-06-14T10:00:00Z",
        "Los taxistas protestan en Barcelona",
        "Unos 3000 taxistas protestaron el domingo en Barcelona contra las plataformas de "
        "transporte.",
    ),
    (
        "en",
        "Harbour Gazette",
        "2026-06-14T11:20:00Z",
        "Taxi drivers protest in Barcelona",
        "About 3000 taxi drivers protested in Barcelona on Sunday against ride-hailing apps.",
    ),
]
RULE_ID = "one-per-incident"
TAGGER_READY = "tag_articles: tagger ready"  # a (re)started worker's log line


class WebhookReceiver:
    """A real HTTP server on 127.0.0.1 keeping every JSON body POSTed to it."""

    def __init__(self) -> None:
        bodies: list[dict[str, Any]] = []
        self.bodies = bodies

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:  # noqa: N802 (http.server's naming)
                bodies.append(json.loads(self.rfile.read(int(self.headers["Content-Length"]))))
                self.send_response(204)
                self.end_headers()

            def log_message(self, *args: Any) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        threading.Thread(target=self.server.serve_forever, daemon=True).start()
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/hook"

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


def articles(reports: list[tuple[str, str, str, str, str]], tag: str) -> list[dict[str, Any]]:
    return [
        {
            "url": f"https://news.example.org/{tag}/{n}",
            "language": lang,
            "source": source,
            "published_at": published,
            "title": title,
            "text": text,
        }
        for n, (lang, source, published, title, text) in enumerate(reports)
    ]


@pytest.fixture(scope="module")
def receiver() -> Iterator[WebhookReceiver]:
    server = WebhookReceiver()
    try:
        yield server
    finally:
        server.close()


@pytest.fixture(scope="module")
def worker(deployment: Deployment) -> Iterator[Worker]:
    env = {**deployment.env, "EVENTWATCH_WEBHOOK_ALLOW_PRIVATE": "true"}
    deployment.worker_log = deployment.home / "worker.log"
    with running_worker(deployment.worker_log, env=env) as running:
        yield running


def ingest(deployment: Deployment, tmp_path: Path, name: str, docs: list[dict]) -> None:
    path = tmp_path / f"{name}.jsonl"
    path.write_text("\n".join(json.dumps(d, ensure_ascii=False) for d in docs) + "\n")
    result = deployment.cli("ingest", str(path), "--no-progress")
    assert result.returncode == 0, result.stderr.decode()


def search(deployment: Deployment, index: str, query: dict[str, Any]) -> list[dict[str, Any]]:
    from elasticsearch import Elasticsearch, NotFoundError

    es = Elasticsearch([deployment.settings.elasticsearch_url])
    try:
        es.indices.refresh(index=index)
        body = {"query": query, "size": 100}
        return [hit["_source"] for hit in es.search(index=index, body=body)["hits"]["hits"]]
    except NotFoundError:
        return []
    finally:
        es.close()


def attack_events(deployment: Deployment) -> list[dict[str, Any]]:
    return search(
        deployment, deployment.settings.names.events_index, {"term": {"type": "terror_attack"}}
    )


def incident(deployment: Deployment, incident_id: str) -> dict[str, Any] | None:
    found = search(
        deployment, deployment.settings.names.incidents_index, {"ids": {"values": [incident_id]}}
    )
    return found[0] if found else None


def test_one_delivery_per_happening_across_a_sigkill(
    deployment: Deployment, worker: Worker, receiver: WebhookReceiver, tmp_path: Path
) -> None:
    rule = {
        "id": RULE_ID,
        "match": {"types": ["terror_attack", "protest"]},
        "actions": [{"type": "webhook", "url": receiver.url, "retries": 0}],
    }
    rule_file = tmp_path / "rules.yaml"
    import yaml

    rule_file.write_text(yaml.safe_dump(rule))
    assert deployment.cli("rules", "apply", str(rule_file)).returncode == 0
    listed = json.loads(deployment.cli("rules", "list", "--format", "json", check=True).stdout)
    stored = [r for r in listed.get("rules", listed) if r["id"] == RULE_ID]
    assert stored[0]["per"] == "incident"  # the default for a new rule
    wait_for(
        lambda: "match_alerts: " in worker.text() and "1 enabled" in worker.text(),
        timeout=30,
        what="the worker to load the rule",
    )

    karachi = articles(KARACHI, "karachi")
    ingest(deployment, tmp_path, "first", karachi[:2])
    wait_for(lambda: len(receiver.bodies) >= 1, timeout=90, what="the first delivery")
    # Journaled and stored (logged after both), so a resend after the kill is a defect.
    wait_for(lambda: "match_alerts: alert " in worker.text(), timeout=30, what="the journal")
    # The other three reports arrive while the Faust worker is killed and restarted: the
    # restarted one decides them from the incident and alert state it recovers.
    started = worker.text().count(TAGGER_READY)
    killed = worker.kill_faust()
    ingest(deployment, tmp_path, "rest", karachi[2:])
    wait_for(lambda: worker.faust_pid() not in (None, killed), timeout=60, what="a restart")
    # Loading the spaCy pipelines is CPU-bound (~12 s of CPU, 33-66 s of wall time at a
    # load of 10-13 on two cores): the restart gets its own wait, scaled like a start.
    wait_for(
        lambda: worker.text().count(TAGGER_READY) > started,
        timeout=worker.start_timeout * 2,
        what="the restarted worker's tagger",
    )

    def all_joined() -> set[str] | None:
        found = attack_events(deployment)
        sources = {e["article"]["source"] for e in found}
        ids = {e.get("incident_id") for e in found}
        return ids if len(sources) == len(KARACHI) and None not in ids else None

    incident_ids = wait_for(all_joined, timeout=120, what="all five reports with an incident")
    assert len(incident_ids) == 1
    [incident_id] = incident_ids
    document = wait_for(
        lambda: (doc := incident(deployment, incident_id)) and doc["outlets"] == 5 and doc,
        timeout=60,
        what="the incident document with five outlets",
    )
    assert sorted(document["languages"]) == ["de", "en", "fr"]
    assert document["articles"] == 5
    assert document["severity"] >= 4
    time.sleep(8)  # room for a duplicate to show up
    assert len(receiver.bodies) == 1, [b["alert"]["id"] for b in receiver.bodies]
    first = receiver.bodies[0]["alert"]
    assert first["rule_id"] == RULE_ID
    assert first["incident"]["id"] == incident_id

    ingest(deployment, tmp_path, "second", articles(BARCELONA, "barcelona"))
    # Generous: the restarted worker may still be loading a language pipeline (seconds to
    # a minute on a loaded machine) when the second happening arrives.
    wait_for(lambda: len(receiver.bodies) >= 2, timeout=240, what="the second delivery")
    time.sleep(5)
    assert len(receiver.bodies) == 2
    second = receiver.bodies[1]["alert"]
    assert second["incident"]["type"] == "protest"
    assert second["incident"]["id"] != incident_id
