package dev.dockwright.examples;

import dev.dockwright.dsl.Copy;
import dev.dockwright.dsl.DockerfileBuilder;
import dev.dockwright.dsl.Run;
import dev.dockwright.dsl.StageBuilder;
import dev.dockwright.model.Dockerfile;
import dev.dockwright.model.Mount;
import dev.dockwright.model.UserSpec;

/**
 * A Python service: a virtualenv built in a builder stage with pip's cache in a cache mount, then copied into
 * a slim runtime that has no compiler and runs as a numeric non-root user.
 *
 * <pre>{@code
 * String text = DockerfileRenderer.defaults().render(PythonService.dockerfile());
 * }</pre>
 */
public final class PythonService {
  private PythonService() {}

  static final String PYTHON = "python:3.12.8-slim-bookworm";

  /** The Dockerfile. */
  public static Dockerfile dockerfile() {
    DockerfileBuilder file = DockerfileBuilder.create();

    StageBuilder builder = file.stage("builder", PYTHON)
        .env("PYTHONDONTWRITEBYTECODE", "1")
        .env("PIP_DISABLE_PIP_VERSION_CHECK", "1")
        .run("python -m venv /opt/venv")
        .env("PATH", "/opt/venv/bin:$PATH")
        .workdir("/src")
        .copy("requirements.txt", "./")
        .run(Run.shell("pip install -r requirements.txt").mount(Mount.cache("/root/.cache/pip")))
        .copy(".", ".")
        .run(Run.shell("pip install --no-deps .").mount(Mount.cache("/root/.cache/pip")));

    file.stage("runtime", PYTHON)
        .env("PYTHONDONTWRITEBYTECODE", "1")
        .env("PYTHONUNBUFFERED", "1")
        .env("PATH", "/opt/venv/bin:$PATH")
        .copy(Copy.from(builder).paths("/opt/venv").to("/opt/venv"))
        .user(UserSpec.of(10001, 10001))
        .expose(8000)
        .cmd("python", "-m", "app");
    return file.build();
  }
}
