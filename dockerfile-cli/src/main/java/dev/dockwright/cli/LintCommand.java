package dev.dockwright.cli;

import dev.dockwright.lint.Finding;
import dev.dockwright.lint.LintOptions;
import dev.dockwright.lint.LintReport;
import dev.dockwright.lint.Linter;
import dev.dockwright.lint.Rule;
import dev.dockwright.lint.Severity;
import dev.dockwright.model.BuilderTarget;
import dev.dockwright.parser.DockerfileParseException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code dockwright lint}: hadolint- and BuildKit-compatible checks. */
@Command(
    name = "lint",
    mixinStandardHelpOptions = true,
    description = {
      "Lints Dockerfiles with hadolint's rule ids and BuildKit's check names.",
      "Exit status: 1 when a finding reaches --fail-on, 0 otherwise, 2 on a usage or parse error."
    })
final class LintCommand implements Callable<Integer> {
  enum Format {
    text,
    json,
    sarif
  }

  enum FailOn {
    error,
    warning,
    info,
    none
  }

  @Spec CommandSpec spec;

  @Parameters(arity = "0..*", paramLabel = "FILE", description = "The Dockerfiles to lint.")
  List<String> files = new ArrayList<>();

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
      description = "text, json or sarif. Default: ${DEFAULT-VALUE}.")
  Format format;

  @Option(names = "--target", paramLabel = "BUILDER", defaultValue = "buildkit",
      description = "buildkit, buildah or legacy: report features the builder does not accept. Default: ${DEFAULT-VALUE}.")
  String target;

  @Option(names = "--ignore", paramLabel = "ID", description = "Leave out a rule (repeatable; any of its ids).")
  List<String> ignored = new ArrayList<>();

  @Option(names = "--enable", paramLabel = "ID", description = "Run an opt-in rule (repeatable), such as DL3057.")
  List<String> enabled = new ArrayList<>();

  @Option(names = "--context", paramLabel = "DIR",
      description = "The build context, whose .dockerignore CopyIgnoredFile reads. Default: each file's directory.")
  java.nio.file.Path context;

  @Option(names = "--threshold", paramLabel = "SEVERITY", defaultValue = "info",
      description = "Report only findings at least this severe: error, warning or info. Default: ${DEFAULT-VALUE}.")
  String threshold;

  @Option(names = "--fail-on", paramLabel = "SEVERITY", defaultValue = "warning",
      description = "Exit 1 when a finding is at least this severe: error, warning, info or none. Default: ${DEFAULT-VALUE}.")
  FailOn failOn;

  @Option(names = "--list-rules", description = "Print one rule per line, id first, and exit.")
  boolean listRules;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Linter linter = Linter.create();
    if (listRules) {
      for (Rule rule : linter.rules()) {
        var info = rule.info();
        String aliases = info.aliases().isEmpty() ? "" : " (" + String.join(", ", info.aliases()) + ")";
        String optIn = rule.enabledByDefault() ? "" : " [opt-in]";
        out.println(info.id() + aliases + " " + info.severity().text() + optIn + " " + info.description());
      }
      out.flush();
      return 0;
    }
    if (files.isEmpty()) {
      err.println("dockwright lint: no FILE given");
      return 2;
    }
    LintOptions options;
    try {
      options = LintOptions.defaults()
          .withTarget(BuilderTarget.parse(target))
          .withThreshold(Severity.parse(threshold))
          .withIgnored(Set.copyOf(new HashSet<>(ignored)))
          .withEnabled(Set.copyOf(new HashSet<>(enabled)));
    } catch (IllegalArgumentException e) {
      err.println("dockwright lint: " + e.getMessage());
      return 2;
    }
    List<Finding> findings = new ArrayList<>();
    boolean parseError = false;
    for (String file : files) {
      String text = Inputs.read(file);
      try {
        java.nio.file.Path dir = context != null ? context
            : file.equals("-") ? null : java.nio.file.Path.of(file).toAbsolutePath().getParent();
        findings.addAll(linter.lint(text, Inputs.displayName(file), options.withContext(dir)));
      } catch (DockerfileParseException e) {
        e.problems().forEach(err::println);
        parseError = true;
      }
    }
    String version = new Main.Version().getVersion()[0].replace("dockwright ", "");
    out.print(switch (format) {
      case text -> LintReport.text(findings);
      case json -> LintReport.json(findings);
      case sarif -> LintReport.sarif(findings, linter.rules(), version);
    });
    out.flush();
    if (parseError) {
      return 2;
    }
    if (failOn == FailOn.none) {
      return 0;
    }
    Severity limit = Severity.valueOf(failOn.name().toUpperCase(Locale.ROOT));
    return findings.stream().anyMatch(f -> f.severity().isAtLeast(limit)) ? 1 : 0;
  }
}
