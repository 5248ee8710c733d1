package dev.dockwright.benchmarks;

import dev.dockwright.parser.DockerfileParser;
import dev.dockwright.parser.ParseResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.openrewrite.InMemoryExecutionContext;
import org.openrewrite.SourceFile;
import org.openrewrite.docker.DockerParser;
import org.openrewrite.tree.ParseError;

/**
 * What each parser makes of every corpus file, counted once before timing, so that a speed is never reported
 * for work that silently failed.
 *
 * <ul>
 * <li>Dockwright (lenient, as benchmarked): a failure is an exception or a result without a Dockerfile; there
 *     must be none. Files with problems are counted apart: lenient parsing keeps what BuildKit's instruction
 *     level refuses as opaque instructions and reports it (some BuildKit parser cases hold such instructions).
 * <li>rewrite-docker: a failure is a {@link ParseError} result (its parser gave up on the file), an exception,
 *     or not exactly one source file per input. Files it parsed but reported syntax errors for are counted apart.
 * </ul>
 */
final class Census {
  final int files;
  final List<String> dockwrightFailures = new ArrayList<>();
  final List<String> dockwrightWithProblems = new ArrayList<>();
  final List<String> rewriteFailures = new ArrayList<>();
  final List<String> rewriteWithErrors = new ArrayList<>();

  private Census(int files) {
    this.files = files;
  }

  static Census of(List<Corpus.File> corpus) {
    Census census = new Census(corpus.size());
    DockerfileParser dockwright = DockerfileParser.lenient();
    DockerParser rewrite = new DockerParser();
    for (Corpus.File file : corpus) {
      try {
        ParseResult result = dockwright.read(file.text(), "Dockerfile");
        if (result.dockerfileOrNull() == null) {
          census.dockwrightFailures.add(file.name() + ": " + result.problems());
        } else if (!result.problems().isEmpty()) {
          census.dockwrightWithProblems.add(file.name() + " (" + result.problems().size() + ")");
        }
      } catch (RuntimeException e) {
        census.dockwrightFailures.add(file.name() + ": " + e);
      }
      List<Throwable> reported = new ArrayList<>();
      try {
        List<SourceFile> parsed = rewrite.parse(new InMemoryExecutionContext(reported::add), file.text()).toList();
        if (parsed.size() != 1) {
          census.rewriteFailures.add(file.name() + ": " + parsed.size() + " source files");
        } else if (parsed.get(0) instanceof ParseError) {
          census.rewriteFailures.add(file.name() + ": ParseError");
        } else if (!reported.isEmpty()) {
          census.rewriteWithErrors.add(file.name());
        }
      } catch (RuntimeException e) {
        census.rewriteFailures.add(file.name() + ": " + e);
      }
    }
    return census;
  }

  /** Throws when Dockwright failed on any file: its speed would mean nothing. */
  Census requireNoDockwrightFailure() {
    if (!dockwrightFailures.isEmpty()) {
      throw new IllegalStateException("Dockwright failed on " + dockwrightFailures.size() + " files: "
          + dockwrightFailures);
    }
    return this;
  }

  String report() {
    StringBuilder sb = new StringBuilder();
    sb.append(String.format(Locale.ROOT, "Dockwright (lenient): %d of %d files failed%s; %d parsed with problems"
            + " reported (instructions kept as opaque)%n",
        dockwrightFailures.size(), files, list(dockwrightFailures), dockwrightWithProblems.size()));
    sb.append(String.format(Locale.ROOT, "rewrite-docker:       %d of %d files failed (ParseError)%s; %d more"
            + " parsed with syntax errors reported%n",
        rewriteFailures.size(), files, list(rewriteFailures), rewriteWithErrors.size()));
    return sb.toString();
  }

  private static String list(List<String> names) {
    return names.isEmpty() ? "" : " " + names;
  }
}
