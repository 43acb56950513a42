"""Input sources and the Kafka producer behind `eventwatch ingest`."""
