import xml.etree.ElementTree as ET
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[3]


def test_compose_file_names_the_services_at_the_local_stack_versions() -> None:
    compose = yaml.safe_load((ROOT / "docker-compose.yml").read_text())
    services = compose["services"]
    assert {"kafka", "elasticsearch", "worker", "dashboard"} <= set(services)
    assert services["kafka"]["image"] == f"apache/kafka:{local_stack_kafka_version()}"
    assert services["elasticsearch"]["image"].endswith(":7.10.2")
    for name in ("kafka", "elasticsearch", "worker", "dashboard"):
        assert "healthcheck" in services[name], name


def test_worker_can_be_scaled_no_fixed_name_no_host_port_shared_group() -> None:
    worker = yaml.safe_load((ROOT / "docker-compose.yml").read_text())["services"]["worker"]
    assert "container_name" not in worker
    assert "ports" not in worker
    assert worker["environment"]["EVENTWATCH_CONSUMER_GROUP"] == "eventwatch"
    assert (ROOT / worker["build"] / "Dockerfile").exists()


def local_stack_kafka_version() -> str:
    """The kafka_2.13 version stack/maven/kafka.xml resolves for the local stack."""
    pom = ET.parse(ROOT / "stack" / "maven" / "kafka.xml").getroot()
    ns = {"m": "http://maven.apache.org/POM/4.0.0"}
    for dependency in pom.iterfind("m:dependencies/m:dependency", ns):
        if dependency.findtext("m:artifactId", namespaces=ns) == "kafka_2.13":
            return dependency.findtext("m:version", namespaces=ns) or ""
    raise AssertionError("stack/maven/kafka.xml has no kafka_2.13 dependency")


def test_local_stack_runs_kafka_4() -> None:
    assert local_stack_kafka_version().startswith("4.")
