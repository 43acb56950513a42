"""`eventwatch bench tagger|pipeline|alerts|feeds --format json` on small corpora of our own, the
pipeline and alerts benchmarks against the real Kafka and Elasticsearch."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.support.cli import run_cli

STORIES = [
    ("en", "A car bomb exploded outside a police station in the north of the city, killing four."),
    ("en", "The two foreign ministers met in Geneva and agreed to resume talks on the border."),
    ("en", "Thousands of students marched through the capital to protest against tuition fees."),
    ("en", "The club announced record ticket sales after the final home game of the season."),
    ("de", "Bei einem Bombenanschlag auf einen Markt in der Hauptstadt starben drei Menschen."),
    ("de", "Die Regierung hob die Terrorwarnstufe nach Drohungen gegen Bahnhöfe an."),
    ("fr", "Des milliers de manifestants ont défilé à Lyon contre la réforme des retraites."),
    ("fr", "Le musée rouvre ses portes après deux ans de travaux de rénovation."),
]


def write_corpus(path: Path, copies: int, languages: tuple[str, ...] = ("de", "en", "fr")) -> Path:
    """`copies` rounds of the stories in `languages`. Each language costs the benchmark a
    few seconds of CPU to build its pipelines (in each process that tags); the figures these
    tests check are the same for one language as for three."""
    stories = [(lang, text) for lang, text in STORIES if lang in languages]
    with path.open("w", encoding="utf-8") as out:
        for i in range(copies):
            for lang, text in stories:
                out.write(json.dumps({"lang": lang, "text": f"{text} (report {i})"}) + "\n")
    return path


def bench(*args: str, timeout: float = 600) -> dict:
    result = run_cli("bench", *args, "--format", "json", timeout=timeout)
    assert result.returncode == 0, result.stderr.decode(errors="replace")[-2000:]
    return json.loads(result.stdout)


def test_bench_tagger_compares_the_tagger_with_the_bare_tokenizer(tmp_path: Path) -> None:
    corpus = write_corpus(tmp_path / "corpus.jsonl", copies=10, languages=("en",))
    figures = bench("tagger", str(corpus))
    assert figures["articles"] == 40
    assert figures["tagger_per_s"] > 0 and figures["tokenizer_per_s"] > 0
    assert figures["ratio"] == pytest.approx(
        figures["tagger_per_s"] / figures["tokenizer_per_s"], abs=0.002
    )


def test_bench_refuses_a_missing_corpus_with_one_line(tmp_path: Path) -> None:
    result = run_cli("bench", "tagger", str(tmp_path / "nowhere.jsonl"), "--format", "json")
    assert result.returncode == 2
    assert b"no such file" in result.stderr and b"Traceback" not in result.stderr


@pytest.mark.kafka
@pytest.mark.elasticsearch
@pytest.mark.slow
def test_bench_pipeline_reports_stages_side_by_side_and_latency(
    test_settings, tmp_path: Path
) -> None:
    corpus = write_corpus(tmp_path / "corpus.jsonl", copies=16, languages=("en",))
    figures = bench(
        "pipeline", "--corpus", str(corpus), "--articles", "64", "--rate", "10",
        "--duration", "3",
    )  # fmt: skip
    assert figures["articles"] == 64
    assert figures["events"] > 0
    slowest = min(figures["raw_copy_per_s"], figures["tagger_per_s"])
    assert figures["efficiency"] == pytest.approx(figures["e2e_per_s"] / slowest, abs=0.002)
    assert figures["latency"]["never_searchable"] == 0
    assert 0 < figures["searchable_ms"]["p50"] <= figures["searchable_ms"]["p99"]
    assert figures["worker_peak_rss_mb"] > 50
    # Where the time goes, per stage (CPU ms per article; psutil counts 10 ms ticks, so small
    # runs compare stages rather than pin figures): end to end does the raw copy's work and more.
    e2e, raw = figures["cpu_ms_per_article"]["e2e"], figures["cpu_ms_per_article"]["raw_copy"]
    assert {"worker", "tagger", "harness", "total"} <= e2e.keys() == raw.keys()
    assert e2e["worker"] > 0 and e2e["total"] > raw["total"]
    assert e2e["total"] == pytest.approx(sum(v for k, v in e2e.items() if k != "total"), abs=0.01)


@pytest.mark.kafka
@pytest.mark.elasticsearch
@pytest.mark.slow
def test_bench_alerts_times_article_to_alert_for_an_any_rule(test_settings) -> None:
    figures = bench("alerts", "--limit", "30")
    assert figures["rate"] == pytest.approx(50, rel=0.2)  # the rate achieved, measured
    assert figures["alerts"] > 0
    assert 0 < figures["alert_ms"]["p50"] <= figures["alert_ms"]["p99"]


def test_bench_feeds_polls_and_extracts_every_item_then_gets_304s() -> None:
    figures = bench("feeds", "--limit", "20")
    assert (figures["feeds"], figures["items"], figures["new_items_second_round"]) == (20, 80, 0)
    assert figures["items_per_s"] > 0 and figures["not_modified_polls_per_s"] > 0
    assert figures["cpu_ms_per_item"] == pytest.approx(
        1000 * figures["cpu_s"] / figures["items"], rel=0.01
    )
    assert figures["site_cpu_s"] is not None
