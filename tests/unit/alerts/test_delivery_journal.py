"""Per-action journal lines: a worker killed part-way through an alert's actions runs only
the ones it had not run when it comes back."""

from __future__ import annotations

import asyncio
import logging
import os
import subprocess
import sys

from alerts_support import make_event

from eventwatch.alerts.actions import DeliveryContext
from eventwatch.alerts.delivery import deliver
from eventwatch.alerts.engine import Engine
from eventwatch.alerts.journal import DeliveryJournal
from eventwatch.alerts.rules import parse_rule

RULE = parse_rule(
    {
        "id": "two-logs",
        "actions": [{"type": "log", "level": "warning"}, {"type": "log", "level": "error"}],
    }
)


def _alert():
    [(alert, _)] = Engine({}, [RULE]).process(make_event(1))
    return alert


def test_each_action_is_journaled_the_moment_it_returns(tmp_path, caplog) -> None:
    journal = DeliveryJournal(tmp_path / "journal")
    alert = _alert()
    seen_when_logged: list[int] = []

    def record(index, delivery) -> None:
        journal.record_action(alert.id, index, delivery)
        seen_when_logged.append(len(journal.actions[alert.id]))

    with caplog.at_level(logging.WARNING, logger="eventwatch.alerts"):
        done = asyncio.run(deliver(alert, RULE, DeliveryContext(), on_delivery=record))
    assert [d.status for d in done.deliveries] == ["sent", "sent"]
    assert sorted(seen_when_logged) == [1, 2]
    restarted = DeliveryJournal(tmp_path / "journal")
    assert sorted(restarted.actions[alert.id]) == [0, 1]
    assert restarted.delivered == {}  # the alert line itself was never written


def test_a_restart_runs_only_the_actions_not_journaled(tmp_path, caplog) -> None:
    path = tmp_path / "journal"
    alert = _alert()
    first = DeliveryJournal(path)
    asyncio.run(_first_action_only(first, alert))
    with first.path.open("a") as torn:
        torn.write('{"alert": "x", "act')  # killed mid-write of the next line

    restarted = DeliveryJournal(path)
    done = restarted.actions[alert.id]
    assert list(done) == [0]
    caplog.clear()  # the first worker's delivery
    with caplog.at_level(logging.WARNING, logger="eventwatch.alerts"):
        again = asyncio.run(deliver(alert, RULE, DeliveryContext(), done=done))
    assert [r.levelname for r in caplog.records if r.name == "eventwatch.alerts"] == ["ERROR"]
    assert [(d.action, d.status) for d in again.deliveries] == [("log", "sent")] * 2

    restarted.record(again)
    assert alert.id not in restarted.actions
    restarted.stored(alert.id)
    restarted.compact()
    after = DeliveryJournal(path)
    assert (after.delivered, after.actions) == ({}, {})


async def _first_action_only(journal: DeliveryJournal, alert) -> None:
    only_first = RULE.model_copy(update={"actions": RULE.actions[:1]})
    await deliver(
        alert,
        only_first,
        DeliveryContext(),
        on_delivery=lambda i, d: journal.record_action(alert.id, i, d),
    )


def test_the_journal_survives_a_restart_until_the_alert_is_stored(tmp_path) -> None:
    directory = tmp_path / "journal"
    alert = _alert()
    journal = DeliveryJournal(directory)
    journal.record(alert)
    with journal.path.open("a") as torn:
        torn.write('{"id": "half')  # killed mid-write
    after_crash = DeliveryJournal(directory)
    [(second, _)] = Engine({}, [RULE]).process(make_event(2))
    after_crash.record(second)
    assert list(DeliveryJournal(directory).delivered) == [alert.id, second.id]
    after_crash.stored(alert.id)
    after_crash.stored(second.id)
    after_crash.compact()
    assert DeliveryJournal(directory).delivered == {}


def test_workers_sharing_a_home_read_each_other_and_adopt_the_dead(tmp_path) -> None:
    directory = tmp_path / "journal"
    directory.mkdir()
    alive, dead = _alert(), Engine({}, [RULE]).process(make_event(2))[0][0]
    running = os.getppid()  # a live process standing in for another worker
    (directory / f"{running}.jsonl").write_text(alive.model_dump_json() + "\n")
    (directory / f"{_exited_pid()}.jsonl").write_text(dead.model_dump_json() + "\n")

    journal = DeliveryJournal(directory)
    assert journal.recorded(alive.id) == alive and journal.recorded(dead.id) == dead
    assert alive.id not in journal.delivered  # still the live worker's to keep
    assert sorted(p.name for p in directory.glob("*.jsonl")) == sorted(
        [f"{running}.jsonl", journal.path.name]
    )  # the dead worker's file moved into ours
    assert dead.id in journal.delivered

    [(later, _)] = Engine({}, [RULE]).process(make_event(3))
    with (directory / f"{running}.jsonl").open("a") as other:
        other.write(later.model_dump_json() + "\n")
    assert journal.recorded(later.id) is None
    journal.reload()  # on taking over partitions
    assert journal.recorded(later.id) == later


def _exited_pid() -> int:
    proc = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"],
        check=True,
        capture_output=True,
        text=True,
    )
    return int(proc.stdout)
