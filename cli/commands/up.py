"""`eventwatch up`: local stack, topics and indices, workers, dashboard, and the sample feeds
(the sample articles served as RSS feeds with article pages by a local news site, which the
workers poll; a new item appears every 20 s).

Everything this command started is stopped on Ctrl-C; servers that were already running
before it (someone else's) are left alone.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import signal
import sys
from pathlib import Path
from typing import Any

from eventwatch.clients import require_elasticsearch
from eventwatch.errors import UsageError
from eventwatch.settings import Settings, get_settings


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "up",
        help="run everything locally with a sample feed",
        description="Start Kafka and Elasticsearch (local processes), create topics and "
        "indices, run the workers and the dashboard, ingest the sample feed. Ctrl-C stops "
        "what it started.",
    )
    parser.add_argument("--workers", type=int, default=2, help="worker processes (default 2)")
    parser.add_argument(
        "--no-sample", action="store_true", help="do not serve and poll the sample feeds"
    )
    parser.add_argument("--no-dashboard", action="store_true", help="do not start the dashboard")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from eventwatch.stack import LocalStack

    if args.workers < 1:
        raise UsageError(f"--workers must be at least 1, got {args.workers}")
    settings = get_settings()
    stack = LocalStack(settings)
    servers = stack.up()
    started = tuple(name for name, outcome in servers.items() if outcome == "started")
    try:
        return _run_services(args, settings, servers)
    finally:
        if started:
            stack.down(only=started)
            print(f"eventwatch: stopped {', '.join(started)}", file=sys.stderr)


def _run_services(args: argparse.Namespace, settings: Settings, servers: dict[str, str]) -> int:
    from eventwatch.cli.commands.setup import setup
    from eventwatch.streams.supervisor import WorkerGroup, spawn_child, stop_child

    setup(settings)
    sample = None if args.no_sample else _start_sample_feeds(settings)
    logs = settings.home / "logs"
    logs.mkdir(parents=True, exist_ok=True)
    with (
        open(logs / "workers.log", "ab") as worker_log,
        open(logs / "dashboard.log", "ab") as ui_log,
    ):
        group = WorkerGroup(args.workers, stdout=worker_log)
        signal.signal(signal.SIGINT, group.request_stop)
        signal.signal(signal.SIGTERM, group.request_stop)
        pids = group.start()
        dashboard = None
        if (
            not args.no_dashboard
            and importlib.util.find_spec("eventwatch.dashboard.app") is not None
        ):
            argv = [sys.executable, "-m", "eventwatch.cli", "dashboard"]
            dashboard = spawn_child(argv, stdout=ui_log)
        try:
            _print_where(settings, servers, pids, dashboard is not None, logs)
            if sample is not None:
                print(
                    f"sample feeds  {sample.site.base_url}/ "
                    f"({len(sample.feeds())} feeds, polled every 30 s)",
                    flush=True,
                )
            print("eventwatch: running; Ctrl-C stops everything started here", flush=True)
            return group.supervise()
        finally:
            group.stop()
            if dashboard is not None:
                stop_child(dashboard)
            if sample is not None:
                sample.stop()
                sample.site.stop()


def _print_where(
    settings: Settings, servers: dict[str, str], pids: list[int], dashboard: bool, logs: Path
) -> None:
    from eventwatch.secrets import redact_url

    es_url = redact_url(settings.elasticsearch_url)  # the configured URL may hold a password
    rows: list[tuple[str, Any]] = [
        ("Kafka", f"{settings.kafka_bootstrap} ({servers.get('kafka', '?')})"),
        ("Elasticsearch", f"{es_url} ({servers.get('elasticsearch', '?')})"),
        ("workers", f"pids {' '.join(map(str, pids))} (log {logs / 'workers.log'})"),
    ]
    if dashboard:
        url = f"http://{settings.dashboard_host}:{settings.dashboard_port}/"
        rows.append(("dashboard", f"{url} (log {logs / 'dashboard.log'})"))
    for name, where in rows:
        print(f"{name:<14}{where}", flush=True)


def _start_sample_feeds(settings: Settings) -> Any:
    """The local news site with the sample feeds, stored as feeds the workers then poll.
    Its address is a loopback one, so the workers started here may poll private addresses."""
    from eventwatch.indexers.feeds import save_feed
    from eventwatch.stack.news_site import NewsSite
    from eventwatch.stack.sample_feeds import SampleFeeds

    os.environ["EVENTWATCH_FEEDS_ALLOW_PRIVATE"] = "true"  # inherited by the workers
    sample = SampleFeeds(NewsSite().start()).start()
    es = require_elasticsearch(settings)
    try:
        for feed in sample.feeds():
            save_feed(es, settings.names, feed)
    finally:
        es.close()
    return sample
