# syntax=docker/dockerfile:1
# Production dependencies only: the runtime copies this stage's /app.
FROM node:22.12.0-bookworm-slim AS deps
WORKDIR /app
COPY package.json .npmrc package-lock.json ./
RUN --mount=type=cache,target=/root/.npm --mount=type=secret,id=npm_token,env=NPM_TOKEN npm ci --omit=dev --no-audit --no-fund

# Every dependency and the build; only the build output ships.
FROM node:22.12.0-bookworm-slim AS build
WORKDIR /app
COPY package.json .npmrc package-lock.json ./
RUN --mount=type=cache,target=/root/.npm --mount=type=secret,id=npm_token,env=NPM_TOKEN npm ci --no-audit --no-fund
COPY . .
RUN npm run build \
    && npm test

# tini, statically linked, to run as PID 1 and pass signals on to node.
FROM node:22.12.0-bookworm-slim AS init
RUN apt-get update \
    && apt-get install -y --no-install-recommends tini=0.19.0-* \
    && rm -rf /var/lib/apt/lists/*

# The image: production dependencies and the app, owned by root, run by an unprivileged user.
FROM node:22.12.0-bookworm-slim AS runtime
LABEL org.opencontainers.image.title=shop-api
LABEL org.opencontainers.image.description="The shop's HTTP API"
LABEL org.opencontainers.image.version=1.4.0
LABEL org.opencontainers.image.licenses=MIT
LABEL org.opencontainers.image.source=https://github.com/acme/shop-api
LABEL org.opencontainers.image.base.name=node:22.12.0-bookworm-slim
LABEL org.opencontainers.image.vendor=ACME
ENV NODE_ENV=production
WORKDIR /app
COPY --from=init /usr/bin/tini-static /usr/bin/tini
COPY --from=deps /app ./
COPY --from=build /app/build ./build
USER 1000:1000
EXPOSE 3000
HEALTHCHECK --interval=30s --timeout=3s --retries=3 CMD ["node", "build/healthcheck.js"]
ENTRYPOINT ["/usr/bin/tini", "--"]
CMD ["node", "build/server.js"]
