"""A truce or deal that an actor calls for or offers is the proposal's content, not an agreement
reached (definitions.md: 'the offer before it is diplomatic_proposal'); an agreement reached on
a proposal stays an agreement."""

import pytest

CASES = [
    ("de", "Der Außenminister der Türkei forderte eine sofortige Waffenruhe im Gazastreifen.",
     {"diplomatic_proposal"}, {"agreement"}),
    ("en", "Egypt proposed a ceasefire between Israel and Hamas.",
     {"diplomatic_proposal"}, {"agreement"}),
    ("de", "Israel und die Hamas einigten sich auf eine Waffenruhe, die Katar vorgeschlagen hatte.",
     {"agreement"}, set()),
    ("en", "Israel and Hamas agreed to a ceasefire that Qatar had proposed.", {"agreement"}, set()),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "text", "present", "absent"), CASES)
def test_proposal_shadows_agreement(types_of, lang, text, present, absent) -> None:  # type: ignore[no-untyped-def]
    found = types_of(text, lang)
    assert present <= found and not (absent & found), found
