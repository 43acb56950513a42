"""Per-action journal lines: a worker killed part-way through an alert's actions runs only
the ones it had not run when it comes back."""

from __future__ import annotations

import asyncio
import logging

from alerts_support import make_event

from alerts.actions import DeliveryContext
from alerts.delivery import deliver
from alerts.engine import Engine
from alerts.journal import DeliveryJournal
from alerts.rules import parse_rule

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
    journal = DeliveryJournal(tmp_path / "delivered.jsonl")
    alert = _alert()
    seen_when_logged: list[int] = []

    def record(index, delivery) -> None:
        journal.record_action(alert.id, index, delivery)
        seen_when_logged.append(len(journal.actions[alert.id]))

    with caplog.at_level(logging.WARNING, logger="eventwatch.alerts"):
        done = asyncio.run(deliver(alert, RULE, DeliveryContext(), on_delivery=record))
    assert [d.status for d in done.deliveries] == ["sent", "sent"]
    assert sorted(seen_when_logged) == [1, 2]
    restarted = DeliveryJournal(tmp_path / "delivered.jsonl")
    assert sorted(restarted.actions[alert.id]) == [0, 1]
    assert restarted.delivered == {}  # the alert line itself was never written


def test_a_restart_runs_only_the_actions_not_journaled(tmp_path, caplog) -> None:
    path = tmp_path / "delivered.jsonl"
    alert = _alert()
    first = DeliveryJournal(path)
    asyncio.run(_first_action_only(first, alert))
    with path.open("a") as torn:
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
