package dev.dockwright.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code dockwright} command line.
 *
 * <pre>{@code
 * ./dockwright --version
 * ./dockwright lint Dockerfile
 * }</pre>
 */
@Command(
    name = "dockwright",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = "Writes, parses, lints and optimizes Dockerfiles.",
    subcommands = {InitCommand.class, ParseCommand.class, FmtCommand.class, LintCommand.class, OptimizeCommand.class,
        CacheCommand.class, ToJavaCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /**
   * Runs the command line and exits with its status.
   *
   * @param args the command and its options, such as {@code lint Dockerfile}
   */
  public static void main(String[] args) {
    System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
  }

  /**
   * Runs the command line with the given streams and returns the exit status, for tests and embedding.
   *
   * @param args the command and its options
   * @param out where results go
   * @param err where messages and errors go
   * @return the exit status: 0 success, 1 findings or failure, 2 usage or parse error
   */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine cli = new CommandLine(new Main());
    cli.setOut(out);
    cli.setErr(err);
    cli.setExecutionExceptionHandler(
        (ex, commandLine, parseResult) -> {
          if (ex instanceof Inputs.InputException) {
            commandLine.getErr().println("dockwright: " + ex.getMessage());
            return 2;
          }
          // A bug of ours: say so in one line, never a stack trace.
          commandLine.getErr().println("dockwright: internal error: " + ex);
          return 3;
        });
    cli.setParameterExceptionHandler(
        (ex, args1) -> {
          CommandLine c = ex.getCommandLine();
          c.getErr().println("dockwright: " + ex.getMessage());
          c.getErr().println("Try '" + c.getCommandSpec().qualifiedName() + " --help' for more information.");
          return 2;
        });
    return cli.execute(args);
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** Reads the version that the build wrote into the jar. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      Properties properties = new Properties();
      try (InputStream in = Main.class.getResourceAsStream("version.properties")) {
        if (in != null) {
          properties.load(in);
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return new String[] {"dockwright " + properties.getProperty("version", "unknown")};
    }
  }
}
