# syntax=docker/dockerfile:1
# Debian's Python, as distroless has it, so that the virtualenv's interpreter path exists there.
FROM debian:12.8-slim AS builder
RUN apt-get update \
    && apt-get install -y --no-install-recommends python3-venv=3.11.2-* python3-pip=23.0.1+dfsg-* \
    && rm -rf /var/lib/apt/lists/*
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
FROM gcr.io/distroless/python3-debian12:nonroot AS runtime
LABEL org.opencontainers.image.base.name=gcr.io/distroless/python3-debian12:nonroot
ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 VIRTUAL_ENV=/opt/venv PATH=/opt/venv/bin:$PATH PYTHONPATH=/app/src
WORKDIR /app
COPY --from=builder /opt/venv /opt/venv
COPY . .
USER 65532:65532
EXPOSE 8000
ENTRYPOINT ["/opt/venv/bin/python", "-m", "worker"]
