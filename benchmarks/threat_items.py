"""Threat-level reading scored on labeled wire items: alert F1, country, new level, direction.

Items are JSONL: `id`, `lang`, `text`, `alert` (bool) and, for alerts, `country` (ISO or
null), `system`, `rank` (the new level's place on the system's scale, null for a warning
with no scale) and `direction`. The project's own items are tests/data/threat_items.jsonl;
run `python -m eventwatch.benchmarks.threat_items [FILE]` for the figures per language.
"""

from __future__ import annotations

import json
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any

from eventwatch.models import Article, Event
from eventwatch.tagging.tagger import Tagger

REPORTED = ("asserted", "historical")  # as `eventwatch eval` counts a predicted label


def load_items(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def predicted_alert(tagger: Tagger, item: dict[str, Any]) -> Event | None:
    article = Article(id=item["id"], text=item["text"], language=item["lang"])
    alerts = [e for e in tagger.tag(article) if e.type == "terror_alert" and e.modality in REPORTED]
    return alerts[0] if alerts else None


def level_right(item: dict[str, Any], event: Event) -> bool:
    level = event.threat_level
    if level is None:
        return False
    if item.get("rank") is None:
        return level.rank is None
    return level.rank == item["rank"] and (
        item["system"] == "generic" or level.system == item["system"]
    )


class Tally:
    def __init__(self) -> None:
        self.counts: dict[str, int] = defaultdict(int)

    def add(self, item: dict[str, Any], event: Event | None) -> list[str]:
        """Count one item; the names of the checks it failed."""
        failed = []
        c = self.counts
        if item["alert"] and event is None:
            c["fn"] += 1
            return ["alert missed"]
        if not item["alert"]:
            c["tn" if event is None else "fp"] += 1
            return [] if event is None else ["look-alike tagged"]
        assert event is not None
        c["tp"] += 1
        checks = {
            "country": (event.location.country if event.location else None) == item["country"],
            "direction": (event.threat_level is not None)
            and event.threat_level.direction == item["direction"],
        }
        if item.get("rank") is not None:
            checks["level"] = level_right(item, event)
        for name, ok in checks.items():
            c[f"{name}_n"] += 1
            c[f"{name}_ok"] += ok
            if not ok:
                failed.append(name)
        return failed

    def figures(self) -> dict[str, Any]:
        c = self.counts
        precision = c["tp"] / (c["tp"] + c["fp"]) if c["tp"] + c["fp"] else 0.0
        recall = c["tp"] / (c["tp"] + c["fn"]) if c["tp"] + c["fn"] else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        out: dict[str, Any] = {
            "items": c["tp"] + c["fn"] + c["fp"] + c["tn"],
            "alert_precision": round(precision, 3),
            "alert_recall": round(recall, 3),
            "alert_f1": round(f1, 3),
        }
        for name in ("country", "level", "direction"):
            n = c[f"{name}_n"]
            out[name] = round(c[f"{name}_ok"] / n, 3) if n else None
            out[f"{name}_n"] = n
        return out


def score(items: list[dict[str, Any]], tagger: Tagger | None = None) -> dict[str, Any]:
    tagger = tagger or Tagger()
    total = Tally()
    by_language: dict[str, Tally] = defaultdict(Tally)
    misses = []
    for item in items:
        event = predicted_alert(tagger, item)
        failed = total.add(item, event)
        by_language[item["lang"]].add(item, event)
        if failed:
            misses.append({"id": item["id"], "failed": failed, **_got(event)})
    return {
        **total.figures(),
        "by_language": {lang: t.figures() for lang, t in sorted(by_language.items())},
        "misses": misses,
    }


def _got(event: Event | None) -> dict[str, Any]:
    level = event.threat_level if event else None
    return {
        "country": event.location.country if event and event.location else None,
        "threat_level": level.model_dump(exclude_none=True) if level else None,
    }


def main(argv: list[str] | None = None) -> int:
    args = argv if argv is not None else sys.argv[1:]
    default = Path(__file__).resolve().parents[1] / "tests" / "data" / "threat_items.jsonl"
    path = Path(args[0]) if args else default
    if not path.is_file():
        print(f"threat_items: error: no such file: {path}", file=sys.stderr)
        return 2
    print(json.dumps(score(load_items(path)), ensure_ascii=False, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
