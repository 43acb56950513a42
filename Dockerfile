# eventwatch worker and dashboard image (docker-compose.yml runs it with different commands).
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    EVENTWATCH_HOME=/var/lib/eventwatch

WORKDIR /app
COPY pyproject.toml README.md ./
COPY eventwatch ./eventwatch
COPY tagging ./tagging
COPY indexers ./indexers
COPY alerts ./alerts
COPY streams ./streams
COPY ingest ./ingest
COPY dashboard ./dashboard
COPY stack ./stack
COPY benchmarks ./benchmarks
RUN pip install --no-cache-dir . \
    && useradd --system --home-dir /var/lib/eventwatch --create-home eventwatch
USER eventwatch

CMD ["eventwatch", "worker"]
