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
 * Every one of them must go through: a file the generator refuses fails the test with its unsupported
 * elements, where and why. Stages without instructions that no later stage names (the last stage as an
 * alias, a --target, a stage picked through a build argument) are written with {@code alias()}.
 */
class ParsedFilesTest {
  private static final DockerfileRenderer CANONICAL = new DockerfileRenderer(RenderOptions.canonical());

  @Test
  void everyRealCorpusFile() {
    Map<String, String> texts = read(corpus("real"), list(corpus("real")));
    assertThat(texts).as("the real corpus").hasSize(159);
    Map<String, Dockerfile> parsed = new LinkedHashMap<>();
    texts.forEach((name, text) -> parsed.put(name, DockerfileParser.strict().parse(text, name)));
    assertThat(roundTrip(parsed)).as("real corpus files whose generated Java gives the model back")
        .hasSize(159)
        .containsExactlyElementsOf(texts.keySet());
    // The stages without instructions that no later stage names, by file: each is marked alias().
    Map<String, Long> aliases = new TreeMap<>();
    parsed.forEach((name, d) -> {
      long n = new JavaGenerator(JavaGenerator.Options.of("parsed", "A")).generate(d).source().lines()
          .filter(line -> line.strip().startsWith(".alias()")).count();
      if (n > 0) {
        aliases.put(name, n);
      }
    });
    assertThat(aliases).isEqualTo(new TreeMap<>(Map.ofEntries(
        Map.entry("docker__buildx__Dockerfile", 6L),
        Map.entry("docker__buildx__hack__dockerfiles__lint.Dockerfile", 2L),
        Map.entry("docker__cli__Dockerfile", 1L),
        Map.entry("docker__compose__Dockerfile", 2L),
        Map.entry("home-assistant__docker__.devcontainer__Dockerfile", 1L),
        Map.entry("moby__buildkit__Dockerfile", 3L),
        Map.entry("moby__buildkit__frontend__dockerfile__cmd__dockerfile-frontend__Dockerfile", 1L),
        Map.entry("moby__buildkit__hack__dockerfiles__archutil.Dockerfile", 1L),
        Map.entry("moby__buildkit__hack__dockerfiles__lint.Dockerfile", 1L),
        Map.entry("tonistiigi__xx__src__Dockerfile", 1L),
        Map.entry("tonistiigi__xx__src__sdk-extras__Dockerfile", 2L),
        Map.entry("tonistiigi__xx__util__bats-assert__Dockerfile", 1L))));
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
    // escape-with-syntax is a stage without instructions, the last one: written with alias().
    assertThat(parsed).containsKey("escape-with-syntax/Dockerfile");
    assertThat(roundTrip(parsed)).as("cases whose generated Java gives the model back")
        .containsExactlyElementsOf(parsed.keySet());
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
    assertThat(roundTrip(parsed)).containsExactlyElementsOf(parsed.keySet());
  }

  /**
   * Generates, compiles (one javac run) and runs the Java of every model; checks each model that comes back.
   * Fails if the generator refuses a file (with its unsupported elements) or a model does not come back;
   * returns the files whose generated Java gave their model back, in order.
   */
  private static List<String> roundTrip(Map<String, Dockerfile> parsed) {
    long started = System.nanoTime();
    Map<String, List<String>> unsupported = new TreeMap<>();
    List<String> back = new ArrayList<>();
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
      } else {
        back.add(file);
      }
    }
    System.out.printf("javagen round trip: %d files through generated Java, %d refused, in %d ms%n",
        sources.size(), unsupported.size(), (System.nanoTime() - started) / 1_000_000);
    assertThat(unsupported).as("files the generator refuses, with what the DSL cannot write").isEmpty();
    assertThat(failures).as("files whose generated Java does not give the model back").isEmpty();
    return back;
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
