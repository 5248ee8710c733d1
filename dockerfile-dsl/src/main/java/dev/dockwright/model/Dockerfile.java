package dev.dockwright.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A whole Dockerfile: parser directives, a header of global ARGs (with the comments among them), and stages.
 * Immutable. Building one checks what BuildKit would refuse to build: two stages with one name, a reference
 * to a stage that is not defined earlier, an instruction other than ARG before the first FROM.
 *
 * <p>A Dockerfile read by the parser also carries its {@link SourceFile}, so that rendering it gives back
 * the input byte for byte; equality ignores it.
 *
 * <pre>{@code
 * Stage runtime = Stage.of(FromInstruction.of(ImageRef.of("nginx:1.27-alpine")),
 *     List.of(new ExposeInstruction(List.of(Port.tcp(80)))));
 * Dockerfile file = Dockerfile.of(List.of(ParserDirective.syntax("docker/dockerfile:1")), List.of(),
 *     List.of(runtime));
 * file.stage("runtime");   // empty: the stage has no AS name
 * }</pre>
 */
public final class Dockerfile {
  private final List<ParserDirective> directives;
  private final List<Element> header;
  private final List<Stage> stages;
  private final SourceFile source;

  private Dockerfile(List<ParserDirective> directives, List<Element> header, List<Stage> stages, SourceFile source) {
    this.directives = Values.copy(directives, "directives");
    this.header = Values.copy(header, "header");
    this.stages = Values.copy(stages, "stages");
    this.source = source;
    check();
  }

  /**
   * A Dockerfile of the given parts, with no source: it renders canonically.
   *
   * @param directives the parser directives, at most one of each name; may be empty
   * @param header the global ARGs before the first FROM, with comments and blank lines; may be empty
   * @param stages the stages, in order; may be empty
   * @return the Dockerfile
   * @throws NullPointerException when a list or one of its items is null
   * @throws IllegalArgumentException when a directive is repeated, the header holds an instruction other than
   *     ARG, two stages share a name, a stage refers to one not defined before it or to a stage by index in a
   *     FROM, a comment at the top would be read as a directive, or a shell command, MAINTAINER or COPY/ADD path
   *     would not read back as written under the file's escape character
   */
  public static Dockerfile of(List<ParserDirective> directives, List<Element> header, List<Stage> stages) {
    return new Dockerfile(directives, header, stages, null);
  }

  /**
   * A Dockerfile of the given parts that remembers the file it was read from; the parser makes these.
   *
   * @param directives the parser directives, at most one of each name; may be empty
   * @param header the global ARGs before the first FROM, with comments and blank lines; may be empty
   * @param stages the stages, in order; may be empty
   * @param source the file the elements were read from, not null
   * @return the Dockerfile
   * @throws NullPointerException when the source, a list or one of its items is null
   * @throws IllegalArgumentException as {@link #of(List, List, List)} does
   */
  public static Dockerfile of(
      List<ParserDirective> directives, List<Element> header, List<Stage> stages, SourceFile source) {
    return new Dockerfile(directives, header, stages, Objects.requireNonNull(source, "source"));
  }

  private void check() {
    if (directives.size() > 1) {
      Map<String, Boolean> seenDirectives = new HashMap<>();
      for (ParserDirective d : directives) {
        if (seenDirectives.put(d.normalizedName(), true) != null) {
          throw new IllegalArgumentException("only one " + d.normalizedName() + " parser directive can be used");
        }
      }
    }
    checkDirectiveLookalikes();
    for (Element e : header) {
      if (e instanceof Instruction i && !(i instanceof ArgInstruction) && !(i instanceof OpaqueInstruction)) {
        throw new IllegalArgumentException(i.keyword() + " cannot come before the first FROM: only ARG can");
      }
    }
    char escape = escapeChar();
    Map<String, Integer> names = new HashMap<>();
    for (int index = 0; index < stages.size(); index++) {
      Stage stage = stages.get(index);
      List<Element> body = stage.body();
      for (int i = 0, n = body.size(); i < n; i++) {
        Element e = body.get(i);
        // by the elements' own (final) classes: no test against the Instruction interface for every element;
        // comments and blank lines, half of most files, have nothing to check
        if (e instanceof Comment || e instanceof BlankLine) {
          continue;
        }
        checkShellLines(e, escape);
        checkHeredocPaths(e, escape);
        checkSources(e, names, index, stage);
      }
      if (stage.from().image() instanceof StageRef ref) {
        if (ref.isIndex()) {
          // BuildKit resolves a FROM by stage name only: "FROM 0" would pull an image called "0".
          throw new IllegalArgumentException(
              "FROM cannot refer to stage " + ref.name() + " by its index: give that stage a name");
        }
        checkReference(ref, names, index, stage);
      }
      Optional<String> name = stage.name();
      if (name.isPresent()) {
        Integer previous = names.put(name.get().toLowerCase(Locale.ROOT), index);
        if (previous != null) {
          throw new IllegalArgumentException("duplicate stage name: " + Quoted.of(name.get()));
        }
      }
    }
  }

  // BuildKit's reDirectives, with Go's \s ([\t\n\f\r ]) and Go's '.' and '$' (DOTALL, \z): unlike Java's,
  // they do not stop at U+0085 or U+2028.
  private static final java.util.regex.Pattern DIRECTIVE = java.util.regex.Pattern.compile(
      "^#[\t\n\f\r ]*([a-zA-Z][a-zA-Z0-9]*)[\t\n\f\r ]*=[\t\n\f\r ]*(.+?)[\t\n\f\r ]*\\z",
      java.util.regex.Pattern.DOTALL);

  /**
   * BuildKit reads parser directives until the first line that is not one, so comments written right after
   * the directives (or first in the file) that look like a known directive would be read as one.
   */
  private void checkDirectiveLookalikes() {
    if (!readsAsDirectives(header) && !stages.isEmpty()) {
      readsAsDirectives(stages.get(0).leading());
    }
  }

  // Throws for a comment of the leading run that reads as a directive; false when the run ends in the list.
  private static boolean readsAsDirectives(List<Element> elements) {
    for (Element e : elements) {
      if (!(e instanceof Comment c)) {
        return true;
      }
      if (c.text().indexOf('=') < 0) {
        return true; // no '=': not a directive, and the directives end here
      }
      java.util.regex.Matcher m = DIRECTIVE.matcher("#" + c.text());
      if (!m.matches()) {
        return true;
      }
      String name = m.group(1).toLowerCase(Locale.ROOT);
      if (!(name.equals("syntax") || name.equals("escape") || name.equals("check"))) {
        return true;
      }
      throw new IllegalArgumentException("comment would be read as a parser directive: " + Quoted.of(c.text()));
    }
    return false;
  }

  private static void checkShellLines(Element element, char escape) {
    Command command = null;
    String keyword = null;
    boolean heredocs = false;
    if (element instanceof RunInstruction run) {
      command = run.command();
      keyword = run.keyword();
      heredocs = true;
    } else if (element instanceof CmdInstruction cmd) {
      command = cmd.command();
      keyword = cmd.keyword();
    } else if (element instanceof EntrypointInstruction entrypoint) {
      command = entrypoint.command();
      keyword = entrypoint.keyword();
    } else if (element instanceof HealthcheckInstruction healthcheck) {
      command = healthcheck.command();
      keyword = healthcheck.keyword();
    } else if (element instanceof OnBuildInstruction onBuild) {
      checkShellLines(onBuild.trigger(), escape);
    } else if (element instanceof MaintainerInstruction maintainer) {
      String name = maintainer.name().stripTrailing();
      if (name.charAt(name.length() - 1) == escape) {
        throw new IllegalArgumentException(
            "MAINTAINER ends with the escape character " + escape
                + ", which would continue it into the next line: " + Quoted.of(maintainer.name()));
      }
    }
    if (command instanceof ShellCommand shell) {
      ShellLines.check(shell, keyword, escape, heredocs);
    }
  }

  // The references of sourcesOf(e), in the same order, checked without collecting them in a list first.
  private static void checkSources(Element e, Map<String, Integer> earlier, int index, Stage stage) {
    if (e instanceof CopyInstruction copy) {
      if (copy.from() instanceof StageRef ref) {
        checkReference(ref, earlier, index, stage);
      }
    } else if (e instanceof RunInstruction run) {
      for (Mount m : run.mounts()) {
        BuildSource from = m instanceof BindMount b ? b.from() : m instanceof CacheMount c ? c.from() : null;
        if (from instanceof StageRef ref) {
          checkReference(ref, earlier, index, stage);
        }
      }
    }
  }

  /**
   * BuildKit finds the heredocs of a COPY or ADD line by lexing it with {@code \} as the escape character, even
   * under {@code # escape=`}. There a path written with backtick escapes can lex differently (an early closing
   * quote, an escaped blank, a broken {@code ${}) and hide the heredocs, whose bodies then read as instructions.
   */
  private static void checkHeredocPaths(Element element, char escape) {
    if (escape == '\\') {
      return; // the usual escape character: the paths lex as BuildKit lexes them
    }
    if (element instanceof OnBuildInstruction onBuild) {
      checkHeredocPaths(onBuild.trigger(), escape);
      return;
    }
    List<CopySource> sources;
    String keyword;
    List<Value> paths = new ArrayList<>();
    if (element instanceof CopyInstruction copy) {
      keyword = copy.keyword();
      sources = copy.sources();
      paths.add(copy.destination());
    } else if (element instanceof AddInstruction add) {
      keyword = add.keyword();
      sources = add.sources();
      paths.add(add.destination());
    } else {
      return;
    }
    if (!Values.hasHeredoc(sources)) {
      return;
    }
    for (CopySource s : sources) {
      if (s instanceof CopySource.Path p) {
        paths.add(p.path());
      }
    }
    for (Value path : paths) {
      for (Value.Part part : path.parts()) {
        String text = part instanceof Value.Literal l ? l.text() : ((Value.Reference) part).expression();
        String risky = part instanceof Value.Literal ? "\"\\$" : "\"\\";
        if (text.chars().anyMatch(c -> risky.indexOf(c) >= 0)) {
          throw new IllegalArgumentException(keyword + " path " + Quoted.of(path.toString())
              + " would hide the heredoc: BuildKit looks for heredocs with \\ as the escape character, even under"
              + " escape=" + escape);
        }
      }
    }
  }

  private static void checkReference(StageRef ref, Map<String, Integer> earlier, int index, Stage stage) {
    boolean defined = ref.isIndex()
        ? ref.name().length() < 10 && Integer.parseInt(ref.name()) < index
        : earlier.containsKey(ref.name().toLowerCase(Locale.ROOT));
    if (!defined) {
      String where = stage.name().map(n -> "stage " + Quoted.of(n)).orElse("stage " + index);
      throw new IllegalArgumentException(
          "stage " + Quoted.of(ref.name()) + " is not defined before " + where);
    }
  }

  /**
   * The stages and images an element takes files from: {@code COPY --from} and {@code RUN --mount from=}.
   *
   * @param element any element
   * @return the sources in order of appearance; empty for other elements
   */
  public static List<BuildSource> sourcesOf(Element element) {
    List<BuildSource> sources = new ArrayList<>();
    if (element instanceof CopyInstruction copy && copy.from() != null) {
      sources.add(copy.from());
    } else if (element instanceof RunInstruction run) {
      for (Mount m : run.mounts()) {
        if (m instanceof BindMount b && b.from() != null) {
          sources.add(b.from());
        } else if (m instanceof CacheMount c && c.from() != null) {
          sources.add(c.from());
        }
      }
    }
    return sources;
  }

  /**
   * The parser directives, in order.
   *
   * @return an unmodifiable list, empty when the file has none
   */
  public List<ParserDirective> directives() {
    return directives;
  }

  /**
   * The global ARGs before the first FROM, with the comments and blank lines among them.
   *
   * @return an unmodifiable list; may be empty
   */
  public List<Element> header() {
    return header;
  }

  /**
   * The stages, in order.
   *
   * @return an unmodifiable list; may be empty
   */
  public List<Stage> stages() {
    return stages;
  }

  /**
   * The stage with the given name, compared case-insensitively, as BuildKit does.
   *
   * @param name such as {@code build}
   * @return the first stage of that name; empty when there is none
   */
  public Optional<Stage> stage(String name) {
    return stages.stream()
        .filter(s -> s.name().map(n -> n.equalsIgnoreCase(name)).orElse(false))
        .findFirst();
  }

  /**
   * The escape character, which escapes characters and continues lines.
   *
   * @return {@code '\\'} unless an {@code escape} directive says otherwise (then {@code '`'})
   */
  public char escapeChar() {
    for (ParserDirective d : directives) {
      if (d.name().equalsIgnoreCase("escape")) {
        return d.value().charAt(0); // the first escape directive, as directive("escape") finds it
      }
    }
    return '\\';
  }

  /**
   * The value of a parser directive, by case-insensitive name.
   *
   * @param name such as {@code syntax}
   * @return the value, such as {@code docker/dockerfile:1}; empty when the file has no such directive
   */
  public Optional<String> directive(String name) {
    return directives.stream()
        .filter(d -> d.name().equalsIgnoreCase(name))
        .map(ParserDirective::value)
        .findFirst();
  }

  /**
   * The file this was read from, if it was parsed.
   *
   * @return the source; empty for a Dockerfile built in code or made {@link #withoutSource()}
   */
  public Optional<SourceFile> source() {
    return Optional.ofNullable(source);
  }

  /**
   * The source of an element or directive of this file, looked up by identity.
   *
   * @param element an element or {@link ParserDirective} of this file
   * @return its span; empty when it was not read from text or was made or changed since
   */
  public Optional<SourceSpan> sourceOf(Object element) {
    return source == null ? Optional.empty() : source.spanOf(element);
  }

  /**
   * This file with other directives; untouched elements keep their source.
   *
   * @param directives the new directives
   * @return a new Dockerfile; this one is unchanged
   * @throws IllegalArgumentException as {@link #of(List, List, List)} does
   */
  public Dockerfile withDirectives(List<ParserDirective> directives) {
    return new Dockerfile(directives, header, stages, source);
  }

  /**
   * This file with another header; untouched elements keep their source.
   *
   * @param header the new global ARGs, comments and blank lines
   * @return a new Dockerfile; this one is unchanged
   * @throws IllegalArgumentException as {@link #of(List, List, List)} does
   */
  public Dockerfile withHeader(List<Element> header) {
    return new Dockerfile(directives, header, stages, source);
  }

  /**
   * This file with other stages; untouched elements keep their source.
   *
   * @param stages the new stages
   * @return a new Dockerfile; this one is unchanged
   * @throws IllegalArgumentException as {@link #of(List, List, List)} does
   */
  public Dockerfile withStages(List<Stage> stages) {
    return new Dockerfile(directives, header, stages, source);
  }

  /**
   * This file without its source: every element renders canonically.
   *
   * @return a new Dockerfile with the same elements
   */
  public Dockerfile withoutSource() {
    return new Dockerfile(directives, header, stages, null);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Dockerfile d
        && d.directives.equals(directives)
        && d.header.equals(header)
        && d.stages.equals(stages);
  }

  @Override
  public int hashCode() {
    return Objects.hash(directives, header, stages);
  }

  @Override
  public String toString() {
    return "Dockerfile[directives=" + directives + ", header=" + header + ", stages=" + stages + "]";
  }
}
