# syntax=docker/dockerfile:1
# Production dependencies only: the runtime copies this stage's /app.
FROM node:22.12.0-bookworm-slim AS deps
WORKDIR /app
RUN corepack enable && corepack prepare pnpm@9.15.0 --activate
COPY package.json pnpm-lock.yaml pnpm-workspace.yaml ./
COPY apps/web/package.json ./apps/web/
COPY libs/ui/package.json ./libs/ui/
RUN --mount=type=cache,target=/root/.local/share/pnpm/store pnpm install --frozen-lockfile --prod --filter=web...

# Every dependency and the build; only the build output ships.
FROM node:22.12.0-bookworm-slim AS build
WORKDIR /app
RUN corepack enable && corepack prepare pnpm@9.15.0 --activate
COPY package.json pnpm-lock.yaml pnpm-workspace.yaml ./
COPY apps/web/package.json ./apps/web/
COPY libs/ui/package.json ./libs/ui/
RUN --mount=type=cache,target=/root/.local/share/pnpm/store pnpm install --frozen-lockfile --filter=web...
COPY . .
RUN pnpm --filter=web run build \
    && pnpm --filter=web run test

# tini, statically linked, to run as PID 1 and pass signals on to node.
FROM node:22.12.0-bookworm-slim AS init
RUN apt-get update \
    && apt-get install -y --no-install-recommends tini=0.19.0-* \
    && rm -rf /var/lib/apt/lists/*

# The image: production dependencies and the app, owned by root, run by an unprivileged user.
FROM node:22.12.0-bookworm-slim AS runtime
LABEL org.opencontainers.image.title=web
LABEL org.opencontainers.image.version=1.0.0
LABEL org.opencontainers.image.base.name=node:22.12.0-bookworm-slim
ENV NODE_ENV=production
WORKDIR /app
COPY --from=init /usr/bin/tini-static /usr/bin/tini
COPY --from=deps /app ./
COPY --from=build /app/apps/web/dist ./apps/web/dist
WORKDIR /app/apps/web
USER 1000:1000
ENTRYPOINT ["/usr/bin/tini", "--"]
CMD ["node", "dist/server.js"]
