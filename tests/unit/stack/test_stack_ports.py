import socket

import pytest

from eventwatch.errors import UsageError
from eventwatch.stack.ports import free_port, port_in_use, split_host_port, url_host_port


def test_split_host_port_accepts_host_and_port():
    assert split_host_port("127.0.0.1:9092", what="x") == ("127.0.0.1", 9092)
    assert split_host_port("[::1]:19092", what="x") == ("::1", 19092)


@pytest.mark.parametrize("bad", ["127.0.0.1", ":9092", "host:", "host:abc", "host:70000"])
def test_split_host_port_names_the_setting_on_bad_input(bad):
    with pytest.raises(UsageError, match="EVENTWATCH_KAFKA_BOOTSTRAP must be host:port"):
        split_host_port(bad, what="EVENTWATCH_KAFKA_BOOTSTRAP")


def test_url_host_port_defaults_to_9200():
    assert url_host_port("http://localhost", what="x") == ("localhost", 9200)
    assert url_host_port("http://127.0.0.1:19200/", what="x") == ("127.0.0.1", 19200)


@pytest.mark.parametrize("bad", ["127.0.0.1:9200", "ftp://h:1", "http://h:port"])
def test_url_host_port_rejects_non_http_urls(bad):
    with pytest.raises(UsageError, match="EVENTWATCH_ELASTICSEARCH_URL"):
        url_host_port(bad, what="EVENTWATCH_ELASTICSEARCH_URL")


def test_port_in_use_sees_a_listener_and_its_absence():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        sock.listen()
        port = sock.getsockname()[1]
        assert port_in_use("127.0.0.1", port)
    assert not port_in_use("127.0.0.1", port)


def test_free_port_is_bindable():
    port = free_port()
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", port))
