"""The feed poller inside a worker: which feeds are due here, polling them beside the streams,
sending their articles, and remembering what was polled (streams/agents/poll_feeds wires it).

A feed belongs to the worker that holds its partition of the feeds topic; its state (the
table entry) lives in the same partition of a changelog-backed Faust table. So each feed is
polled by exactly one worker at a time, and when that worker dies its partition, and with it
the feed and everything it remembered, moves to another.
"""

from __future__ import annotations

import asyncio
import json
import logging
import time
from collections import OrderedDict
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any

from eventwatch.articles import receive_article
from eventwatch.errors import InvalidArticle, UsageError
from eventwatch.ingest.dlq import dead_letter_bytes
from eventwatch.ingest.feed_config import FeedConfig, parse_feed
from eventwatch.ingest.feed_poll import FeedPoller, PollResult
from eventwatch.ingest.feed_state import FeedState, feed_status
from eventwatch.models import Article

log = logging.getLogger(__name__)
RECENTLY_SENT_CAP = 20_000
# A feed whose configuration the leader has not re-published for this long was removed.
CONFIG_STALE_SECONDS = 900.0

SendFn = Callable[[list[Article], list[bytes]], Awaitable[None]]
SeenFn = Callable[[list[str]], Awaitable[set[str]]]


class FeedRuntime:
    """`table` maps feed id -> {"feed": config, "partition": p, "seen_at": t, "state": {...}}."""

    def __init__(
        self,
        table: MutableMapping[str, Any],
        poller_factory: Callable[[SeenFn], FeedPoller],
        send: SendFn,
        seen_in_index: SeenFn,
        *,
        max_chars: int,
    ) -> None:
        self.table = table
        self.send = send
        self.seen_in_index = seen_in_index
        self.max_chars = max_chars
        self.poller = poller_factory(self.known)
        self.in_flight: dict[str, asyncio.Task[None]] = {}
        self.statuses: dict[str, dict[str, Any]] = {}  # waiting to be copied to the index
        self.recently_sent: OrderedDict[str, None] = OrderedDict()
        self.polls = 0
        self.items = 0

    # --- what the feeds topic says --------------------------------------------------------
    def apply_config(self, feed_id: str, config: dict[str, Any] | None, partition: int) -> None:
        """A feed's configuration as the leader published it (None: removed). Called from the
        agent, inside stream iteration: the write goes to the feed's own table partition."""
        current = self.table.get(feed_id)
        if config is None:
            if current is not None:
                del self.table[feed_id]
            return
        state = (current or {}).get("state")
        self.table[feed_id] = {
            "feed": config,
            "partition": partition,
            "seen_at": time.time(),
            "state": state,
        }

    # --- scheduling --------------------------------------------------------------------------
    def due(self, mine: set[int], now: float) -> list[tuple[str, dict[str, Any]]]:
        found = []
        for feed_id, entry in list(self.table.items()):
            if not entry or entry.get("partition") not in mine or feed_id in self.in_flight:
                continue
            if entry.get("seen_at", 0) < now - CONFIG_STALE_SECONDS:
                continue
            state = entry.get("state") or {}
            if state.get("next_poll", 0.0) <= now:
                found.append((feed_id, entry))
        return found

    def start_due(self, mine: set[int]) -> int:
        due = self.due(mine, time.time())
        for feed_id, entry in due:
            task = asyncio.ensure_future(self._poll(feed_id, entry, mine))
            self.in_flight[feed_id] = task
        return len(due)

    async def drain(self, timeout: float) -> None:
        """Let polls in flight finish (partitions are being revoked): their state then
        reaches the changelog before the next owner reads it."""
        tasks = set(self.in_flight.values())
        if tasks:
            await asyncio.wait(tasks, timeout=timeout)

    def cancel(self) -> None:
        for task in self.in_flight.values():
            task.cancel()

    # --- one poll ----------------------------------------------------------------------------
    async def _poll(self, feed_id: str, entry: dict[str, Any], mine: set[int]) -> None:
        try:
            feed = parse_feed(entry["feed"])
        except UsageError as exc:
            log.warning("poll_feeds: feed %s has an invalid configuration: %s", feed_id, exc)
            self.in_flight.pop(feed_id, None)
            return
        try:
            result = await self.poller.poll(feed, FeedState.from_dict(entry.get("state")))
            await self._deliver(feed_id, result)
            self._remember(feed_id, feed, result, entry["partition"])
        except Exception:  # one feed's surprise must never stop the others
            log.exception("poll_feeds: polling %s failed", feed_id)
        finally:
            self.in_flight.pop(feed_id, None)

    async def _deliver(self, feed_id: str, result: PollResult) -> None:
        articles, dead = [], []
        for data in result.articles:
            try:
                # The feed poller is where these articles enter: received_at is stamped here.
                articles.append(receive_article(data, max_chars=self.max_chars))
            except InvalidArticle as exc:
                raw = json.dumps(data, ensure_ascii=False).encode("utf-8")
                dead.append(dead_letter_bytes(exc.reason, raw, source=f"feed {feed_id}"))
        if articles or dead:
            await self.send(articles, dead)  # before the state: a crash re-sends, never loses
        for article in articles:
            self.recently_sent[article.id] = None
        while len(self.recently_sent) > RECENTLY_SENT_CAP:
            self.recently_sent.popitem(last=False)
        self.polls += 1
        self.items += len(articles)
        if result.articles or result.status == "error":
            log.info(
                "poll_feeds: %s: %d new, %d from pages%s",
                feed_id,
                len(articles),
                result.pages_fetched,
                f", error: {result.state.last_error}" if result.status == "error" else "",
            )

    def _remember(self, feed_id: str, feed: FeedConfig, result: PollResult, partition: int) -> None:
        current = self.table.get(feed_id)
        if current is None or current.get("partition") != partition:
            return  # removed meanwhile: nothing to remember
        self.table[feed_id] = {**current, "state": result.state.to_dict()}
        interval = feed.interval.total_seconds()
        status = feed_status(current["feed"], result.state, time.time(), interval)
        self.statuses[feed_id] = status

    async def known(self, ids: list[str]) -> set[str]:
        """Sent by this worker lately, or already in the articles index (another feed had it,
        or it was sent before a restart)."""
        local = {i for i in ids if i in self.recently_sent}
        rest = [i for i in ids if i not in local]
        if not rest:
            return local
        try:
            return local | await self.seen_in_index(rest)
        except Exception as exc:  # fail open: the tagging agent drops repeats by id
            log.warning("poll_feeds: articles index lookup failed (%s)", exc)
            return local

    def take_statuses(self) -> dict[str, dict[str, Any]]:
        statuses, self.statuses = self.statuses, {}
        return statuses
