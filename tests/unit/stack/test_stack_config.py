import socket

import pytest

from eventwatch.errors import EventwatchError, UsageError
from eventwatch.settings import Settings
from eventwatch.stack import LocalStack, maven
from eventwatch.stack.elasticsearch import ElasticsearchServer
from eventwatch.stack.kafka import KafkaServer
from eventwatch.stack.ports import free_port


def _settings(tmp_path, **overrides):
    values = {
        "home": tmp_path,
        "kafka_bootstrap": f"127.0.0.1:{free_port()}",
        "kafka_controller_port": free_port(),
        "elasticsearch_url": f"http://127.0.0.1:{free_port()}",
        "elasticsearch_transport_port": free_port(),
        "maven_cache": tmp_path / "maven",
    }
    values.update(overrides)
    return Settings(**values)


def test_kafka_config_binds_loopback_on_configured_ports(tmp_path):
    settings = _settings(tmp_path, kafka_bootstrap="127.0.0.1:19092", kafka_controller_port=19093)
    text = KafkaServer(settings)._server_properties()
    assert "listeners=PLAINTEXT://127.0.0.1:19092,CONTROLLER://127.0.0.1:19093\n" in text
    assert "controller.quorum.voters=1@127.0.0.1:19093\n" in text
    assert f"log.dirs={tmp_path / 'stack' / 'kafka' / 'data'}\n" in text


def test_elasticsearch_transport_port_defaults_to_http_plus_100(tmp_path):
    settings = _settings(
        tmp_path, elasticsearch_url="http://127.0.0.1:19200", elasticsearch_transport_port=None
    )
    server = ElasticsearchServer(settings)
    assert server.ports() == {"Elasticsearch HTTP": 19200, "Elasticsearch transport": 19300}


def test_settings_from_environment_reach_the_servers(tmp_path, monkeypatch):
    monkeypatch.setenv("EVENTWATCH_KAFKA_BOOTSTRAP", "localhost:29092")
    monkeypatch.setenv("EVENTWATCH_KAFKA_CONTROLLER_PORT", "29093")
    monkeypatch.setenv("EVENTWATCH_ELASTICSEARCH_URL", "http://localhost:29200")
    monkeypatch.setenv("EVENTWATCH_HOME", str(tmp_path))
    local = LocalStack(Settings())
    kafka, es = local.servers
    assert kafka.ports() == {"Kafka listener": 29092, "Kafka controller": 29093}
    assert es.address == "http://localhost:29200"
    assert local.pid_file(kafka) == tmp_path / "stack" / "kafka.pid"
    assert local.maven_cache == tmp_path / "maven"


def test_remote_addresses_are_refused(tmp_path):
    with pytest.raises(UsageError, match="binds 127.0.0.1 only.*kafka.example.org:9092"):
        LocalStack(_settings(tmp_path, kafka_bootstrap="kafka.example.org:9092"))


def test_status_reports_down_when_nothing_listens(tmp_path):
    settings = _settings(tmp_path)
    assert LocalStack(settings).status() == {
        "kafka": {"up": False, "bootstrap": settings.kafka_bootstrap},
        "elasticsearch": {"up": False, "url": settings.elasticsearch_url},
    }


def test_up_refuses_a_port_taken_by_something_else(tmp_path):
    settings = _settings(tmp_path)
    with socket.socket() as squatter:
        squatter.bind(("127.0.0.1", settings.kafka_controller_port))
        squatter.listen()
        with pytest.raises(
            EventwatchError, match=r"port \d+ \(Kafka controller\) is already in use"
        ):
            LocalStack(settings).up()
    assert not (tmp_path / "stack" / "kafka.pid").exists()


def test_down_without_up_stops_nothing(tmp_path):
    assert LocalStack(_settings(tmp_path)).down() == {
        "kafka": "not running",
        "elasticsearch": "not running",
    }


def test_unresolved_jars_without_maven_is_a_clear_error(tmp_path):
    assert not maven.is_resolved(tmp_path, "kafka")
    with pytest.raises(
        maven.ResolutionFailed, match="not cached .* Maven \\(mvn\\) is not installed"
    ):
        maven.resolve(tmp_path, "kafka", None)


def test_cached_jars_skip_maven(tmp_path):
    lib = maven.lib_dir(tmp_path, "elasticsearch")
    lib.mkdir(parents=True)
    (lib / maven.MARKER).write_text("done")
    assert maven.resolve(tmp_path, "elasticsearch", None) == lib
