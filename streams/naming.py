"""Names the worker derives from the deployment's settings: its consumer group and the
changelog topics of its tables (the dashboard reads one of them for live incidents)."""

from __future__ import annotations

from eventwatch.settings import Settings


def app_id(settings: Settings) -> str:
    """The consumer group; the topic prefix keeps deployments sharing a broker apart."""
    group = settings.consumer_group
    prefix = settings.topic_prefix
    return group if group.startswith(prefix) else f"{prefix}{group}"


def changelog_topic(settings: Settings, table: str) -> str:
    """The topic Faust keeps a table's changes in (its naming: app id, table, 'changelog')."""
    return f"{app_id(settings)}-{table}-changelog"
