package dev.dockwright.optimize;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dockwright.lint.LintOptions;
import dev.dockwright.lint.Linter;
import dev.dockwright.model.BuilderTarget;
import dev.dockwright.model.Dockerfile;
import dev.dockwright.parser.DockerfileParser;
import dev.dockwright.parser.ParseResult;
import dev.dockwright.render.DockerfileRenderer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * The optimizer keeps what the image does (commands per user and directory, final configuration, files
 * copied), is idempotent, and its output parses and lints no worse than its input: on every corpus file and
 * on generated files.
 */
class OptimizerSafetyTest {

  private static final List<String> LINES = List.of(
      "RUN apt-get update", "RUN apt-get install curl", "RUN apt-get install -y curl && rm -rf /var/lib/apt/lists/*",
      "RUN pip install -r requirements.txt", "RUN npm ci", "RUN yarn install", "RUN apk add git",
      "RUN cd /tmp && make", "RUN cd /src", "RUN make install", "RUN export A=1", "RUN echo $A",
      "RUN echo one # note", "RUN false; echo two", "RUN a || b", "RUN go mod download", "RUN go build ./...",
      "ENV A=1", "ENV B=$A", "ENV PATH=/app/bin:$PATH", "LABEL a=1", "LABEL b=2", "WORKDIR /app", "WORKDIR sub",
      "USER 1000", "USER root", "COPY . .", "COPY package.json ./", "ADD config.json /etc/app/",
      "ADD https://example.com/x.tgz /opt/", "ARG VERSION", "ARG DEBIAN_FRONTEND=noninteractive",
      "RUN echo $VERSION", "EXPOSE 8080", "CMD node server.js", "CMD [\"node\", \"a.js\"]", "ENTRYPOINT run.sh",
      "RUN --mount=type=cache,target=/root/.npm npm ci", "SHELL [\"/bin/bash\", \"-c\"]", "RUN echo x | grep x");

  private static final List<String> IMAGES = List.of(
      "debian:12.8", "node:22.12.0-bookworm-slim", "golang:1.23.4-bookworm", "python:3.12.8-slim-bookworm");

  @Provide
  Arbitrary<String> dockerfiles() {
    Arbitrary<String> stage = Arbitraries.of(IMAGES).flatMap(image ->
        Arbitraries.of(LINES).list().ofMinSize(1).ofMaxSize(12).map(lines -> "FROM " + image + "\n" + String.join("\n", lines) + "\n"));
    return stage.list().ofMinSize(1).ofMaxSize(2).map(stages -> String.join("", stages));
  }

  @Property(tries = 1500)
  void generatedFilesKeepWhatTheImageDoes(@ForAll("dockerfiles") String text) {
    check(text, "generated");
  }

  @Test
  void corpusFilesKeepWhatTheImageDoes() throws IOException {
    Path dir = Path.of(System.getProperty("dockwright.corpus", "../../shared/corpus"), "real");
    org.junit.jupiter.api.Assumptions.assumeTrue(Files.isDirectory(dir), "shared corpus not found: skipping");
    int checked = 0;
    try (Stream<Path> files = Files.list(dir)) {
      for (Path file : files.sorted().toList()) {
        check(Files.readString(file, StandardCharsets.UTF_8), file.getFileName().toString());
        checked++;
      }
    }
    assertThat(checked).isEqualTo(159);
  }

  private static void check(String text, String name) {
    ParseResult parsed = DockerfileParser.strict().read(text, name);
    if (parsed.dockerfile().isEmpty()) {
      return;
    }
    Dockerfile input = parsed.dockerfile().get();
    for (BuilderTarget target : BuilderTarget.values()) {
      OptimizeContext context = OptimizeContext.of(target);
      Optimizer.Result once = Optimizer.defaults().optimize(input, context);
      String rendered = DockerfileRenderer.defaults().render(once.file());
      Dockerfile reparsed = DockerfileParser.strict().parse(rendered, name + " (optimized)");
      assertThat(ImageSummary.of(reparsed)).as("%s for %s:%n%s", name, target, rendered).isEqualTo(ImageSummary.of(input));
      Optimizer.Result twice = Optimizer.defaults().optimize(reparsed, context);
      assertThat(twice.changes()).as("%s is not idempotent for %s:%n%s", name, target, rendered).isEmpty();
      if (target == BuilderTarget.BUILDKIT) {
        // DL3059 (consecutive RUNs, info) is left out: moving an ARG or a RUN for the cache's sake can leave two
        // RUNs side by side that chain-runs may not join (a cd in the first), which is the intended trade.
        int before = (int) Linter.create().lint(input, LintOptions.defaults()).stream()
            .filter(f -> !f.ruleId().equals("DL3059")).count();
        int after = (int) Linter.create().lint(reparsed, LintOptions.defaults()).stream()
            .filter(f -> !f.ruleId().equals("DL3059")).count();
        assertThat(after).as("%s lints worse after optimizing:%n%s", name, rendered).isLessThanOrEqualTo(before);
      }
    }
  }

  static List<String> none() {
    return new ArrayList<>();
  }
}
