"""Events -> incidents: which reports describe the same happening (pure logic, no I/O).

The state of open incidents lives wherever the caller keeps it (a Faust table in the
worker, a dict in tests and backtests); eventwatch.streams connects this stage to Kafka.
"""
