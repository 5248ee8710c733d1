package dev.dockwright.cli;

import dev.dockwright.javagen.GeneratedJava;
import dev.dockwright.javagen.JavaGenerator;
import dev.dockwright.javagen.UnsupportedElement;
import dev.dockwright.parser.DockerfileParser;
import dev.dockwright.parser.ParseResult;
import dev.dockwright.parser.Problem;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dockwright to-java}: the Java source that writes a Dockerfile with the Dockwright DSL. */
@Command(
    name = "to-java",
    mixinStandardHelpOptions = true,
    description = {
      "Prints Java source that writes the Dockerfile with the Dockwright DSL.",
      "One compilation unit: a class whose static method builds the same model, so it renders the same file.",
      "Exit status: 0 when the source was printed, 1 when the DSL cannot express some part of the file (each"
          + " part and why on stderr, no source), 2 on a usage or parse error (FILE:LINE:COL: message)."
    })
final class ToJavaCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE", description = "The Dockerfile to read; - for standard input.")
  String file;

  @Option(
      names = "--package",
      paramLabel = "P",
      defaultValue = "",
      description = "The package of the class. Default: the unnamed package.")
  String packageName;

  @Option(
      names = "--class",
      paramLabel = "C",
      defaultValue = "DockerfileSource",
      description = "The simple name of the class. Default: ${DEFAULT-VALUE}.")
  String className;

  @Option(
      names = "--method",
      paramLabel = "M",
      defaultValue = "dockerfile",
      description = "The public static method that returns the Dockerfile model. Default: ${DEFAULT-VALUE}.")
  String methodName;

  @Option(names = "--main", description = "Add a main method that prints the rendered Dockerfile to standard output.")
  boolean main;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    JavaGenerator.Options options;
    try {
      options = new JavaGenerator.Options(packageName, className, methodName, main);
    } catch (IllegalArgumentException e) {
      err.println("dockwright to-java: " + e.getMessage());
      return 2;
    }
    String name = Inputs.displayName(file);
    ParseResult result = DockerfileParser.strict().read(Inputs.read(file), name);
    if (result.dockerfile().isEmpty()) {
      result.problems().stream().map(Problem::toString).forEach(err::println);
      return 2;
    }
    GeneratedJava java = new JavaGenerator(options).generate(result.dockerfile().get());
    if (!java.isComplete()) {
      err.println("dockwright to-java: " + name + ": the DSL cannot express " + java.unsupported().size()
          + " element(s), so no Java was written:");
      for (UnsupportedElement u : java.unsupported()) {
        err.println("  " + u);
      }
      return 1;
    }
    out.print(java.source());
    out.flush();
    return 0;
  }
}
