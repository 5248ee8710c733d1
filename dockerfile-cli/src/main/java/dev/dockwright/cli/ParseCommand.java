package dev.dockwright.cli;

import dev.dockwright.json.DockerfileJson;
import dev.dockwright.parser.DockerfileParser;
import dev.dockwright.parser.ParseResult;
import dev.dockwright.parser.Problem;
import dev.dockwright.parser.syntax.BuildKitDump;
import dev.dockwright.parser.syntax.SyntaxParser;
import dev.dockwright.parser.syntax.SyntaxProblem;
import dev.dockwright.parser.syntax.SyntaxTree;
import dev.dockwright.render.DockerfileRenderer;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code dockwright parse}: reads a Dockerfile and prints it back, as BuildKit's dump, or as JSON. */
@Command(
    name = "parse",
    mixinStandardHelpOptions = true,
    description = {
      "Reads a Dockerfile and prints what was read.",
      "Exit status: 0 when the file was read, 1 on a parse error (FILE:LINE:COL: message on stderr), 2 on a usage error."
    })
final class ParseCommand implements Callable<Integer> {
  enum Output {
    source,
    buildkit,
    json
  }

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE", description = "The Dockerfile to read; - for standard input.")
  String file;

  @Option(
      names = "--output",
      paramLabel = "FORMAT",
      defaultValue = "source",
      description = "source (the lossless re-rendering), buildkit (BuildKit's parser dump) or json (the model). Default: ${DEFAULT-VALUE}.")
  Output output;

  @Option(names = "--lenient", description = "Keep what cannot be typed as opaque instructions instead of failing.")
  boolean lenient;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    String text = Inputs.read(file);
    String name = Inputs.displayName(file);
    if (output == Output.buildkit) {
      // The first level only, as BuildKit's parser package reads the file.
      SyntaxTree tree = SyntaxParser.parse(text, name);
      if (!tree.problems().isEmpty()) {
        for (SyntaxProblem p : tree.problems()) {
          err.println(p.format());
        }
        return 1;
      }
      String dump = BuildKitDump.dump(tree);
      out.print(dump.isEmpty() || dump.endsWith("\n") ? dump : dump + "\n");
      out.flush();
      return 0;
    }
    ParseResult result = (lenient ? DockerfileParser.lenient() : DockerfileParser.strict()).read(text, name);
    for (Problem p : result.problems()) {
      err.println(p);
    }
    if (result.dockerfile().isEmpty()) {
      return 1;
    }
    out.print(output == Output.json
        ? DockerfileJson.write(result.dockerfile().get())
        : DockerfileRenderer.defaults().render(result.dockerfile().get()));
    out.flush();
    return 0;
  }
}
