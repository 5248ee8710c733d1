package dev.dockwright.templates;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dockwright.model.BuilderTarget;
import dev.dockwright.model.Command;
import dev.dockwright.model.HealthcheckInstruction;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every combination of language, package manager, builder target and runtime flavour, plus the optional
 * features, against golden files under {@code src/test/resources/golden/}, byte for byte.
 */
class GoldenTest {

  static final List<String> NODE = List.of("npm", "yarn-classic", "yarn-berry", "pnpm", "bun");
  static final List<String> PYTHON = List.of("pip", "poetry", "uv", "pipenv");

  /** name of the golden file (without extension), fixture project, options. */
  static Stream<Arguments> combinations() {
    List<Arguments> all = new ArrayList<>();
    for (BuilderTarget target : BuilderTarget.values()) {
      for (RuntimeFlavor flavor : List.of(RuntimeFlavor.SLIM, RuntimeFlavor.ALPINE, RuntimeFlavor.DISTROLESS)) {
        for (String pm : NODE) {
          all.add(Arguments.of("node/" + pm + "-" + target.text() + "-" + flavor.text(), "node-" + pm,
              TemplateOptions.builder().target(target).flavor(flavor).port(3000).build()));
        }
        for (String pm : PYTHON) {
          all.add(Arguments.of("python/" + pm + "-" + target.text() + "-" + flavor.text(), "python-" + pm,
              TemplateOptions.builder().target(target).flavor(flavor).port(8000).build()));
        }
      }
      for (RuntimeFlavor flavor : List.of(RuntimeFlavor.DISTROLESS, RuntimeFlavor.SCRATCH)) {
        all.add(Arguments.of("go/modules-" + target.text() + "-" + flavor.text(), "go-cmd",
            TemplateOptions.builder().target(target).flavor(flavor).port(8080).build()));
      }
    }
    return all.stream();
  }

  static Stream<Arguments> features() {
    HealthcheckInstruction health = HealthcheckInstruction.of(Command.exec("node", "build/healthcheck.js"))
        .withInterval(Duration.ofSeconds(30)).withTimeout(Duration.ofSeconds(3)).withRetries(3);
    TemplateOptions.Builder full = TemplateOptions.builder().port(3000).runTests(true).healthcheck(health)
        .npmTokenSecret("npm_token").label("org.opencontainers.image.vendor", "ACME");
    return Stream.of(
        Arguments.of("features/node-npm-tests-secret-healthcheck-buildkit", "node-npm", full.build()),
        Arguments.of("features/node-npm-tests-secret-healthcheck-buildah", "node-npm",
            full.target(BuilderTarget.BUILDAH).build()),
        Arguments.of("features/node-yarn-classic-tests-without-build", "node-yarn-classic",
            TemplateOptions.builder().runTests(true).build()),
        Arguments.of("features/node-pnpm-tests-dumb-init", "node-pnpm",
            TemplateOptions.builder().runTests(true).init(InitProcess.DUMB_INIT).build()),
        Arguments.of("features/node-bun-no-init-node20", "node-bun",
            TemplateOptions.builder().init(InitProcess.NONE).languageVersion("20").build()),
        Arguments.of("features/node-workspaces-npm-api", "node-workspaces-npm",
            TemplateOptions.builder().workspace("@acme/api").port(3000).build()),
        Arguments.of("features/node-workspaces-pnpm-web-tests", "node-workspaces-pnpm",
            TemplateOptions.builder().workspace("apps/web").runTests(true).build()),
        Arguments.of("features/node-npm-digests", "node-npm", TemplateOptions.builder()
            .digest("node:22.12.0-bookworm-slim", "sha256:" + "a".repeat(64))
            .digest("gcr.io/distroless/nodejs22-debian12:nonroot", "sha256:" + "b".repeat(64))
            .flavor(RuntimeFlavor.DISTROLESS).build()),
        Arguments.of("features/python-pip-tests-buildkit", "python-pip",
            TemplateOptions.builder().runTests(true).port(8080).build()),
        Arguments.of("features/python-pip-tests-legacy", "python-pip",
            TemplateOptions.builder().runTests(true).target(BuilderTarget.LEGACY).build()),
        Arguments.of("features/python-poetry-tests", "python-poetry", TemplateOptions.builder().runTests(true).build()),
        Arguments.of("features/python-uv-tests", "python-uv", TemplateOptions.builder().runTests(true).build()),
        Arguments.of("features/python-pipenv-tests", "python-pipenv", TemplateOptions.builder().runTests(true).build()),
        Arguments.of("features/python-stdlib-unittest", "python-stdlib", TemplateOptions.builder().runTests(true).build()),
        Arguments.of("features/python-stdlib-distroless-healthcheck", "python-stdlib", TemplateOptions.builder()
            .flavor(RuntimeFlavor.DISTROLESS)
            .healthcheck(HealthcheckInstruction.of(Command.exec("/opt/venv/bin/python", "-m", "app", "--check")))
            .build()),
        Arguments.of("features/go-tests-buildkit", "go-cmd", TemplateOptions.builder().runTests(true).build()),
        Arguments.of("features/go-root-scratch-tests-legacy", "go-root", TemplateOptions.builder()
            .runTests(true).flavor(RuntimeFlavor.SCRATCH).target(BuilderTarget.LEGACY).build()));
  }

  static Stream<Arguments> dockerignores() {
    List<Arguments> all = new ArrayList<>();
    for (String pm : NODE) {
      all.add(Arguments.of("node/" + pm, "node-" + pm, TemplateOptions.defaults()));
    }
    all.add(Arguments.of("node/npm-buildkit-secret", "node-npm", TemplateOptions.builder().npmTokenSecret("npm_token").build()));
    all.add(Arguments.of("node/workspaces-npm-api", "node-workspaces-npm", TemplateOptions.builder().workspace("@acme/api").build()));
    all.add(Arguments.of("python/python", "python-pip", TemplateOptions.defaults()));
    all.add(Arguments.of("python/python-tests", "python-pip", TemplateOptions.builder().runTests(true).build()));
    all.add(Arguments.of("go/go", "go-cmd", TemplateOptions.defaults()));
    return all.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource({"combinations", "features"})
  void dockerfile(String name, String project, TemplateOptions options) {
    String actual = Templates.forProject(Fixtures.project(project), options).render();
    assertThat(actual).isEqualTo(Fixtures.golden(name + ".Dockerfile", actual));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("dockerignores")
  void dockerignore(String name, String project, TemplateOptions options) {
    String actual = Templates.forProject(Fixtures.project(project), options).dockerignore();
    assertThat(actual).isEqualTo(Fixtures.golden(name + ".dockerignore", actual));
  }
}
