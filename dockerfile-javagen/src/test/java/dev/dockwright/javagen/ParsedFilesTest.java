package dev.dockwright.javagen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.dockwright.model.Dockerfile;
import dev.dockwright.parser.DockerfileParser;
import dev.dockwright.parser.ParseResult;
import dev.dockwright.render.DockerfileRenderer;
import dev.dockwright.render.RenderOptions;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every Dockerfile of the shared corpus and of this project, parsed strictly, goes through generated Java:
 * the source is generated, all of it compiled in one javac run, each class run, and the model it builds must
 * equal the parsed one (sources aside) and render canonically as {@code dockwright fmt} renders the input,
 * which is also what the generated {@code main} prints.
 * The files the DSL cannot express are listed below, each element with where and why: the generator reports
 * them instead of writing code, and the list cannot grow unnoticed.
 */
class ParsedFilesTest {
  private static final DockerfileRenderer CANONICAL = new DockerfileRenderer(RenderOptions.canonical());

  // Every element of the real corpus the DSL cannot write. All are stages without instructions that
  // DockerfileBuilder.build() refuses: see docs/javagen.md.
  private static final Map<String, List<String>> UNSUPPORTED_REAL = Map.ofEntries(
      Map.entry("docker__buildx__Dockerfile", List.of(
          "line 113, stage 19 \"binaries-darwin\": FROM binaries-unix AS binaries-darwin: " + viaArgument(
              "binaries-darwin", "binaries-$TARGETOS"),
          "line 114, stage 20 \"binaries-freebsd\": FROM binaries-unix AS binaries-freebsd: " + viaArgument(
              "binaries-freebsd", "binaries-$TARGETOS"),
          "line 115, stage 21 \"binaries-linux\": FROM binaries-unix AS binaries-linux: " + viaArgument(
              "binaries-linux", "binaries-$TARGETOS"),
          "line 116, stage 22 \"binaries-netbsd\": FROM binaries-unix AS binaries-netbsd: " + viaArgument(
              "binaries-netbsd", "binaries-$TARGETOS"),
          "line 117, stage 23 \"binaries-openbsd\": FROM binaries-unix AS binaries-openbsd: " + viaArgument(
              "binaries-openbsd", "binaries-$TARGETOS"),
          "line 187, stage 32: FROM binaries: " + last("32"))),
      Map.entry("docker__buildx__hack__dockerfiles__lint.Dockerfile", List.of(
          "line 25, stage 3 \"golangci-binary-false\": FROM scratch AS golangci-binary-false: " + viaArgument(
              "golangci-binary-false", "golangci-binary-${GOLANGCI_FROM_SOURCE}"),
          "line 129, stage 13: FROM lint: " + last("13"))),
      Map.entry("docker__cli__Dockerfile", List.of(
          "line 148, stage 21 \"bin-image\": FROM bin-image-${TARGETOS} AS bin-image: " + target("bin-image"))),
      Map.entry("docker__compose__Dockerfile", List.of(
          "line 196, stage 23 \"binary-darwin\": FROM binary-unix AS binary-darwin: " + viaArgument(
              "binary-darwin", "binary-$TARGETOS"),
          "line 197, stage 24 \"binary-linux\": FROM binary-unix AS binary-linux: " + viaArgument(
              "binary-linux", "binary-$TARGETOS"))),
      Map.entry("home-assistant__docker__.devcontainer__Dockerfile", List.of(
          "line 5, stage 0: FROM mcr.microsoft.com/vscode/devcontainers/base:0-alpine-${VARIANT}: " + last("0"))),
      Map.entry("moby__buildkit__Dockerfile", List.of(
          "line 420, stage 40 \"buildkit-darwin\": FROM binaries AS buildkit-darwin: " + viaArgument(
              "buildkit-darwin", "buildkit-$TARGETOS${BUILDKIT_DEBUG:+-debug}"),
          "line 425, stage 42 \"buildkit-windows\": FROM binaries AS buildkit-windows: " + viaArgument(
              "buildkit-windows", "buildkit-$TARGETOS${BUILDKIT_DEBUG:+-debug}"),
          "line 511, stage 48 \"buildkit\": FROM buildkit-$TARGETOS${BUILDKIT_DEBUG:+-debug} AS buildkit: "
              + last("buildkit"))),
      Map.entry("moby__buildkit__frontend__dockerfile__cmd__dockerfile-frontend__Dockerfile", List.of(
          "line 79, stage 5: FROM release: " + last("5"))),
      Map.entry("moby__buildkit__hack__dockerfiles__archutil.Dockerfile", List.of(
          "line 71, stage 12 \"exit-loong64-unsupported\": FROM scratch AS exit-loong64-unsupported: "
              + viaArgument("exit-loong64-unsupported", "exit-loong64-${BUILD_LOONG64}"))),
      Map.entry("moby__buildkit__hack__dockerfiles__lint.Dockerfile", List.of(
          "line 26, stage 4 \"golangci-binary-false\": FROM scratch AS golangci-binary-false: " + viaArgument(
              "golangci-binary-false", "golangci-binary-${GOLANGCI_FROM_SOURCE}"))),
      Map.entry("tonistiigi__xx__src__Dockerfile", List.of(
          "line 128, stage 20 \"default\": FROM xx AS default: " + last("default"))),
      Map.entry("tonistiigi__xx__src__sdk-extras__Dockerfile", List.of(
          "line 21, stage 5 \"sdk-extras-freebsd\": FROM sdk-extras-linux AS sdk-extras-freebsd: " + viaArgument(
              "sdk-extras-freebsd", "sdk-extras-${TARGETOS}"),
          "line 23, stage 6 \"sdk-extras\": FROM sdk-extras-${TARGETOS} AS sdk-extras: " + last("sdk-extras"))),
      Map.entry("tonistiigi__xx__util__bats-assert__Dockerfile", List.of(
          "line 38, stage 5: FROM release: " + last("5"))));

  // BuildKit's parser cases that parse strictly and that the DSL cannot write.
  private static final Map<String, List<String>> UNSUPPORTED_BUILDKIT_CASES = Map.of(
      "escape-with-syntax/Dockerfile", List.of("line 4, stage 0: FROM image: " + last("0")));

  private static String emptyStage(String ref) {
    return "DockerfileBuilder.build() refuses a stage without instructions unless a later FROM, COPY --from or"
        + " RUN --mount from= names it (" + ref + ")";
  }

  private static String viaArgument(String ref, String from) {
    return emptyStage(ref) + "; the later FROM " + from + " names it once its build arguments expand, which the"
        + " DSL does not count";
  }

  private static String last(String ref) {
    return emptyStage(ref) + "; this is the last stage: BuildKit builds it as the image, an alias of its base";
  }

  private static String target(String ref) {
    return emptyStage(ref) + "; no later stage does, though BuildKit builds it as a --target";
  }

  @Test
  void everyRealCorpusFile() {
    Map<String, String> texts = read(corpus("real"), list(corpus("real")));
    assertThat(texts).as("the real corpus").hasSize(159);
    Map<String, Dockerfile> parsed = new LinkedHashMap<>();
    texts.forEach((name, text) -> parsed.put(name, DockerfileParser.strict().parse(text, name)));
    assertThat(roundTrip(parsed)).isEqualTo(new TreeMap<>(UNSUPPORTED_REAL));
  }

  @Test
  void buildKitParserCasesThatParseStrictly() {
    Path dir = corpus("buildkit-parser");
    List<Path> files;
    try (Stream<Path> s = Files.walk(dir)) {
      files = s.filter(p -> p.getFileName().toString().equals("Dockerfile")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Map<String, Dockerfile> parsed = new LinkedHashMap<>();
    read(dir, files).forEach((name, text) -> {
      ParseResult result = DockerfileParser.strict().read(text, name);
      result.dockerfile().ifPresent(d -> parsed.put(name, d));
    });
    assertThat(parsed).as("cases that parse strictly").hasSizeGreaterThanOrEqualTo(24);
    assertThat(roundTrip(parsed)).isEqualTo(UNSUPPORTED_BUILDKIT_CASES);
  }

  /** The project's own Dockerfiles: examples and fixtures; the one meant to be broken does not parse. */
  @Test
  void everyDockerfileOfThisProject() {
    Path root = Path.of(System.getProperty("dockwright.root", "..")).toAbsolutePath().normalize();
    List<Path> files;
    try (Stream<Path> s = Files.walk(root)) {
      files = s.filter(p -> !root.relativize(p).toString().matches("(?:.*/)?(?:target|node_modules|\\.git)(?:/.*)?"))
          .filter(p -> p.getFileName().toString().matches("Dockerfile(?:\\.[^.]+)?|.+\\.Dockerfile"))
          .filter(p -> !p.getFileName().toString().endsWith(".java"))
          .filter(Files::isRegularFile)
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Map<String, Dockerfile> parsed = new LinkedHashMap<>();
    List<String> refused = new ArrayList<>();
    read(root, files).forEach((name, text) -> {
      ParseResult result = DockerfileParser.strict().read(text, name);
      if (result.dockerfile().isPresent()) {
        parsed.put(name, result.dockerfile().get());
      } else {
        refused.add(result.problems().get(0).toString());
      }
    });
    assertThat(refused).containsExactly("tools/dockerfile-utils/test/fixtures/bad.Dockerfile:4:1: not a valid port:"
        + " \"80000\"");
    assertThat(parsed.keySet()).contains("examples/dockerfiles/go-service.Dockerfile",
        "examples/apps/node-app/Dockerfile.naive", "tools/dockerfile-utils/test/fixtures/good.Dockerfile");
    assertThat(parsed).hasSizeGreaterThanOrEqualTo(8);
    assertThat(roundTrip(parsed)).isEmpty();
  }

  /**
   * Generates, compiles (one javac run) and runs the Java of every model; checks each model that comes back.
   * Returns the files the generator refused, with their unsupported elements.
   */
  private static Map<String, List<String>> roundTrip(Map<String, Dockerfile> parsed) {
    long started = System.nanoTime();
    Map<String, List<String>> unsupported = new TreeMap<>();
    Map<String, String> sources = new LinkedHashMap<>();
    Map<String, String> fileOfClass = new LinkedHashMap<>();
    int n = 0;
    for (Map.Entry<String, Dockerfile> e : parsed.entrySet()) {
      String className = "F" + n++;
      GeneratedJava java = new JavaGenerator(JavaGenerator.Options.of("parsed", className)).generate(e.getValue());
      if (java.isComplete()) {
        sources.put(java.qualifiedName(), java.source());
        fileOfClass.put(java.qualifiedName(), e.getKey());
      } else {
        unsupported.put(e.getKey(), java.unsupported().stream().map(UnsupportedElement::toString).toList());
      }
    }
    Map<String, Class<?>> classes = sources.isEmpty() ? Map.of() : InMemoryCompiler.compile(sources);
    List<String> failures = new ArrayList<>();
    for (Map.Entry<String, String> e : fileOfClass.entrySet()) {
      String file = e.getValue();
      Dockerfile input = parsed.get(file);
      Dockerfile output;
      try {
        output = RoundTrip.run(classes.get(e.getKey()));
      } catch (AssertionError x) {
        failures.add(file + ": the generated code throws " + x.getCause().getCause());
        continue;
      }
      if (!output.equals(input.withoutSource())) {
        failures.add(file + ": the generated code builds another model:\n" + sources.get(e.getKey()));
      } else if (!CANONICAL.render(output).equals(CANONICAL.render(input))) {
        failures.add(file + ": the model renders otherwise than dockwright fmt of the input");
      } else if (!printedByMain(classes.get(e.getKey())).equals(CANONICAL.render(input))) {
        failures.add(file + ": the generated main prints otherwise than dockwright fmt of the input");
      }
    }
    System.out.printf("javagen round trip: %d files through generated Java, %d refused, in %d ms%n",
        sources.size(), unsupported.size(), (System.nanoTime() - started) / 1_000_000);
    assertThat(failures).as("files whose generated Java does not give the model back").isEmpty();
    return unsupported;
  }

  // What the generated main writes to standard output.
  private static String printedByMain(Class<?> generated) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream out = System.out;
    System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    try {
      generated.getMethod("main", String[].class).invoke(null, (Object) new String[0]);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError("cannot run the main of " + generated.getName(), e);
    } finally {
      System.setOut(out);
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }

  private static Path corpus(String sub) {
    Path dir = Path.of(System.getProperty("dockwright.corpus", "../../shared/corpus")).resolve(sub);
    assumeTrue(Files.isDirectory(dir),
        "shared corpus not found at " + dir.toAbsolutePath().normalize() + ": skipping the corpus round trip");
    return dir;
  }

  private static List<Path> list(Path dir) {
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(Files::isRegularFile).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  // The texts by path relative to dir, with / as separator.
  private static Map<String, String> read(Path dir, List<Path> files) {
    Map<String, String> texts = new LinkedHashMap<>();
    for (Path p : files) {
      try {
        String name = dir.relativize(p).toString().replace('\\', '/');
        texts.put(name, Files.readString(p, StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return texts;
  }
}
