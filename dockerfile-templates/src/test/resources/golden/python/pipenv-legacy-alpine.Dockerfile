# syntax=docker/dockerfile:1
# Dependencies in a virtualenv at /opt/venv, made without pip; the runtime copies the virtualenv, not the tools.
FROM python:3.11.11-alpine3.21 AS builder
ENV PYTHONDONTWRITEBYTECODE=1 PIP_DISABLE_PIP_VERSION_CHECK=1 PIP_NO_CACHE_DIR=1
RUN python3 -m venv /opt/pipenv \
    && /opt/pipenv/bin/pip install --no-cache-dir pipenv==2024.4.0 \
    && python3 -m venv --without-pip /opt/venv
ENV VIRTUAL_ENV=/opt/venv PATH=/opt/venv/bin:$PATH PIPENV_VERBOSITY=-1
WORKDIR /app
COPY Pipfile Pipfile.lock ./
RUN /opt/pipenv/bin/pipenv requirements > /tmp/requirements.txt \
    && pip --python /opt/venv/bin/python install --no-cache-dir -r /tmp/requirements.txt

# The image: the virtualenv and the sources, owned by root, run by an unprivileged user.
FROM python:3.11.11-alpine3.21 AS runtime
LABEL org.opencontainers.image.base.name=python:3.11.11-alpine3.21
ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 VIRTUAL_ENV=/opt/venv PATH=/opt/venv/bin:$PATH PYTHONPATH=/app/src
WORKDIR /app
COPY --from=builder /opt/venv /opt/venv
COPY . .
USER 10001:10001
EXPOSE 8000
ENTRYPOINT ["/opt/venv/bin/python", "-m", "worker"]
