# eventwatch worker and dashboard image (docker-compose.yml runs it with different commands).
# Built in three stages: the dashboard's npm assets, then the wheel (the same one
# `pip install eventwatch` gets) with its dependencies, then a slim runtime that only installs
# those wheels and runs as a non-root user.

FROM node:20-slim AS assets
WORKDIR /src/dashboard/frontend
COPY dashboard/frontend/package.json dashboard/frontend/package-lock.json ./
RUN npm ci --no-audit --no-fund --silent

FROM python:3.11-slim AS wheels
WORKDIR /src
COPY . .
COPY --from=assets /src/dashboard/frontend/node_modules dashboard/frontend/node_modules
RUN pip wheel --no-cache-dir --wheel-dir /wheels .

FROM python:3.11-slim
ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    EVENTWATCH_HOME=/var/lib/eventwatch
COPY --from=wheels /wheels /wheels
RUN pip install --no-cache-dir --no-index --find-links /wheels eventwatch \
    && rm -rf /wheels \
    && useradd --system --home-dir /var/lib/eventwatch --create-home eventwatch
USER eventwatch
WORKDIR /var/lib/eventwatch
# Health checks are per service in docker-compose.yml (worker process, dashboard /health).
CMD ["eventwatch", "worker"]
