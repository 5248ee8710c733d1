package dev.dockwright.lint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PipNoCacheDirTest {
  private static List<String> lint(String dockerfile) {
    return RuleTesting.lint(new PipNoCacheDir(), dockerfile);
  }

  private static final String MESSAGE = "pip install keeps its cache in the image: add --no-cache-dir";

  @Test
  void firesAtEachInstallWithoutTheOption() {
    assertThat(lint("""
        FROM python:3.13.1-slim-bookworm
        RUN pip install -r requirements.txt && python -m pip install --no-cache-dir .
        RUN python3 -m pip install flask==3.1.0
        ONBUILD RUN pip3 install -r /app/requirements.txt
        """)).containsExactly(
        "Dockerfile:2:5: warning DL3042 " + MESSAGE,
        "Dockerfile:3:16: warning DL3042 " + MESSAGE,
        "Dockerfile:4:1: warning DL3042 " + MESSAGE);
  }

  @Test
  void aMountOfAnotherCacheDoesNotCoverPip() {
    assertThat(lint("""
        FROM python:3.13.1-slim-bookworm
        RUN --mount=type=cache,target=/root/.cache/uv pip install -r requirements.txt
        """)).containsExactly("Dockerfile:2:47: warning DL3042 " + MESSAGE);
  }

  @Test
  void theEnvironmentOfTheStageAndItsParentsCounts() {
    assertThat(lint("""
        FROM python:3.13.1-slim-bookworm AS base
        ENV PIP_NO_CACHE_DIR=1
        FROM base AS deps
        RUN pip install -r requirements.txt
        FROM python:3.13.1-slim-bookworm
        ENV PIP_NO_CACHE_DIR=off
        RUN pip install -r requirements.txt
        """)).containsExactly("Dockerfile:7:5: warning DL3042 " + MESSAGE);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "RUN pip install --no-cache-dir -r requirements.txt",
      "RUN pip --no-cache-dir install flask",
      "RUN --mount=type=cache,target=/root/.cache/pip pip install -r requirements.txt",
      "RUN --mount=type=cache,target=/root/.cache/ pip install -r requirements.txt",
      "RUN --mount=type=cache,target=/home/app/.cache/pip,uid=1000 pip install --user -r requirements.txt",
      "RUN --mount=type=cache,target=/pip-cache pip install --cache-dir=/pip-cache -r requirements.txt",
      "RUN --mount=type=cache,target=/pip-cache PIP_CACHE_DIR=/pip-cache pip install -r requirements.txt",
      "RUN PIP_NO_CACHE_DIR=1 pip install -r requirements.txt",
      "RUN export PIP_NO_CACHE_DIR=true && pip install -r requirements.txt",
      "RUN pip install -r requirements.txt && rm -rf /root/.cache/pip",
      "RUN pip install -r requirements.txt && rm -rf ~/.cache",
      "RUN pipx install poetry",
      "RUN python -m pipenv install",
      "RUN pip freeze > requirements.txt"})
  void quietWithoutACacheInTheImage(String run) {
    assertThat(lint("FROM python:3.13.1-slim-bookworm\n" + run + "\n")).isEmpty();
  }

  @Test
  void quietAfterAnEnvOfTheSameStage() {
    assertThat(lint("""
        FROM python:3.13.1-slim-bookworm
        ENV PIP_NO_CACHE_DIR=1 PYTHONUNBUFFERED=1
        RUN pip install -r requirements.txt
        """)).isEmpty();
  }
}
