"""API keys, roles and signed sessions."""

from __future__ import annotations

import pytest

from eventwatch.dashboard.auth import DEV_KEY, KeyRing, parse_api_keys
from eventwatch.errors import UsageError


def test_parse_api_keys_reads_key_role_pairs() -> None:
    assert parse_api_keys(" a1:viewer, b2:EDITOR ,c3:admin,") == {
        "a1": "viewer",
        "b2": "editor",
        "c3": "admin",
    }


@pytest.mark.parametrize("spec", ["justakey", "k:root", ":viewer"])
def test_parse_api_keys_refuses_malformed_entries(spec: str) -> None:
    with pytest.raises(UsageError, match="key:role"):
        parse_api_keys(spec)


def test_no_keys_means_dev_mode_with_the_dev_key_as_admin() -> None:
    ring = KeyRing("")
    assert ring.dev_mode
    principal = ring.principal_for_key(DEV_KEY)
    assert principal is not None and principal.role == "admin"


def test_configured_keys_disable_the_dev_key() -> None:
    ring = KeyRing("v:viewer")
    assert not ring.dev_mode
    assert ring.principal_for_key(DEV_KEY) is None
    viewer = ring.principal_for_key("v")
    assert viewer is not None
    assert viewer.allows("viewer") and not viewer.allows("editor")


def test_session_round_trip_keeps_role_and_gives_a_csrf_token() -> None:
    ring = KeyRing("e:editor", secret="s")
    cookie = ring.new_session(ring.principal_for_key("e"))
    principal = ring.principal_for_session(cookie)
    assert principal is not None
    assert principal.role == "editor" and principal.via_session and principal.csrf


def test_tampered_or_foreign_sessions_are_refused() -> None:
    ring = KeyRing("e:editor,a:admin", secret="s")
    cookie = ring.new_session(ring.principal_for_key("e"))
    body, _, signature = cookie.partition(".")
    assert ring.principal_for_session(body[:-2] + "xx." + signature) is None
    assert ring.principal_for_session("garbage") is None
    other = KeyRing("e:editor", secret="other-secret")
    assert other.principal_for_session(cookie) is None


def test_session_dies_with_its_key() -> None:
    cookie = KeyRing("e:editor", secret="s").new_session(
        KeyRing("e:editor", secret="s").principal_for_key("e")
    )
    assert KeyRing("f:editor", secret="s").principal_for_session(cookie) is None
