"""Local Kafka and Elasticsearch processes for runs and tests without Docker."""

from eventwatch.stack.local import LocalStack, StartFailed

__all__ = ["LocalStack", "StartFailed"]
