from pathlib import Path

from eventwatch.settings import Settings
from eventwatch.streams.app import app_id, create_app
from eventwatch.streams.setup import topic_specs


def settings(**kw: object) -> Settings:
    return Settings(topic_prefix="p1-", index_prefix="p1-", articles_partitions=3, **kw)


def test_app_has_both_agents_on_the_prefixed_topics_with_configured_partitions() -> None:
    app = create_app(settings())
    assert {"tag_articles", "index_events"} <= set(app.agents)
    subscribed = {name: a.channel.get_topic_name() for name, a in app.agents.items()}
    assert subscribed["tag_articles"] == "p1-articles"
    assert subscribed["index_events"] == "p1-events"
    assert app.conf.topic_partitions == 3
    assert app.conf.id == "p1-eventwatch"
    assert app.conf.web_enabled is False


def test_web_port_enables_the_web_server_on_that_port() -> None:
    app = create_app(settings(), web_port=6123)
    assert app.conf.web_enabled is True and app.conf.web_port == 6123


def test_two_apps_from_different_settings_do_not_share_configuration(tmp_path: Path) -> None:
    a = create_app(settings(consumer_group="g1", home=tmp_path))
    b = create_app(Settings(topic_prefix="p2-", consumer_group="g1"))
    assert (a.conf.id, b.conf.id) == ("p1-g1", "p2-g1")


def test_consumer_group_already_carrying_the_prefix_is_kept() -> None:
    assert app_id(Settings(topic_prefix="t1-", consumer_group="t1-eventwatch")) == "t1-eventwatch"


def test_setup_creates_every_topic_with_the_articles_partition_count() -> None:
    assert topic_specs(settings()) == {
        "p1-articles": 3,
        "p1-articles.dlq": 3,
        "p1-events": 3,
        "p1-alerts": 3,
        "p1-feeds": 3,
        "p1-alerts.input": 1,  # events with their incidents, for the alert rules: one reader
    }


def test_the_feeds_topic_is_compacted_and_the_others_are_not() -> None:
    from eventwatch.streams.setup import topic_configs

    assert topic_configs(settings(), "p1-feeds")["cleanup.policy"] == "compact"
    assert "cleanup.policy" not in topic_configs(settings(), "p1-articles")
