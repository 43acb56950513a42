"""Rules stated the way a linguist would write them, not fitted to one sentence: a cancelled
visit is a sanction only for a political cause, a compound 'member of a ... terror group'
takes any adjective, Russian 'road' is no price word, and look-alike group names stay apart."""

import pytest

PAIRS = [
    # A cancelled trip is a sanction only when a political cause or protest is given.
    ("en", "sanctions",
     "Venezuela's foreign minister cancelled a planned trip to Bogotá in protest at the "
     "expulsion of two diplomats.",
     "The governor cancelled his scheduled visit to the county fair after heavy snow closed "
     "the roads."),
    ("en", "sanctions",
     "The premier cancelled her official visit to Seoul after the arrest of a consular officer.",
     "The prime minister cancelled a planned trip to the flooded coast because of the storm."),
    # A boast of reach is a threat; an airline's reach is not.
    ("en", "threat",
     "Iran's defence minister said its missiles can strike targets anywhere in the region.",
     "Iran's defence minister said its new airline can reach any city in the region."),
    # Breaching a barrier is no protest by itself.
    ("en", "protest",
     "Supporters of the jailed poet marched to the courthouse and chanted her verses.",
     "Police said the fans breached a barrier at the stadium entrance before kick-off."),
    # Any adjective may stand between 'Mitglied der' and the terror group.
    ("de", "terror_plot_foiled",
     "Die Polizei nahm in Hamburg ein mutmaßliches Mitglied der dschihadistischen Terrormiliz "
     "fest.",
     "Die Polizei nahm in Hamburg ein mutmaßliches Mitglied der Kommission für Terrorabwehr "
     "fest."),
    # 'дорожный' (road) is no price word; 'дороже' (dearer) and 'подорожание' are.
    ("ru", "diplomatic_proposal",
     "Правительство Казахстана предложило Китаю совместно построить новую дорожную сеть.",
     "Из-за подорожания бензина сеть заправок предлагает водителям скидки."),
    ("ru", "diplomatic_proposal",
     "Правительство Казахстана предложило Китаю совместно построить новую дорожную сеть.",
     "Компания предлагает покупателям телефоны дороже, чем у конкурентов."),
    # Separatists are protesters only when they protest.
    ("fr", "protest",
     "Des milliers d'indépendantistes ont manifesté à Bastia contre le projet de loi.",
     "Les indépendantistes ont rencontré la police pour préparer le scrutin."),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "kind", "positive", "negative"), PAIRS)
def test_rule_and_its_hard_negative(types_of, lang, kind, positive, negative):  # type: ignore[no-untyped-def]
    assert kind in types_of(positive, lang)
    assert kind not in types_of(negative, lang)


@pytest.mark.parametrize(
    ("text", "group"),
    [
        # Jaish al-Adl (Iranian Baluch) and Jaish-e-Mohammed (Kashmir) are different groups.
        ("Jaish al-Adl claimed the bombing of a police station in Zahedan.", "Jaish al-Adl"),
        ("Jaish ul-Adl claimed the bombing of a police station in Zahedan.", "Jaish al-Adl"),
        ("Jaish-e-Mohammed claimed responsibility for the suicide attack on the convoy in Kashmir.",
         "Jaish-e-Mohammed"),
    ],
)  # fmt: skip
def test_claiming_group_is_named_as_itself(tagger, text: str, group: str) -> None:  # type: ignore[no-untyped-def]
    from eventwatch.models import Article

    events = tagger.tag(Article(id="g", text=text, language="en"))
    claim = next(e for e in events if e.type == "responsibility_claim")
    assert [a.name for a in claim.actors.source] == [group]
