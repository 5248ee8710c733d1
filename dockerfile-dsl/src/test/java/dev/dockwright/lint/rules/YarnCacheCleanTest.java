package dev.dockwright.lint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class YarnCacheCleanTest {
  private static List<String> lint(String dockerfile) {
    return RuleTesting.lint(new YarnCacheClean(), dockerfile);
  }

  private static final String MESSAGE = "yarn install leaves its cache in the image: run yarn cache clean after it"
      + " in the same RUN, or mount a cache there";

  @Test
  void firesAtTheFirstInstallOfARunThatKeepsTheCache() {
    assertThat(lint("""
        FROM node:22.12.0-bookworm-slim
        RUN yarn install --frozen-lockfile && yarn build
        RUN yarn cache clean && yarn install --frozen-lockfile
        RUN --mount=type=cache,target=/root/.npm yarn install
        """)).containsExactly(
        "Dockerfile:2:5: info DL3060 " + MESSAGE,
        "Dockerfile:3:25: info DL3060 " + MESSAGE,
        "Dockerfile:4:42: info DL3060 " + MESSAGE);
  }

  @Test
  void onlyInStagesThatReachTheImage() {
    assertThat(lint("""
        FROM node:22.12.0-bookworm-slim AS build
        RUN yarn install --frozen-lockfile && yarn build
        FROM node:22.12.0-bookworm-slim AS deps
        RUN yarn install --production
        FROM deps
        COPY --from=build /app/dist /app/dist
        """)).containsExactly("Dockerfile:4:5: info DL3060 " + MESSAGE);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "RUN yarn install --frozen-lockfile && yarn cache clean",
      "RUN yarn install --frozen-lockfile; yarn cache clean --all",
      "RUN --mount=type=cache,target=/usr/local/share/.cache/yarn yarn install --frozen-lockfile",
      "RUN --mount=type=cache,id=yarn,target=/usr/local/share/.cache/yarn/ yarn install",
      "RUN --mount=type=cache,target=/home/node/.cache/yarn,uid=1000 yarn install",
      "RUN --mount=type=cache,target=/root/.yarn yarn install",
      "RUN --mount=type=cache,target=/yarn-cache yarn install --cache-folder /yarn-cache",
      "RUN --mount=type=cache,target=/yarn-cache YARN_CACHE_FOLDER=/yarn-cache yarn install",
      "RUN yarn install && rm -rf /usr/local/share/.cache/yarn",
      "RUN yarn build",
      "RUN npm ci"})
  void quietWhenTheCacheIsCleanedOrMounted(String run) {
    assertThat(lint("FROM node:22.12.0-bookworm-slim\n" + run + "\n")).isEmpty();
  }
}
