from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[3]


def test_compose_file_names_the_services_at_the_local_stack_versions() -> None:
    compose = yaml.safe_load((ROOT / "docker-compose.yml").read_text())
    services = compose["services"]
    assert {"kafka", "elasticsearch", "worker", "dashboard"} <= set(services)
    assert services["kafka"]["image"] == "apache/kafka:3.9.1"
    assert services["elasticsearch"]["image"].endswith(":7.10.2")
    for name in ("kafka", "elasticsearch", "worker", "dashboard"):
        assert "healthcheck" in services[name], name


def test_worker_can_be_scaled_no_fixed_name_no_host_port_shared_group() -> None:
    worker = yaml.safe_load((ROOT / "docker-compose.yml").read_text())["services"]["worker"]
    assert "container_name" not in worker
    assert "ports" not in worker
    assert worker["environment"]["EVENTWATCH_CONSUMER_GROUP"] == "eventwatch"
    assert (ROOT / worker["build"] / "Dockerfile").exists()
