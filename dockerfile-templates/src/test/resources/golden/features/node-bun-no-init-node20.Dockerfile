# syntax=docker/dockerfile:1
# Production dependencies only: the runtime copies this stage's /app.
FROM node:20.18.1-bookworm-slim AS deps
WORKDIR /app
RUN --mount=type=cache,target=/root/.npm npm install -g bun@1.1.38
COPY package.json bun.lockb ./
RUN --mount=type=cache,target=/root/.bun/install/cache bun install --frozen-lockfile --production

# The image: production dependencies and the app, owned by root, run by an unprivileged user.
FROM node:20.18.1-bookworm-slim AS runtime
LABEL org.opencontainers.image.title=edge
LABEL org.opencontainers.image.version=0.1.0
LABEL org.opencontainers.image.base.name=node:20.18.1-bookworm-slim
ENV NODE_ENV=production
WORKDIR /app
COPY --from=deps /app ./
COPY . .
USER 1000:1000
ENTRYPOINT ["node", "index.js"]
