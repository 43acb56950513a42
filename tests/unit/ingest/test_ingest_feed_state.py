from eventwatch.ingest.feed_state import FeedState, backoff, feed_status, items_per_hour

FEED = {"id": "city", "url": "https://news.example.org/rss", "interval": "5m"}
HOUR = 3600.0


def test_state_round_trips_through_a_dict_as_the_table_stores_it() -> None:
    state = FeedState(etag='"x"', seen=["a", "b"], failures=2)
    assert FeedState.from_dict(state.to_dict()) == state
    assert FeedState.from_dict(None) == FeedState()


def test_items_per_hour_over_the_last_day() -> None:
    state = FeedState(first_poll=0.0)
    for hour in range(6):
        state.polled(hour * HOUR, 300, 2)
    assert items_per_hour(state, 6 * HOUR) == 2.0
    status = feed_status(FEED, state, 6 * HOUR, 300)
    assert status["items_per_hour"] == 2.0
    assert status["last_new_item"] == "1970-01-01T05:00:00+00:00"
    assert set(status) >= {"id", "url", "last_poll", "last_new_item", "last_error"}


def test_a_feed_silent_much_longer_than_usual_gets_a_warning() -> None:
    state = FeedState()
    for n in range(5):  # a new item every 10 minutes
        state.polled(n * 600.0, 300, 1)
    assert feed_status(FEED, state, 4 * 600.0 + 900, 300)["warning"] is None
    warning = feed_status(FEED, state, 4 * 600.0 + 3 * HOUR, 300)["warning"]
    assert warning is not None and "usually one every 10m" in warning


def test_backoff_doubles_up_to_an_hour_and_respects_retry_after() -> None:
    assert 270 <= backoff(300, 1, None) <= 330
    assert 540 <= backoff(300, 2, None) <= 660
    assert backoff(300, 30, None) <= 3600 * 1.1
    assert backoff(60, 1, 7200) >= 7200 * 0.9


def test_a_failure_keeps_what_was_seen_and_counts() -> None:
    state = FeedState(seen=["a"])
    state.failed(100.0, 300, "HTTP 500", None)
    assert (state.failures, state.last_error, state.seen) == (1, "HTTP 500", ["a"])
    state.polled(200.0, 300, 0)
    assert (state.failures, state.last_error) == (0, None)
