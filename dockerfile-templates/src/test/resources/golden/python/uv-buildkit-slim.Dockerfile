# syntax=docker/dockerfile:1
# Dependencies in a virtualenv at /opt/venv; the runtime copies the virtualenv, not the tools.
FROM python:3.12.8-slim-bookworm AS builder
ENV PYTHONDONTWRITEBYTECODE=1 UV_COMPILE_BYTECODE=1 UV_LINK_MODE=copy UV_PYTHON_DOWNLOADS=never UV_PROJECT_ENVIRONMENT=/opt/venv
COPY --from=ghcr.io/astral-sh/uv:0.5.11 /uv /usr/local/bin/uv
ENV PATH=/opt/venv/bin:$PATH
WORKDIR /app
COPY pyproject.toml uv.lock ./
RUN --mount=type=cache,target=/root/.cache/uv uv sync --frozen --no-dev --no-install-project

# The image: the virtualenv and the sources, owned by root, run by an unprivileged user.
FROM python:3.12.8-slim-bookworm AS runtime
LABEL org.opencontainers.image.title=search
LABEL org.opencontainers.image.description="Search API"
LABEL org.opencontainers.image.version=1.0.0
LABEL org.opencontainers.image.licenses=MIT
LABEL org.opencontainers.image.source=https://github.com/acme/search
LABEL org.opencontainers.image.base.name=python:3.12.8-slim-bookworm
ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 VIRTUAL_ENV=/opt/venv PATH=/opt/venv/bin:$PATH
WORKDIR /app
COPY --from=builder /opt/venv /opt/venv
COPY . .
USER 10001:10001
EXPOSE 8000
ENTRYPOINT ["/opt/venv/bin/uvicorn", "main:app", "--host", "0.0.0.0", "--port", "8000"]
