"""API keys, roles and signed sessions."""

from __future__ import annotations

import pytest

from eventwatch.dashboard.auth import DEV_KEY, KeyRing, parse_api_keys
from eventwatch.errors import UsageError

A1, B2, C3 = "a1-key-0123456789", "b2-key-0123456789", "c3-key-0123456789"
V, E, A, F = "v-key-0123456789ab", "e-key-0123456789ab", "a-key-0123456789ab", "f-key-0123456789ab"
SECRET = "s" * 32


def test_parse_api_keys_reads_key_role_pairs() -> None:
    spec = f" {A1}:viewer, {B2}:EDITOR ,{C3}:admin,"
    assert parse_api_keys(spec) == {A1: "viewer", B2: "editor", C3: "admin"}


@pytest.mark.parametrize("spec", ["justakey-0123456789", "k-0123456789abcdef:root", ":viewer"])
def test_parse_api_keys_refuses_malformed_entries(spec: str) -> None:
    with pytest.raises(UsageError, match="key:role"):
        parse_api_keys(spec)


def test_no_keys_means_dev_mode_with_the_dev_key_as_admin() -> None:
    ring = KeyRing("")
    assert ring.dev_mode
    principal = ring.principal_for_key(DEV_KEY)
    assert principal is not None and principal.role == "admin"


def test_configured_keys_disable_the_dev_key() -> None:
    ring = KeyRing(f"{V}:viewer")
    assert not ring.dev_mode
    assert ring.principal_for_key(DEV_KEY) is None
    viewer = ring.principal_for_key(V)
    assert viewer is not None
    assert viewer.allows("viewer") and not viewer.allows("editor")


def test_session_round_trip_keeps_role_and_gives_a_csrf_token() -> None:
    ring = KeyRing(f"{E}:editor", secret=SECRET)
    cookie = ring.new_session(ring.principal_for_key(E))
    principal = ring.principal_for_session(cookie)
    assert principal is not None
    assert principal.role == "editor" and principal.via_session and principal.csrf


def test_tampered_or_foreign_sessions_are_refused() -> None:
    ring = KeyRing(f"{E}:editor,{A}:admin", secret=SECRET)
    cookie = ring.new_session(ring.principal_for_key(E))
    body, _, signature = cookie.partition(".")
    assert ring.principal_for_session(body[:-2] + "xx." + signature) is None
    assert ring.principal_for_session("garbage") is None
    other = KeyRing(f"{E}:editor", secret="o" * 32)
    assert other.principal_for_session(cookie) is None


def test_session_dies_with_its_key() -> None:
    cookie = KeyRing(f"{E}:editor", secret=SECRET).new_session(
        KeyRing(f"{E}:editor", secret=SECRET).principal_for_key(E)
    )
    assert KeyRing(f"{F}:editor", secret=SECRET).principal_for_session(cookie) is None
