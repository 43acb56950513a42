"""`eventwatch bench pipeline`: raw copy, tagger alone and end to end, side by side in one
run on the configured servers (its own topic/index prefix, cleaned up afterwards), then
article-to-searchable latency at a fixed rate with lag and memory samples (the soak mode:
a long --duration).

efficiency = e2e / min(raw copy, tagger): how close the whole pipeline comes to its
slowest stage alone (target >= 0.8). Each throughput figure is the best of ROUNDS runs,
the three measured in turn and in reversed order in the next round, so that a
neighbour's burst of load on a shared machine does not decide the ratio; every round's
figures are in "rounds".
"""

from __future__ import annotations

import argparse
import tempfile
import time
import uuid
from pathlib import Path
from typing import Any

from eventwatch.articles import article_id
from eventwatch.benchmarks import stages
from eventwatch.benchmarks.bench_corpus import corpus_texts, make_articles
from eventwatch.benchmarks.bench_deploy import BenchDeployment, progress
from eventwatch.benchmarks.cpu import CpuMeter, local_stack_processes
from eventwatch.benchmarks.latency import measure
from eventwatch.benchmarks.rss import RssSampler
from eventwatch.errors import UsageError
from eventwatch.settings import get_settings

# Throughput runs: enough articles that the end-to-end figure measures throughput rather
# than the last article's trip through every hop (about a second: at 1,000 articles that
# alone held e2e near 700/s).
DEFAULT_ARTICLES = 4000
DEFAULT_RATE = 50.0
DEFAULT_DURATION = 20.0
ROUNDS = 2


def options(args: argparse.Namespace) -> dict[str, Any]:
    n = getattr(args, "articles", None) or getattr(args, "limit", None) or DEFAULT_ARTICLES
    rate = getattr(args, "rate", None) or DEFAULT_RATE
    duration = getattr(args, "duration", None) or DEFAULT_DURATION
    workers = getattr(args, "workers", None) or 1
    if n < 1 or rate <= 0 or duration <= 0 or workers < 1:
        raise UsageError("--articles, --rate, --duration and --workers must be positive")
    corpus = getattr(args, "corpus", None) or getattr(args, "path", None)
    return {"n": n, "rate": rate, "duration": duration, "workers": workers, "corpus": corpus}


def run(args: argparse.Namespace) -> dict[str, Any]:
    opts = options(args)
    pairs = corpus_texts(opts["corpus"], opts["n"])
    run_id = uuid.uuid4().hex[:8]
    articles = make_articles(pairs, run_id, "throughput")
    with tempfile.TemporaryDirectory(prefix="eventwatch-bench-") as home:
        deployment = BenchDeployment(Path(home))
        try:
            return _measure_all(deployment, articles, pairs, run_id, opts)
        finally:
            deployment.cleanup()


def _measure_all(
    deployment: BenchDeployment,
    articles: list[dict[str, Any]],
    pairs: list[tuple[str, str]],
    run_id: str,
    opts: dict[str, Any],
) -> dict[str, Any]:
    settings = deployment.settings
    progress(f"{len(articles)} articles, prefix {deployment.prefix}; loading the tagger")
    tagger = stages.TaggerAlone(articles, settings.batch_size)
    _, expected = tagger.run()
    n_events = sum(len(ids) for ids in expected)
    progress(f"{n_events} events expected; setup and worker start")
    deployment.setup()
    worker = deployment.start_worker(opts["workers"])
    rounds: dict[str, list[float]] = {"tagger_per_s": [], "e2e_per_s": [], "raw_copy_per_s": []}
    cpu = CpuMeter(worker.pid, local_stack_processes(get_settings()))
    cpu_ms: dict[str, dict[str, float]] = {}  # per stage, from its last round
    with RssSampler(worker.pid) as rss:
        stages.warm_up(deployment, articles)
        idle_rss = rss.sample()
        for r in range(ROUNDS):
            fresh = articles if r == 0 else make_articles(pairs, run_id, f"throughput{r}")
            order = ("tagger", "e2e", "raw_copy")
            for stage in order if r % 2 == 0 else order[::-1]:
                before = cpu.snapshot()
                if stage == "tagger":
                    per_s = tagger.run()[0]
                elif stage == "e2e":
                    per_s = stages.end_to_end(deployment, fresh, n_events)
                else:
                    per_s = stages.raw_copy(deployment, fresh, f"raw{r}")
                rounds[f"{stage}_per_s"].append(per_s)
                cpu_ms[stage] = CpuMeter.per_article_ms(before, cpu.snapshot(), len(fresh))
                progress(f"round {r + 1}: {stage} {per_s:.1f}/s")
        del tagger  # its spaCy pipelines are not needed for the latency run
        tagger_per_s = max(rounds["tagger_per_s"])
        e2e_per_s, raw_per_s = max(rounds["e2e_per_s"]), max(rounds["raw_copy_per_s"])
        progress(f"latency at {opts['rate']}/s")
        timed = _latency_articles(pairs, expected, run_id, opts)
        latency = measure(deployment, timed, opts["rate"], rss)
        after_rss = rss.sample()
    slowest = min(raw_per_s, tagger_per_s)
    return {
        "articles": len(articles),
        "events": n_events,
        "workers": opts["workers"],
        "raw_copy_per_s": round(raw_per_s, 1),
        "tagger_per_s": round(tagger_per_s, 1),
        "e2e_per_s": round(e2e_per_s, 1),
        "efficiency": round(e2e_per_s / slowest, 3),
        "searchable_ms": latency["searchable_ms"],
        "worker_peak_rss_mb": round(rss.peak_mb, 1),
        "rounds": {key: [round(v, 1) for v in values] for key, values in rounds.items()},
        "worker_rss_mb": {"idle": round(idle_rss, 1), "end": round(after_rss, 1)},
        # Where the time goes: CPU ms per article of each process group, per stage.
        "cpu_ms_per_article": cpu_ms,
        "latency": {k: v for k, v in latency.items() if k not in ("searchable_ms", "samples")}
        | {"duration_s": opts["duration"]},
        "samples": latency["samples"],
        "measured_at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
    }


def _latency_articles(
    pairs: list[tuple[str, str]], expected: list[set[str]], run_id: str, opts: dict[str, Any]
) -> list[tuple[str, dict[str, Any], bool]]:
    """rate x duration articles from the same texts; those whose text yields events are
    timed (an article without events never shows up in the events index)."""
    total = max(1, round(opts["rate"] * opts["duration"]))
    cycled = [pairs[i % len(pairs)] for i in range(total)]
    articles = make_articles(cycled, run_id, "latency")
    return [
        (article_id(a["url"], a["title"], a["text"]), a, bool(expected[i % len(pairs)]))
        for i, a in enumerate(articles)
    ]
