# syntax=docker/dockerfile:1
# Dependencies in a virtualenv at /opt/venv; the runtime copies the virtualenv, not the tools.
FROM python:3.12.8-slim-bookworm AS builder
ENV PYTHONDONTWRITEBYTECODE=1 PIP_DISABLE_PIP_VERSION_CHECK=1
RUN --mount=type=cache,target=/root/.cache/pip python3 -m venv /opt/poetry \
    && /opt/poetry/bin/pip install poetry==1.8.5 \
    && python3 -m venv /opt/venv
ENV VIRTUAL_ENV=/opt/venv PATH=/opt/venv/bin:$PATH POETRY_NO_INTERACTION=1 POETRY_VIRTUALENVS_CREATE=false
WORKDIR /app
COPY pyproject.toml poetry.lock ./
RUN --mount=type=cache,target=/root/.cache/pypoetry /opt/poetry/bin/poetry install --only main --no-root
COPY . .
RUN --mount=type=cache,target=/root/.cache/pypoetry /opt/poetry/bin/poetry install --only main

# The image: the virtualenv and the sources, owned by root, run by an unprivileged user.
FROM python:3.12.8-slim-bookworm AS runtime
LABEL org.opencontainers.image.title=ledger
LABEL org.opencontainers.image.description="Ledger service"
LABEL org.opencontainers.image.version=0.5.2
LABEL org.opencontainers.image.licenses=Apache-2.0
LABEL org.opencontainers.image.source=https://github.com/acme/ledger
LABEL org.opencontainers.image.base.name=python:3.12.8-slim-bookworm
ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 VIRTUAL_ENV=/opt/venv PATH=/opt/venv/bin:$PATH
WORKDIR /app
COPY --from=builder /opt/venv /opt/venv
COPY . .
USER 10001:10001
EXPOSE 8000
ENTRYPOINT ["/opt/venv/bin/ledger"]
