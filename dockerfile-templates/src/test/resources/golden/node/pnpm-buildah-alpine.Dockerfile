# syntax=docker/dockerfile:1
# Production dependencies only: the runtime copies this stage's /app.
FROM node:22.12.0-alpine3.21 AS deps
WORKDIR /app
RUN corepack enable && corepack prepare pnpm@9.15.0 --activate
COPY package.json pnpm-lock.yaml ./
RUN --mount=type=cache,target=/root/.local/share/pnpm/store pnpm install --frozen-lockfile --prod

# Every dependency and the build; only the build output ships.
FROM node:22.12.0-alpine3.21 AS build
WORKDIR /app
RUN corepack enable && corepack prepare pnpm@9.15.0 --activate
COPY package.json pnpm-lock.yaml ./
RUN --mount=type=cache,target=/root/.local/share/pnpm/store pnpm install --frozen-lockfile
COPY . .
RUN pnpm run build

# tini, statically linked, to run as PID 1 and pass signals on to node.
FROM node:22.12.0-bookworm-slim AS init
RUN apt-get update \
    && apt-get install -y --no-install-recommends tini=0.19.0-* \
    && rm -rf /var/lib/apt/lists/*

# The image: production dependencies and the app, owned by root, run by an unprivileged user.
FROM node:22.12.0-alpine3.21 AS runtime
LABEL org.opencontainers.image.title=billing
LABEL org.opencontainers.image.version=0.9.0
LABEL org.opencontainers.image.base.name=node:22.12.0-alpine3.21
ENV NODE_ENV=production
WORKDIR /app
COPY --from=init /usr/bin/tini-static /usr/bin/tini
COPY --from=deps /app ./
COPY --from=build /app/dist ./dist
USER 1000:1000
EXPOSE 3000
ENTRYPOINT ["/usr/bin/tini", "--"]
CMD ["node", "--enable-source-maps", "dist/index.js"]
