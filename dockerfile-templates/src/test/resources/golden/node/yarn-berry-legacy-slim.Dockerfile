# syntax=docker/dockerfile:1
# Production dependencies only: the runtime copies this stage's /app.
FROM node:22.12.0-bookworm-slim AS deps
WORKDIR /app
RUN corepack enable && corepack prepare yarn@4.5.3 --activate
ENV YARN_NODE_LINKER=node-modules
COPY package.json yarn.lock .yarnrc.yml ./
RUN yarn workspaces focus --all --production \
    && yarn cache clean --all

# tini, statically linked, to run as PID 1 and pass signals on to node.
FROM node:22.12.0-bookworm-slim AS init
RUN apt-get update \
    && apt-get install -y --no-install-recommends tini=0.19.0-* \
    && rm -rf /var/lib/apt/lists/*

# The image: production dependencies and the app, owned by root, run by an unprivileged user.
FROM node:22.12.0-bookworm-slim AS runtime
LABEL org.opencontainers.image.title=catalog
LABEL org.opencontainers.image.version=2.0.0
LABEL org.opencontainers.image.base.name=node:22.12.0-bookworm-slim
ENV NODE_ENV=production
WORKDIR /app
COPY --from=init /usr/bin/tini-static /usr/bin/tini
COPY --from=deps /app ./
COPY . .
USER 1000:1000
EXPOSE 3000
ENTRYPOINT ["/usr/bin/tini", "--"]
CMD ["node", "index.js"]
