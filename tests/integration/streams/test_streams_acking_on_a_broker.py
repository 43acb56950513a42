"""Nothing acked that was not processed, on a real broker: an agent whose batch fails for
good must leave the messages buffered behind it uncommitted (Faust's noack_take alone
acked and committed all of them; streams/acking.py)."""

from __future__ import annotations

import subprocess
import sys
import uuid
from pathlib import Path

import pytest
from support.stacks import StackServers

pytestmark = [pytest.mark.kafka]
APP = Path(__file__).with_name("failing_batch_app.py")


def test_messages_behind_a_failed_batch_are_not_committed(stack_servers: StackServers) -> None:
    from kafka import KafkaAdminClient, KafkaProducer
    from kafka.admin import NewTopic

    bootstrap = stack_servers.kafka_bootstrap
    name = f"acking-{uuid.uuid4().hex[:8]}"
    admin = KafkaAdminClient(bootstrap_servers=bootstrap)
    try:
        admin.create_topics([NewTopic(name, 1, 1)])
        producer = KafkaProducer(bootstrap_servers=bootstrap)
        for n in range(50):
            producer.send(name, value=f"message {n}".encode())
        producer.flush()
        producer.close()

        run = subprocess.run(
            [sys.executable, str(APP), bootstrap, name, "15"],
            capture_output=True,
            timeout=180,
        )
        log = run.stderr.decode(errors="replace")
        assert "the write failed for good" in log, log[-2000:]  # the batch did fail
        committed = admin.list_consumer_group_offsets(name)
        assert [o.offset for o in committed.values() if o.offset > 0] == [], committed
    finally:
        admin.delete_topics([name])
        admin.close()
