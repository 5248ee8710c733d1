package dev.dockwright.templates;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dockwright.lint.Finding;
import dev.dockwright.lint.LintOptions;
import dev.dockwright.lint.Linter;
import dev.dockwright.model.BuilderTarget;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every template output (each golden file: language x package manager x target x flavour, and the feature
 * variants) lints with zero findings from Dockwright's own linter, with every rule that runs by default and
 * the builder target the file was made for.
 */
class TemplatesLintCleanTest {
  private static final Path GOLDEN = Path.of("src/test/resources/golden");

  @Test
  void everyGoldenDockerfileLintsClean() throws IOException {
    List<String> findings = new ArrayList<>();
    int files = 0;
    try (Stream<Path> all = Files.walk(GOLDEN)) {
      for (Path file : all.filter(p -> p.toString().endsWith(".Dockerfile")).sorted().toList()) {
        files++;
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        BuilderTarget target = name.contains("-buildah") ? BuilderTarget.BUILDAH
            : name.contains("-legacy") ? BuilderTarget.LEGACY : BuilderTarget.BUILDKIT;
        LintOptions options = LintOptions.defaults().withTarget(target);
        for (Finding f : Linter.create().lint(Files.readString(file, StandardCharsets.UTF_8),
            GOLDEN.relativize(file).toString(), options)) {
          findings.add(f.format());
        }
      }
    }
    assertThat(files).isGreaterThanOrEqualTo(100);
    assertThat(findings).isEmpty();
  }
}
