# syntax=docker/dockerfile:1
# Production dependencies only: the runtime copies this stage's /app.
FROM node:20.18.1-bookworm-slim AS deps
WORKDIR /app
COPY package.json yarn.lock ./
RUN --mount=type=cache,target=/usr/local/share/.cache/yarn yarn install --frozen-lockfile --production

# tini, statically linked, to run as PID 1 and pass signals on to node.
FROM node:20.18.1-bookworm-slim AS init
RUN apt-get update \
    && apt-get install -y --no-install-recommends tini=0.19.0-* \
    && rm -rf /var/lib/apt/lists/*

# The image: production dependencies and the app, owned by root, run by an unprivileged user.
FROM node:20.18.1-bookworm-slim AS runtime
LABEL org.opencontainers.image.title=notifier
LABEL org.opencontainers.image.version=0.3.1
LABEL org.opencontainers.image.base.name=node:20.18.1-bookworm-slim
ENV NODE_ENV=production
WORKDIR /app
COPY --from=init /usr/bin/tini-static /usr/bin/tini
COPY --from=deps /app ./
COPY . .
USER 1000:1000
EXPOSE 3000
ENTRYPOINT ["/usr/bin/tini", "--"]
CMD ["node", "server.js"]
