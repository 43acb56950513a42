"""Watched feeds end to end (issue 14): a local news site the test runs, real Kafka and
Elasticsearch, real workers. One deployment for the module: the first test starts one worker,
the second adds a worker, SIGKILLs one and lets its supervisor restart it."""

from __future__ import annotations

import json
import os
import socket
import threading
import time
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from streams_support import Deployment, wait_for
from support.stacks import StackServers, deployment_env
from support.workers import Worker

from eventwatch.ingest.canonical import feed_article_id
from eventwatch.stack.news_site import NewsSite

pytestmark = [pytest.mark.kafka, pytest.mark.elasticsearch, pytest.mark.slow]

# The news site is the test's own, so the deployment lowers the 30 s politeness floor
# (EVENTWATCH_FEEDS_MIN_INTERVAL_SECONDS) and the feeds move six times as fast.
INTERVAL = 5.0
# Longer than any interval: while the slow feed's poll waits, every other feed is due again.
TIMEOUT = 15.0
# Items keep appearing while a killed worker's feeds move to the others.
MOVE_SECONDS = 10.0
NEUTRAL = "The city council met on Tuesday evening to discuss the budget"
EVENTFUL = [
    "Police arrested three terror suspects in a raid in Leeds on Tuesday",
    "Thousands of people demonstrated in Hamburg against the closure of the shipyard",
    "Norway offered to mediate talks between the two governments in Oslo",
]


def story(n: int) -> tuple[str, str]:
    """Title and text; only the page has the second sentence (the feed's teaser is the first)."""
    return f"Report {n}", f"{NEUTRAL} ({n}). {EVENTFUL[n % len(EVENTFUL)]}. More follows later."


@pytest.fixture(scope="module")
def site() -> Iterator[NewsSite]:
    with NewsSite() as running:
        yield running


@pytest.fixture(scope="module")
def feeds_deployment(
    stack_servers: StackServers, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Deployment]:
    from eventwatch.stack.cleanup import delete_prefixed_elasticsearch, delete_prefixed_kafka

    prefix = f"f{uuid.uuid4().hex[:8]}-"
    home = tmp_path_factory.mktemp("feeds-home")
    env = {**os.environ, **deployment_env(stack_servers, prefix, home)}
    env |= {
        "EVENTWATCH_ARTICLES_PARTITIONS": "2",
        "EVENTWATCH_FEEDS_ALLOW_PRIVATE": "true",
        "EVENTWATCH_FEEDS_TIMEOUT": str(TIMEOUT),
        "EVENTWATCH_FEEDS_SYNC_SECONDS": "2",
        "EVENTWATCH_FEEDS_MIN_INTERVAL_SECONDS": f"{INTERVAL:g}",
    }
    deployment = Deployment(env=env, home=home)
    try:
        deployment.cli("setup", check=True)
        yield deployment
    finally:
        delete_prefixed_elasticsearch(stack_servers.elasticsearch_url, prefix)
        delete_prefixed_kafka(stack_servers.kafka_bootstrap, prefix)


@pytest.fixture(scope="module")
def first_worker(feeds_deployment: Deployment) -> Iterator[Worker]:
    worker = Worker(feeds_deployment.home / "worker-1.log", env=feeds_deployment.env)
    try:
        yield worker.start()
    finally:
        worker.stop()


def apply_feeds(deployment: Deployment, tmp: Path, feeds: dict[str, str]) -> None:
    documents = [
        {
            "id": feed_id,
            "url": url,
            "name": f"{feed_id} outlet",
            "language": "en",
            "interval": f"{INTERVAL:g}s",
        }
        for feed_id, url in feeds.items()
    ]
    path = tmp / f"feeds-{uuid.uuid4().hex[:6]}.yaml"
    path.write_text("\n---\n".join(json.dumps(d) for d in documents))
    deployment.cli("feeds", "apply", str(path), check=True)


def dead_url() -> str:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    return f"http://127.0.0.1:{port}/feed.xml"  # nothing listens there any more


def es_client(deployment: Deployment) -> Any:
    from elasticsearch import Elasticsearch

    return Elasticsearch([deployment.settings.elasticsearch_url])


def article_docs(deployment: Deployment, feed_prefix: str) -> list[dict[str, Any]]:
    from elasticsearch import NotFoundError

    es = es_client(deployment)
    index = deployment.settings.names.articles_index
    try:
        es.indices.refresh(index=index)
        body = {"size": 1000, "query": {"prefix": {"url": feed_prefix}}}
        return [
            h["_source"] | {"_id": h["_id"]}
            for h in es.search(index=index, body=body)["hits"]["hits"]
        ]
    except NotFoundError:
        return []
    finally:
        es.close()


def events_of(deployment: Deployment, article_id: str) -> list[dict[str, Any]]:
    from elasticsearch import NotFoundError

    es = es_client(deployment)
    index = deployment.settings.names.events_index
    try:
        es.indices.refresh(index=index)
        body = {"query": {"term": {"article.id": article_id}}}
        return [h["_source"] for h in es.search(index=index, body=body)["hits"]["hits"]]
    except NotFoundError:
        return []
    finally:
        es.close()


def feed_status(deployment: Deployment) -> dict[str, dict[str, Any]]:
    result = deployment.cli("feeds", "status", "--format", "json", check=True)
    return {row["id"]: row for row in json.loads(result.stdout)["feeds"]}


def test_new_items_become_events_with_the_page_text_and_bad_feeds_hold_nothing_up(
    site: NewsSite, feeds_deployment: Deployment, first_worker: Worker, tmp_path: Path
) -> None:
    for name, behaviour in (
        ("growing", "normal"),
        ("steady", "normal"),
        ("slow", "slow"),
        ("broken", "malformed"),
        ("bomb", "bomb"),
    ):
        site.add_feed(name, behaviour, delay=120.0)
    site.publish("growing", "g0", *story(0))
    site.publish("steady", "s0", *story(1))
    feeds = {name: site.feed_url(name) for name in site.feeds} | {"dead": dead_url()}
    apply_feeds(feeds_deployment, tmp_path, feeds)

    slow_start = wait_for(
        lambda: site.starts_for("/feeds/slow.xml"), timeout=120, what="the slow feed's first poll"
    )[0]
    site.publish("growing", "g1", *story(1))
    second = feed_article_id(site.page_url("growing", "g1"))
    events = wait_for(
        lambda: events_of(feeds_deployment, second), timeout=60, what="a new item's events"
    )
    assert any(EVENTFUL[1] in e["evidence"]["text"] for e in events)  # a sentence of the page
    [doc] = article_docs(feeds_deployment, site.page_url("growing", "g1"))
    assert (doc["feed"], doc["text_source"], doc["source"]) == ("growing", "page", "growing outlet")
    assert "utm_" not in doc["url"]
    # Fetched while the poll of the slow feed was still waiting for its answer.
    [page] = site.requests_for("/articles/growing/g1.html")
    assert page.started < slow_start + TIMEOUT
    assert events_of(feeds_deployment, feed_article_id(site.page_url("growing", "g0")))

    status = wait_for(
        lambda: (
            (s := feed_status(feeds_deployment)) and all(s[f]["last_poll"] for f in feeds) and s
        ),
        timeout=TIMEOUT + 30,
        what="every feed's first status",
    )
    for bad, words in (
        ("slow", f"within {TIMEOUT:g} s"),
        ("broken", "RSS"),
        ("bomb", "XML"),
        ("dead", ""),
    ):
        assert status[bad]["last_error"] is not None and words in status[bad]["last_error"]
    assert status["growing"]["last_error"] is None and status["growing"]["items_per_hour"] > 0
    wait_for(
        lambda: any(r.status == 304 for r in site.requests_for("/feeds/steady.xml")),
        timeout=INTERVAL * 1.2 + 30,
        what="steady's second poll, answered 304",
    )
    assert feed_status(feeds_deployment)["steady"]["last_error"] is None
    assert len(article_docs(feeds_deployment, site.page_url("steady", "s0"))) == 1


def test_two_workers_poll_each_feed_once_per_interval_and_a_killed_one_loses_nothing(
    site: NewsSite, feeds_deployment: Deployment, first_worker: Worker, tmp_path: Path
) -> None:
    names = [f"shared{n}" for n in range(6)]
    for name in names:
        site.add_feed(name)
    published: list[str] = []
    stop = threading.Event()

    def publish_now_and_then() -> None:
        n = 100
        while not stop.wait(4.0):
            name = names[n % len(names)]
            site.publish(name, f"i{n}", *story(n))
            published.append(feed_article_id(site.page_url(name, f"i{n}")))
            n += 1

    apply_feeds(feeds_deployment, tmp_path, {name: site.feed_url(name) for name in names})
    publisher = threading.Thread(target=publish_now_and_then, daemon=True)
    publisher.start()
    second = Worker(feeds_deployment.home / "worker-2.log", env=feeds_deployment.env)
    try:
        second.start()
        time.sleep(INTERVAL * 3)  # both workers poll side by side (each feed was polled before)
        killed_at = time.time()
        first_worker.kill_faust()  # its supervisor starts a new Faust worker
        wait_for(first_worker.faust_pid, timeout=60, what="the killed worker's replacement")
        time.sleep(MOVE_SECONDS)
        stop.set()
        publisher.join()
        expected = set(published)
        wait_for(
            lambda: (
                expected
                <= {
                    d["_id"]
                    for d in article_docs(feeds_deployment, site.base_url + "/articles/shared")
                }
            ),
            timeout=INTERVAL * 2 + 60,
            what="every published item in the articles index",
        )
    finally:
        stop.set()
        second.stop()
    docs = article_docs(feeds_deployment, site.base_url + "/articles/shared")
    assert sorted(d["_id"] for d in docs) == sorted(expected)  # nothing lost, nothing twice
    for name in names:
        starts = [
            r.started for r in site.requests_for(f"/feeds/{name}.xml") if r.started < killed_at
        ]
        gaps = [b - a for a, b in zip(starts, starts[1:], strict=False)]
        assert len(starts) >= 2, name
        assert min(gaps) > INTERVAL * 0.9 - 1, (name, gaps)
