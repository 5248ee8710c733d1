# syntax=docker/dockerfile:1
# Dependencies in a virtualenv at /opt/venv, made without pip; the runtime copies the virtualenv, not the tools.
FROM python:3.11.11-slim-bookworm AS builder
ENV PYTHONDONTWRITEBYTECODE=1 PIP_DISABLE_PIP_VERSION_CHECK=1
RUN python3 -m venv --without-pip /opt/venv
ENV VIRTUAL_ENV=/opt/venv PATH=/opt/venv/bin:$PATH
WORKDIR /app
COPY requirements.txt ./
COPY requirements/base.txt ./requirements/
RUN --mount=type=cache,target=/root/.cache/pip pip --python /opt/venv/bin/python install -r requirements.txt

# The image: the virtualenv and the sources, owned by root, run by an unprivileged user.
FROM python:3.11.11-slim-bookworm AS runtime
LABEL org.opencontainers.image.base.name=python:3.11.11-slim-bookworm
ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 VIRTUAL_ENV=/opt/venv PATH=/opt/venv/bin:$PATH
WORKDIR /app
COPY --from=builder /opt/venv /opt/venv
COPY . .
USER 10001:10001
EXPOSE 8000
ENTRYPOINT ["/opt/venv/bin/gunicorn", "--bind", "0.0.0.0:8000", "app:app"]
