package dev.dockwright.parser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dockwright.model.Dockerfile;
import dev.dockwright.render.DockerfileRenderer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Parsing then rendering an unmodified file gives back the input, byte for byte, on every corpus file. */
class CorpusRoundTripTest {

  @Test
  void everyRealFileParsesStrictlyAndRoundTrips() throws IOException {
    List<String> failures = new ArrayList<>();
    List<Path> files = CorpusFiles.real();
    for (Path file : files) {
      String text = Files.readString(file, StandardCharsets.UTF_8);
      ParseResult result = DockerfileParser.strict().read(text, file.getFileName().toString());
      if (result.dockerfile().isEmpty()) {
        failures.add(String.join("\n", result.problems().stream().map(Problem::toString).toList()));
        continue;
      }
      String rendered = DockerfileRenderer.defaults().render(result.dockerfile().get());
      if (!rendered.equals(text)) {
        failures.add(file.getFileName() + ": rendering differs from the input");
      }
    }
    assertThat(failures).as("%d files", files.size()).isEmpty();
    assertThat(files).hasSize(159);
  }

  @Test
  void everyBuildKitCaseRoundTripsLeniently() throws IOException {
    List<String> failures = new ArrayList<>();
    for (Path dir : CorpusFiles.buildkitCases()) {
      String text = Files.readString(dir.resolve("Dockerfile"), StandardCharsets.UTF_8);
      Dockerfile file = DockerfileParser.lenient().read(text, dir.getFileName() + "/Dockerfile").orThrow();
      if (!DockerfileRenderer.defaults().render(file).equals(text)) {
        failures.add(dir.getFileName().toString());
      }
    }
    assertThat(failures).isEmpty();
  }

  @Test
  void canonicalFormattingReadsBackToTheSameModelAndIsIdempotent() throws IOException {
    DockerfileRenderer canonical =
        new DockerfileRenderer(dev.dockwright.render.RenderOptions.canonical());
    List<String> failures = new ArrayList<>();
    for (Path file : CorpusFiles.real()) {
      String name = file.getFileName().toString();
      Dockerfile original = DockerfileParser.strict().parse(Files.readString(file, StandardCharsets.UTF_8), name);
      String formatted = canonical.render(original);
      ParseResult again = DockerfileParser.strict().read(formatted, name + " (formatted)");
      if (again.dockerfile().isEmpty()) {
        failures.add(again.problems().toString());
        continue;
      }
      if (!again.dockerfile().get().equals(original)) {
        failures.add(name + ": the formatted file reads back to another model: "
            + firstDifference(original, again.dockerfile().get()));
        continue;
      }
      if (!canonical.render(again.dockerfile().get()).equals(formatted)) {
        failures.add(name + ": formatting is not idempotent");
      }
    }
    assertThat(failures).isEmpty();
  }

  @Test
  void everyElementRemembersTheSpanOfItsSyntaxItem() throws IOException {
    List<String> failures = new ArrayList<>();
    List<Path> files = new ArrayList<>(CorpusFiles.real());
    CorpusFiles.buildkitCases().forEach(dir -> files.add(dir.resolve("Dockerfile")));
    for (Path file : files) {
      String text = Files.readString(file, StandardCharsets.UTF_8);
      Dockerfile parsed = DockerfileParser.lenient().read(text, "Dockerfile").orThrow();
      List<dev.dockwright.parser.syntax.SyntaxItem> items =
          dev.dockwright.parser.syntax.SyntaxParser.parse(text, "Dockerfile").items();
      List<Object> elements = elements(parsed);
      assertThat(elements).hasSameSizeAs(items);
      dev.dockwright.model.SourceFile source = parsed.source().orElseThrow();
      for (int i = 0; i < items.size(); i++) {
        dev.dockwright.parser.syntax.SourceSpan expected = items.get(i).span();
        dev.dockwright.model.SourceSpan actual = source.spanOf(elements.get(i)).orElseThrow();
        String want = expected.startLine() + ":" + expected.startColumn() + "-" + expected.endLine() + ":"
            + expected.endColumn() + " [" + expected.startOffset() + "," + expected.endOffset() + ")";
        String got = actual.start().line() + ":" + actual.start().column() + "-" + actual.end().line() + ":"
            + actual.end().column() + " [" + actual.startOffset() + "," + actual.endOffset() + ")";
        if (!want.equals(got)) {
          failures.add(file + " item " + i + ": " + got + ", expected " + want);
        }
      }
    }
    assertThat(failures).isEmpty();
    assertThat(files).hasSize(159 + 33);
  }

  static String firstDifference(Dockerfile a, Dockerfile b) {
    List<Object> left = elements(a);
    List<Object> right = elements(b);
    for (int i = 0; i < Math.min(left.size(), right.size()); i++) {
      if (!left.get(i).equals(right.get(i))) {
        return left.get(i) + " became " + right.get(i);
      }
    }
    return "element count " + left.size() + " became " + right.size();
  }

  private static List<Object> elements(Dockerfile d) {
    List<Object> all = new ArrayList<>(d.directives());
    all.addAll(d.header());
    for (var stage : d.stages()) {
      all.addAll(stage.leading());
      all.add(stage.from());
      all.addAll(stage.body());
    }
    return all;
  }
}
