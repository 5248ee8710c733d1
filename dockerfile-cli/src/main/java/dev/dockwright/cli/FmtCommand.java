package dev.dockwright.cli;

import dev.dockwright.parser.DockerfileParser;
import dev.dockwright.parser.ParseResult;
import dev.dockwright.parser.Problem;
import dev.dockwright.render.DockerfileRenderer;
import dev.dockwright.render.RenderOptions;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code dockwright fmt}: renders Dockerfiles in the canonical style. */
@Command(
    name = "fmt",
    mixinStandardHelpOptions = true,
    description = {
      "Formats Dockerfiles in Dockwright's canonical style (idempotent).",
      "Without --check or --write, prints the formatted file.",
      "Exit status: 0 on success, 1 when --check finds a file to format or a file cannot be parsed, 2 on a usage error."
    })
final class FmtCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "The Dockerfiles to format.")
  List<String> files;

  @Option(names = "--check", description = "Print the files that are not formatted and exit 1 if there are any.")
  boolean check;

  @Option(names = "--write", description = "Rewrite the files in place.")
  boolean write;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (check && write) {
      err.println("dockwright fmt: --check and --write cannot be used together");
      return 2;
    }
    DockerfileRenderer renderer = new DockerfileRenderer(RenderOptions.canonical());
    int status = 0;
    for (String file : files) {
      String text = Inputs.read(file);
      ParseResult result = DockerfileParser.strict().read(text, Inputs.displayName(file));
      if (result.dockerfile().isEmpty()) {
        result.problems().stream().map(Problem::toString).forEach(err::println);
        status = 1;
        continue;
      }
      String formatted = renderer.render(result.dockerfile().get());
      if (check) {
        if (!formatted.equals(text)) {
          out.println(file);
          status = 1;
        }
      } else if (write) {
        if (!formatted.equals(text)) {
          Files.writeString(Path.of(file), formatted, StandardCharsets.UTF_8);
        }
      } else {
        out.print(formatted);
      }
    }
    out.flush();
    return status;
  }
}
