package dev.dockwright.cli;

import dev.dockwright.model.BuilderTarget;
import dev.dockwright.model.Dockerfile;
import dev.dockwright.optimize.Change;
import dev.dockwright.optimize.OptimizeContext;
import dev.dockwright.optimize.Optimizer;
import dev.dockwright.parser.DockerfileParser;
import dev.dockwright.parser.ParseResult;
import dev.dockwright.parser.Problem;
import dev.dockwright.render.DockerfileRenderer;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code dockwright optimize}: fewer layers, cache-friendly order, clean package installs. */
@Command(
    name = "optimize",
    mixinStandardHelpOptions = true,
    description = {
      "Optimizes a Dockerfile without changing what the image does, and prints the result.",
      "Exit status: 0 on success, 2 on a usage or parse error."
    })
final class OptimizeCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE", description = "The Dockerfile to optimize.")
  String file;

  @Option(names = "--target", paramLabel = "BUILDER", defaultValue = "buildkit",
      description = "buildkit, buildah or legacy: use only what the builder accepts. Default: ${DEFAULT-VALUE}.")
  String target;

  @Option(names = "--passes", paramLabel = "IDS", split = ",",
      description = "Run only these passes (comma-separated ids). Default: all of them.")
  List<String> passes;

  @Option(names = "--aggressive", description = "Also make changes that change what gets installed (--no-install-recommends).")
  boolean aggressive;

  @Option(names = "--context", paramLabel = "DIR",
      description = "The build context, read to prove that an install reads only its manifests. Default: the file's directory.")
  Path context;

  @Option(names = "--diff", description = "Print a unified diff instead of the file.")
  boolean diff;

  @Option(names = "--explain", description = "Print the changes made (where, what, why) instead of the file.")
  boolean explain;

  @Option(names = "--write", description = "Rewrite the file in place.")
  boolean write;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Optimizer optimizer;
    OptimizeContext ctx;
    try {
      optimizer = passes == null ? Optimizer.defaults() : Optimizer.withPasses(new LinkedHashSet<>(passes));
      Path dir = context != null ? context
          : file.equals("-") ? null : Path.of(file).toAbsolutePath().getParent();
      ctx = OptimizeContext.of(BuilderTarget.parse(target)).withAggressive(aggressive).withContextDir(dir);
    } catch (IllegalArgumentException e) {
      err.println("dockwright optimize: " + e.getMessage());
      return 2;
    }
    String text = Inputs.read(file);
    String name = Inputs.displayName(file);
    ParseResult parsed = DockerfileParser.strict().read(text, name);
    if (parsed.dockerfile().isEmpty()) {
      parsed.problems().stream().map(Problem::toString).forEach(err::println);
      return 2;
    }
    Optimizer.Result result = optimizer.optimize(parsed.dockerfile().get(), ctx);
    Dockerfile optimized = result.file();
    String rendered = DockerfileRenderer.defaults().render(optimized);
    if (explain) {
      for (Change c : result.changes()) {
        out.println(name + ":" + c);
      }
    } else if (diff) {
      out.print(UnifiedDiff.diff(name, text, rendered));
    } else if (!write) {
      out.print(rendered);
    }
    if (write && !rendered.equals(text)) {
      Files.writeString(Path.of(file), rendered, StandardCharsets.UTF_8);
    }
    out.flush();
    return 0;
  }
}
