"""Test support shared by every test package: the CLI and the worker as subprocesses with the
test's environment, Kafka reads and writes, polling, and the private server stacks.

Imported as `support.<module>` (tests/ is on sys.path through tests/conftest.py).
"""
