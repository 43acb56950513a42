"""Window state properties over arbitrary event streams."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from eventwatch.alerts.windows import threshold_step

times = st.lists(st.floats(min_value=0, max_value=3600), min_size=1, max_size=60)


@given(times, st.integers(min_value=1, max_value=5))
def test_threshold_fires_only_with_enough_events_inside_the_window(ts, threshold) -> None:
    state: dict = {}
    fired = 0
    for n, t in enumerate(sorted(ts)):
        docs = threshold_step(state, "k", t, {"id": f"e{n}"}, 600.0, threshold)
        if docs is not None:
            fired += 1
            assert len(docs) == threshold
    assert fired <= len(ts) // threshold


@given(times)
def test_replaying_the_same_events_changes_nothing(ts) -> None:
    state: dict = {}
    events = [(t, {"id": f"e{n}"}) for n, t in enumerate(sorted(ts))]
    for t, doc in events:
        threshold_step(state, "k", t, doc, 600.0, 1_000)
    before = [list(e) for e in state["k"]]
    for t, doc in events:
        assert threshold_step(state, "k", t, doc, 600.0, 1_000) is None
    assert state["k"] == before
