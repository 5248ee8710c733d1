package dev.dockwright.lint.rules;

import dev.dockwright.context.DockerIgnore;
import dev.dockwright.lint.LintContext;
import dev.dockwright.lint.Rule;
import dev.dockwright.lint.RuleInfo;
import dev.dockwright.lint.Severity;
import dev.dockwright.model.Element;
import dev.dockwright.model.Stage;
import dev.dockwright.parser.syntax.Flag;
import dev.dockwright.parser.syntax.Instruction;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * COPY or ADD of a build-context path that the context's {@code .dockerignore} leaves out: the file is not
 * there and the build fails. Needs the build context ({@link dev.dockwright.lint.LintOptions#withContext});
 * quiet without one, without a {@code .dockerignore}, and, as in BuildKit, when the {@code .dockerignore}
 * has exceptions ({@code !pattern}), which make a static answer unreliable. Sources are expanded first;
 * {@code COPY --from}, heredocs and ADD's URLs do not read the context. Copying the whole context
 * ({@code .}) is reported only when a pattern leaves out all of it: {@code *}, {@code **}, or {@code **}
 * followed by {@code /*}.
 */
final class CopyIgnoredFile implements Rule {
  static final RuleInfo INFO = new RuleInfo(
      "CopyIgnoredFile",
      List.of(),
      Severity.ERROR,
      "COPY and ADD should not name files that .dockerignore leaves out of the build context.",
      """
      # .dockerignore: *.md
      FROM nginx:1.27.3
      COPY README.md /usr/share/nginx/html/
      """,
      """
      # .dockerignore: *.md
      FROM nginx:1.27.3
      COPY site/index.html /usr/share/nginx/html/
      """);

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(LintContext context) {
    Optional<DockerIgnore> read = context.contextDirectory().flatMap(CopyIgnoredFile::read);
    if (read.isEmpty() || read.get().isEmpty() || read.get().hasExceptions()) {
      return;
    }
    DockerIgnore ignore = read.get();
    boolean rootIgnored = ignore.patterns().stream().anyMatch(p -> p.equals("*") || p.equals("**") || p.equals("**/*"));
    BuildScopes scopes = BuildScopes.of(context);
    for (Stage stage : context.file().stages()) {
      for (Element e : stage.body()) {
        Optional<Instruction> syntax = context.syntaxOf(e);
        var scope = scopes.before(e);
        if (syntax.isEmpty() || scope.isEmpty()) {
          continue;
        }
        Instruction in = syntax.get();
        boolean add = in.lowerCaseKeyword().equals("add");
        if (!add && !in.lowerCaseKeyword().equals("copy") || hasFrom(in) || in.arguments().size() < 2) {
          continue;
        }
        Set<String> heredocs = new HashSet<>();
        in.heredocs().forEach(h -> heredocs.add(h.name()));
        List<String> sources = in.arguments().subList(0, in.arguments().size() - 1);
        for (String word : sources) {
          if (!in.jsonForm() && UndefinedVar.isHeredocMarker(word, heredocs)) {
            continue;
          }
          scopes.expand(word, scope.get().lexerEnv()).ifPresent(w -> {
            String src = w.value();
            if (add && isRemote(src)) {
              return;
            }
            String clean = clean(src);
            if ((clean.equals(".") || clean.equals("/")) && !rootIgnored) {
              return;
            }
            if (clean.equals(".") || clean.equals("/") || excludes(ignore, clean)) {
              context.report(e, "Attempting to " + (add ? "Add" : "Copy") + " file " + BuildKitText.quote(clean)
                  + " that is excluded by .dockerignore");
            }
          });
        }
      }
    }
  }

  // The context's own .dockerignore, read with the matcher the cache analysis uses (checked against Docker's).
  private static Optional<DockerIgnore> read(Path directory) {
    Path file = directory.resolve(".dockerignore");
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    try {
      return Optional.of(DockerIgnore.parse(Files.readString(file)));
    } catch (IOException | IllegalArgumentException e) {
      return Optional.empty(); // unreadable or malformed: the builder reports that, not this check
    }
  }

  private static boolean excludes(DockerIgnore ignore, String path) {
    try {
      return ignore.excludes(path);
    } catch (IllegalArgumentException e) {
      return false; // a pattern Go cannot compile: the builder reports that, not this check
    }
  }

  private static boolean hasFrom(Instruction in) {
    for (Flag f : in.flags()) {
      if (f.name().equals("from")) {
        return true;
      }
    }
    return false;
  }

  private static boolean isRemote(String src) {
    return src.contains("://") || src.startsWith("git@");
  }

  // Go's path.Clean, as BuildKit cleans a source before matching
  private static String clean(String path) {
    if (path.isEmpty()) {
      return ".";
    }
    boolean rooted = path.startsWith("/");
    java.util.Deque<String> parts = new java.util.ArrayDeque<>();
    for (String element : path.split("/", -1)) {
      if (element.isEmpty() || element.equals(".")) {
        continue;
      }
      if (element.equals("..")) {
        if (!parts.isEmpty() && !parts.peekLast().equals("..")) {
          parts.removeLast();
        } else if (!rooted) {
          parts.addLast("..");
        }
        continue;
      }
      parts.addLast(element);
    }
    String joined = String.join("/", parts);
    return rooted ? "/" + joined : joined.isEmpty() ? "." : joined;
  }
}
