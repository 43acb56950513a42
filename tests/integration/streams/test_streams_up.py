"""`eventwatch up` against running servers: the sample feeds polled, tagged and indexed; Ctrl-C
stops all."""

from __future__ import annotations

import signal
import subprocess
import sys

import psutil
import pytest
from streams_support import Deployment, wait_for

pytestmark = [pytest.mark.kafka, pytest.mark.elasticsearch, pytest.mark.slow]


def test_up_runs_workers_polls_the_sample_feeds_and_stops_what_it_started(
    deployment: Deployment,
) -> None:
    out = deployment.home / "up.out"
    with open(out, "wb") as stdout:
        proc = subprocess.Popen(
            [sys.executable, "-m", "eventwatch.cli", "up", "--workers", "1", "--no-dashboard"],
            env=deployment.env,
            stdout=stdout,
            stderr=subprocess.STDOUT,
        )
    try:
        wait_for(lambda: b"running; Ctrl-C" in out.read_bytes(), timeout=60, what="up to run")
        text = out.read_text()
        assert "Kafka" in text and "(external)" in text  # servers not ours: left alone
        [site] = [line.split()[2] for line in text.splitlines() if line.startswith("sample feeds")]
        children = psutil.Process(proc.pid).children(recursive=True)
        assert children
        found = wait_for(
            lambda: deployment.search("--type", "terror_alert", "--limit", "50")["events"],
            # The worker's tagger child loads spaCy first (15-30 s on a busy 2-core machine),
            # then the leader publishes the feeds (10 s) and the first poll finds the items.
            timeout=120,
            what="sample feed events",
        )
        # From the local news site's article pages, polled as feeds.
        assert any(e["article"]["url"].startswith(f"{site}articles/sample-") for e in found)
    finally:
        proc.send_signal(signal.SIGINT)
        code = proc.wait(60)
    assert code == 0, out.read_text()[-2000:]
    assert not [c for c in children if c.is_running() and c.status() != psutil.STATUS_ZOMBIE]
