# syntax=docker/dockerfile:1
# Debian's Python, as distroless has it, so that the virtualenv's interpreter path exists there.
FROM debian:12.8-slim AS builder
RUN apt-get update \
    && apt-get install -y --no-install-recommends python3-venv=3.11.2-* python3-pip=23.0.1+dfsg-* \
    && rm -rf /var/lib/apt/lists/*
ENV PYTHONDONTWRITEBYTECODE=1 PIP_DISABLE_PIP_VERSION_CHECK=1
RUN python3 -m venv --without-pip /opt/venv
ENV VIRTUAL_ENV=/opt/venv PATH=/opt/venv/bin:$PATH

# The image: the virtualenv and the sources, owned by root, run by an unprivileged user.
FROM gcr.io/distroless/python3-debian12:nonroot AS runtime
LABEL org.opencontainers.image.title=python-app
LABEL org.opencontainers.image.version=0.1.0
LABEL org.opencontainers.image.base.name=gcr.io/distroless/python3-debian12:nonroot
ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 VIRTUAL_ENV=/opt/venv PATH=/opt/venv/bin:$PATH
WORKDIR /app
COPY --from=builder /opt/venv /opt/venv
COPY . .
USER 65532:65532
HEALTHCHECK CMD ["/opt/venv/bin/python", "-m", "app", "--check"]
ENTRYPOINT ["/opt/venv/bin/python", "-m", "app"]
