package dev.dockwright.cli;

import dev.dockwright.cache.CacheAnalysis;
import dev.dockwright.cache.CacheReport;
import dev.dockwright.context.BuildContext;
import dev.dockwright.model.BuilderTarget;
import dev.dockwright.model.Dockerfile;
import dev.dockwright.parser.DockerfileParseException;
import dev.dockwright.parser.DockerfileParser;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dockwright cache}: which steps the builder reuses from its cache after a change, and why. */
@Command(
    name = "cache",
    mixinStandardHelpOptions = true,
    description = {
      "Says for every step of a Dockerfile whether the builder reuses it from its build cache or runs it again,"
          + " given the files and build args that changed, and why.",
      "Exit status: 0, or 2 on a usage or parse error (FILE:LINE:COL: message)."
    })
final class CacheCommand implements Callable<Integer> {
  enum Output {
    text,
    json
  }

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE", description = "The Dockerfile; - for standard input.")
  String file;

  @Option(names = "--changed", arity = "1..*", paramLabel = "PATH",
      description = "Files or directories that changed, relative to the context (or absolute inside it).")
  List<String> changed = new ArrayList<>();

  @Option(names = "--changed-arg", arity = "1..*", paramLabel = "NAME",
      description = "Build args whose value changed (as passed with --build-arg).")
  List<String> changedArgs = new ArrayList<>();

  @Option(names = "--build-arg", paramLabel = "NAME=VALUE",
      description = "A build arg's value, to expand variables in COPY paths (repeatable).")
  List<String> buildArgs = new ArrayList<>();

  @Option(names = "--context", paramLabel = "DIR",
      description = "The build context (its .dockerignore is honoured). Default: the Dockerfile's directory.")
  String context;

  @Option(names = "--target", paramLabel = "STAGE", description = "The stage to build. Default: the last.")
  String target;

  @Option(names = "--builder", paramLabel = "BUILDER", defaultValue = "buildkit",
      description = "buildkit or buildah (1.28): whose cache to model. Default: ${DEFAULT-VALUE}.")
  String builder;

  @Option(names = "--output", paramLabel = "FORMAT", defaultValue = "text",
      description = "text or json. Default: ${DEFAULT-VALUE}.")
  Output output;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    String text = Inputs.read(file);
    String name = Inputs.displayName(file);
    Dockerfile dockerfile;
    try {
      dockerfile = DockerfileParser.strict().parse(text, name);
    } catch (DockerfileParseException e) {
      e.problems().forEach(err::println);
      return 2;
    }
    try {
      Path dir = context != null ? Path.of(context)
          : file.equals("-") ? Path.of(".") : absoluteParent(Path.of(file));
      if (!Files.isDirectory(dir)) {
        err.println("dockwright cache: " + dir + ": not a directory");
        return 2;
      }
      BuildContext ctx = BuildContext.of(dir, file.equals("-") ? null : Path.of(file));
      Map<String, String> values = new LinkedHashMap<>();
      for (String a : buildArgs) {
        int eq = a.indexOf('=');
        if (eq <= 0) {
          err.println("dockwright cache: --build-arg needs NAME=VALUE: " + a);
          return 2;
        }
        values.put(a.substring(0, eq), a.substring(eq + 1));
      }
      List<String> paths = new ArrayList<>();
      Path root = dir.toAbsolutePath().normalize();
      for (String p : changed) {
        Path given = Path.of(p);
        if (given.isAbsolute()) {
          Path abs = given.normalize();
          if (!abs.startsWith(root)) {
            err.println("dockwright cache: changed path is outside the context: " + p);
            return 2;
          }
          paths.add(root.relativize(abs).toString().replace('\\', '/'));
        } else {
          paths.add(p);
        }
      }
      CacheReport report = CacheAnalysis.of(dockerfile)
          .withBuilder(BuilderTarget.parse(builder))
          .withContext(ctx)
          .withBuildArgs(values)
          .withChangedPaths(paths)
          .withChangedArgs(changedArgs)
          .withTarget(target)
          .analyze();
      out.print(output == Output.json ? report.json() : report.text());
      out.flush();
      return 0;
    } catch (IllegalArgumentException | UncheckedIOException e) {
      err.println("dockwright cache: " + e.getMessage());
      return 2;
    }
  }

  private static Path absoluteParent(Path file) {
    Path parent = file.toAbsolutePath().getParent();
    return parent == null ? Path.of(".") : parent;
  }
}
