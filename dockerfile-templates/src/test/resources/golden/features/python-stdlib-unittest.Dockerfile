# syntax=docker/dockerfile:1
# Dependencies in a virtualenv at /opt/venv, made without pip; the runtime copies the virtualenv, not the tools.
FROM python:3.12.8-slim-bookworm AS builder
ENV PYTHONDONTWRITEBYTECODE=1 PIP_DISABLE_PIP_VERSION_CHECK=1
RUN python3 -m venv --without-pip /opt/venv
ENV VIRTUAL_ENV=/opt/venv PATH=/opt/venv/bin:$PATH
WORKDIR /app
COPY . .
RUN python -m unittest discover -s tests

# The image: the virtualenv and the sources, owned by root, run by an unprivileged user.
FROM python:3.12.8-slim-bookworm AS runtime
LABEL org.opencontainers.image.title=python-app
LABEL org.opencontainers.image.version=0.1.0
LABEL org.opencontainers.image.base.name=python:3.12.8-slim-bookworm
ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 VIRTUAL_ENV=/opt/venv PATH=/opt/venv/bin:$PATH
WORKDIR /app
COPY --from=builder /opt/venv /opt/venv
COPY . .
USER 10001:10001
ENTRYPOINT ["/opt/venv/bin/python", "-m", "app"]
