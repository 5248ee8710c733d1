package dev.dockwright.examples.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Java in the documentation works: every block marked {@code <!-- check: ... -->} in docs/ is compiled
 * (all in one javac run) and, unless it is marked {@code compile}, run; what it prints, or the file it
 * writes, must be the block that follows it on the page, byte for byte (see {@link DocSnippet}). A failure
 * names the page and the line. The user guide pages have no unchecked Java at all. Console blocks marked
 * {@code <!-- check: console -->} are replayed with the CLI (see {@link ConsoleTranscript}).
 */
class DocSnippetsTest {
  private static final Path ROOT = Path.of(System.getProperty("dockwright.root", "..")).toAbsolutePath().normalize();

  /** Pages whose every ```java block must be checked. */
  private static final List<String> GUIDE = List.of("docs/getting-started.md", "docs/dsl-tour.md", "docs/recipes.md");

  @TempDir
  Path temp;

  @Test
  void guidePagesHaveNoUncheckedJava() {
    Map<String, DocSnippet.Page> pages = DocSnippet.readAll(ROOT);
    assertThat(pages.keySet()).containsAll(GUIDE);
    for (String name : GUIDE) {
      assertThat(pages.get(name).unmarkedJavaBlocks())
          .as("lines of %s with a ```java block but no <!-- check: ... --> marker above it", name)
          .isEmpty();
    }
  }

  @TestFactory
  Stream<DynamicTest> snippets() {
    List<DocSnippet> snippets = new ArrayList<>();
    DocSnippet.readAll(ROOT).values().forEach(p -> p.snippets().stream()
        .filter(s -> !s.kind().equals("console"))
        .forEach(snippets::add));
    assertThat(snippets.size()).as("checked Java snippets in docs/").isGreaterThanOrEqualTo(57);
    // One javac run for all; if some do not compile, a second one for the others, so that they still run.
    SnippetCompiler.Compiled first = SnippetCompiler.compile(snippets);
    Map<DocSnippet, List<String>> errors = new LinkedHashMap<>(first.errors());
    Map<DocSnippet, Class<?>> classes = first.classes();
    if (!errors.isEmpty()) {
      List<DocSnippet> others = snippets.stream().filter(s -> !errors.containsKey(s)).toList();
      SnippetCompiler.Compiled second = others.isEmpty() ? first : SnippetCompiler.compile(others);
      second.errors().forEach(errors::putIfAbsent);
      classes = second.errors().isEmpty() ? second.classes() : Map.of();
    }
    Map<DocSnippet, Class<?>> compiled = classes;
    return snippets.stream().map(s -> DynamicTest.dynamicTest(s.toString(), () -> {
      List<String> own = errors.get(s);
      if (own != null) {
        throw new AssertionError(s.where() + ": does not compile:\n" + String.join("\n", own));
      }
      if (!compiled.containsKey(s)) {
        throw new AssertionError(s.where() + ": not run: other snippets do not compile");
      }
      if (!s.kind().equals("compile")) {
        check(s, compiled.get(s));
      }
    }));
  }

  /** The ```console blocks marked {@code <!-- check: console -->}: the CLI prints what they show. */
  @TestFactory
  Stream<DynamicTest> consoleTranscripts() {
    List<DocSnippet> blocks = new ArrayList<>();
    DocSnippet.readAll(ROOT).values().forEach(p -> p.snippets().stream()
        .filter(s -> s.kind().equals("console"))
        .forEach(blocks::add));
    assertThat(blocks.size()).as("checked console blocks in docs/").isGreaterThanOrEqualTo(5);
    return blocks.stream().map(b -> DynamicTest.dynamicTest(b.toString(), () ->
        assertThat(ConsoleTranscript.replay(b, ROOT))
            .as("%s: what the commands print is not the block", b.where())
            .isEqualTo(b.code())));
  }

  private void check(DocSnippet s, Class<?> type) throws IOException, ReflectiveOperationException {
    Path dir = Files.createTempDirectory(temp, "snippet");
    Method main = type.getMethod("main", String[].class);
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    PrintStream out = System.out;
    Throwable thrown = null;
    System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
    try {
      main.invoke(null, (Object) new String[] {dir.toString()});
    } catch (InvocationTargetException e) {
      thrown = e.getCause();
    } finally {
      System.setOut(out);
    }
    String output = printed.toString(StandardCharsets.UTF_8);
    String actual;
    if (s.kind().equals("throws")) {
      if (thrown == null) {
        throw new AssertionError(s.where() + ": was to throw, and ran to its end; it printed:\n" + output);
      }
      actual = output + thrown.getClass().getSimpleName() + ": " + thrown.getMessage() + "\n";
    } else {
      if (thrown != null) {
        throw new AssertionError(s.where() + ": threw " + thrown, thrown);
      }
      if (s.file() != null) {
        Path written = dir.resolve(s.file());
        assertThat(written).as("%s: the file %s it writes", s.where(), s.file()).exists();
        actual = Files.readString(written, StandardCharsets.UTF_8);
      } else {
        actual = output;
      }
    }
    assertThat(actual)
        .as("%s: what the snippet %s is not the block at %s:%d", s.where(),
            s.file() != null ? "writes to " + s.file() : "prints", s.page(), s.expectedLine())
        .isEqualTo(s.expected());
  }
}
