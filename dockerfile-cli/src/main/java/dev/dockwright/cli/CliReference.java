package dev.dockwright.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine;

/**
 * Writes {@code docs/cli.md} from the commands' own definitions (their usage help), so the reference cannot
 * drift from the code; a test compares the committed page with this.
 *
 * <pre>{@code
 * String page = CliReference.markdown();
 * }</pre>
 */
public final class CliReference {
  private CliReference() {}

  /**
   * The reference page.
   *
   * @return the Markdown of docs/cli.md: the usage of the root command, then of each subcommand
   */
  public static String markdown() {
    CommandLine root = new CommandLine(new Main());
    root.setUsageHelpWidth(100);
    StringBuilder sb = new StringBuilder("# Command line reference\n\n");
    sb.append("Generated from the commands' definitions by `CliReference`; `CliReferenceTest` fails when it is\n");
    sb.append("stale. Run `./dockwright COMMAND --help` for the same text.\n\n");
    sb.append("```\n").append(root.getUsageMessage(CommandLine.Help.Ansi.OFF)).append("```\n");
    for (var entry : root.getSubcommands().entrySet()) {
      if (entry.getKey().equals("help")) {
        continue;
      }
      CommandLine sub = entry.getValue();
      sub.setUsageHelpWidth(100);
      sb.append("\n## dockwright ").append(entry.getKey()).append("\n\n```\n")
          .append(sub.getUsageMessage(CommandLine.Help.Ansi.OFF)).append("```\n");
    }
    return sb.toString();
  }

  /**
   * Writes the page to the path given (default {@code docs/cli.md}).
   *
   * @param args the path to write, or none
   * @throws IOException when the file cannot be written
   */
  public static void main(String[] args) throws IOException {
    Files.writeString(Path.of(args.length > 0 ? args[0] : "docs/cli.md"), markdown(), StandardCharsets.UTF_8);
  }
}
