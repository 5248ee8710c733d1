package dev.dockwright.examples.docs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A checked ```java block of a documentation page: the {@code <!-- check: KIND [file=PATH] -->} comment
 * above it says what to do with it, and for {@code run} and {@code throws} the next fenced block of the page
 * is what it must produce.
 *
 * <ul>
 *   <li>{@code run}: compiled and run; what it prints (or, with {@code file=PATH}, the file it writes at PATH
 *       under the directory given as its first argument) must equal the next block byte for byte.
 *   <li>{@code throws}: compiled and run; what it prints, then {@code SimpleClassName: message} of the
 *       exception it throws, must equal the next block.
 *   <li>{@code compile}: compiled only (code that needs Docker or a running build).
 *   <li>{@code console} (above a ```console block): each {@code $ ./dockwright ...} line is run from the project
 *       root, and the block must be the transcript: commands, what they print, {@code $ echo $?}.
 * </ul>
 *
 * <p>A block that declares a type (or has imports) is a compilation unit, and {@code run} calls its
 * {@code main}; any other block is a method body, compiled with the imports of {@link SnippetCompiler}.
 *
 * @param page the page, relative to the project root ({@code docs/dsl-tour.md})
 * @param line the 1-based line of the block's first line of code
 * @param kind run, throws, compile or console
 * @param file for run: the written file to compare instead of the output, or null
 * @param code the code (for console, the transcript), each line ending with a newline
 * @param expected the block that follows, each line ending with a newline; null for compile
 * @param expectedLine the 1-based line of the expected block's first line, or 0
 */
record DocSnippet(
    String page, int line, String kind, String file, String code, String expected, int expectedLine) {

  private static final Pattern MARKER = Pattern.compile("<!-- check: (run|throws|compile|console)(?: file=(\\S+))? -->");
  private static final Pattern ANY_MARKER = Pattern.compile("<!--\\s*check\\b.*");
  private static final Pattern TYPE_DECLARATION = Pattern.compile(
      "(?m)^(?:package |import |(?:public |final |abstract )*(?:class|record|interface|enum) )");

  /** Where the snippet is, as {@code docs/page.md:LINE}. */
  String where() {
    return page + ":" + line;
  }

  @Override
  public String toString() {
    return where() + " (" + kind + ")";
  }

  /** Whether the code is a whole compilation unit rather than statements. */
  boolean isCompilationUnit() {
    return TYPE_DECLARATION.matcher(code).find();
  }

  /** The snippets of one page, and the lines of its ```java blocks that have no marker. */
  record Page(String name, List<DocSnippet> snippets, List<Integer> unmarkedJavaBlocks) {}

  /** Reads the marked blocks of every Markdown page under {@code docs}, by page name. */
  static Map<String, Page> readAll(Path root) {
    Map<String, Page> pages = new TreeMap<>();
    try (var files = Files.walk(root.resolve("docs"))) {
      for (Path p : files.filter(f -> f.toString().endsWith(".md")).sorted().toList()) {
        String name = root.relativize(p).toString().replace('\\', '/');
        pages.put(name, read(name, Files.readString(p, StandardCharsets.UTF_8)));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return pages;
  }

  /**
   * Reads one page.
   *
   * @throws IllegalArgumentException naming the page and line when a marker is malformed, is not followed by
   *     a ```java block, or a run/throws block has no block after it
   */
  static Page read(String page, String text) {
    List<String> lines = text.lines().toList();
    List<DocSnippet> snippets = new ArrayList<>();
    List<Integer> unmarked = new ArrayList<>();
    int i = 0;
    while (i < lines.size()) {
      String line = lines.get(i);
      if (ANY_MARKER.matcher(line.strip()).matches()) {
        Matcher m = MARKER.matcher(line.strip());
        if (!m.matches()) {
          throw new IllegalArgumentException(page + ":" + (i + 1) + ": not a check marker: " + line.strip()
              + " (expected <!-- check: run|throws|compile|console [file=PATH] -->)");
        }
        int open = i + 1;
        while (open < lines.size() && lines.get(open).isBlank()) {
          open++;
        }
        String kind = m.group(1);
        String fence = kind.equals("console") ? "```console" : "```java";
        if (open >= lines.size() || !lines.get(open).strip().equals(fence)) {
          throw new IllegalArgumentException(page + ":" + (i + 1) + ": the check marker is not followed by a "
              + fence + " block");
        }
        Block code = block(page, lines, open);
        String file = m.group(2);
        if (file != null && !kind.equals("run")) {
          throw new IllegalArgumentException(page + ":" + (i + 1) + ": file= goes with run only");
        }
        String expected = null;
        int expectedLine = 0;
        i = code.end + 1;
        if (kind.equals("run") || kind.equals("throws")) {
          int next = i;
          while (next < lines.size() && !lines.get(next).startsWith("```")) {
            if (ANY_MARKER.matcher(lines.get(next).strip()).matches()) {
              next = lines.size();
              break;
            }
            next++;
          }
          if (next >= lines.size() || lines.get(next).strip().equals("```java")) {
            throw new IllegalArgumentException(page + ":" + (code.start + 1) + ": a '" + kind
                + "' snippet needs the block it produces after it");
          }
          Block out = block(page, lines, next);
          expected = out.text;
          expectedLine = out.start + 2;
          i = out.end + 1;
        }
        snippets.add(new DocSnippet(page, code.start + 2, kind, file, code.text, expected, expectedLine));
        continue;
      }
      if (line.startsWith("```")) {
        Block b = block(page, lines, i);
        if (line.strip().equals("```java")) {
          unmarked.add(i + 1);
        }
        i = b.end + 1;
        continue;
      }
      i++;
    }
    return new Page(page, snippets, unmarked);
  }

  private record Block(int start, int end, String text) {}

  // The fenced block opening at line index `open`: its closing fence index and its text.
  private static Block block(String page, List<String> lines, int open) {
    StringBuilder sb = new StringBuilder();
    for (int j = open + 1; j < lines.size(); j++) {
      if (lines.get(j).strip().equals("```")) {
        return new Block(open, j, sb.toString());
      }
      sb.append(lines.get(j)).append('\n');
    }
    throw new IllegalArgumentException(page + ":" + (open + 1) + ": a fenced block is not closed");
  }
}
