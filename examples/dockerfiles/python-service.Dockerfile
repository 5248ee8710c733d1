# syntax=docker/dockerfile:1
FROM python:3.12.8-slim-bookworm AS builder
ENV PYTHONDONTWRITEBYTECODE=1
ENV PIP_DISABLE_PIP_VERSION_CHECK=1
RUN python -m venv /opt/venv
ENV PATH=/opt/venv/bin:$PATH
WORKDIR /src
COPY requirements.txt ./
RUN --mount=type=cache,target=/root/.cache/pip pip install -r requirements.txt
COPY . .
RUN --mount=type=cache,target=/root/.cache/pip pip install --no-deps .

FROM python:3.12.8-slim-bookworm AS runtime
ENV PYTHONDONTWRITEBYTECODE=1
ENV PYTHONUNBUFFERED=1
ENV PATH=/opt/venv/bin:$PATH
COPY --from=builder /opt/venv /opt/venv
USER 10001:10001
EXPOSE 8000
CMD ["python", "-m", "app"]
