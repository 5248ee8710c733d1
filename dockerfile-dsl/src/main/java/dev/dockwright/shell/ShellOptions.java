package dev.dockwright.shell;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The {@code set} options that change how a script fails: {@code -e}, {@code -u}, {@code -x} and
 * {@code -o pipefail}.
 *
 * <pre>{@code
 * // SHELL ["/bin/bash", "-o", "pipefail", "-c"]
 * ShellOptions fromShell = ShellOptions.ofShellInstruction(List.of("/bin/bash", "-o", "pipefail", "-c"));
 * fromShell.pipefail();                                   // true
 * ShellOptions.NONE.withSetArguments(List.of("-eux")).errexit();  // true
 * ShellScript.parse("curl -fsSL $URL | sh", fromShell).pipelines().get(0).options().pipefail();  // true
 * }</pre>
 *
 * @param errexit {@code -e}: the script stops at the first failing command
 * @param nounset {@code -u}: expanding an unset variable is an error
 * @param xtrace {@code -x}: commands are printed before they run
 * @param pipefail {@code -o pipefail}: a pipeline fails when any of its commands fails, not only the last
 */
public record ShellOptions(boolean errexit, boolean nounset, boolean xtrace, boolean pipefail) {

  /** No option set: how {@code /bin/sh -c} starts. */
  public static final ShellOptions NONE = new ShellOptions(false, false, false, false);

  private static final Set<String> POSIX_SHELLS = Set.of("sh", "bash", "ash", "dash", "zsh", "ksh", "mksh");

  /**
   * The options a {@code SHELL} instruction's exec form starts its shell with: {@code ["/bin/bash", "-o",
   * "pipefail", "-c"]}, {@code ["/bin/ash", "-exo", "pipefail", "-c"]}. {@link #NONE} for an empty list and for
   * shells that are not POSIX shells ({@code powershell}, {@code cmd}).
   *
   * @param shell the exec-form words of the {@code SHELL} instruction, the program first; its directory is ignored
   *     ({@code /bin/bash} and {@code bash} are alike)
   * @return the options set by the words after the program, read as {@link #withSetArguments} reads them:
   *     {@code pipefail} only for {@code ["/bin/bash", "-o", "pipefail", "-c"]}
   * @throws NullPointerException if {@code shell} is null
   */
  public static ShellOptions ofShellInstruction(List<String> shell) {
    Objects.requireNonNull(shell, "shell");
    if (shell.isEmpty()) {
      return NONE;
    }
    String program = shell.get(0);
    if (!POSIX_SHELLS.contains(program.substring(program.lastIndexOf('/') + 1))) {
      return NONE;
    }
    return NONE.withSetArguments(shell.subList(1, shell.size()));
  }

  /**
   * These options after {@code set} with {@code arguments}: {@code -e}/{@code +e}, {@code -u}, {@code -x}, bundled
   * letters ({@code -eux}), {@code -o name}/{@code +o name} (also inside a bundle, {@code -euo pipefail}). Reading
   * stops at {@code --}, {@code -} or the first argument that is not an option; other letters and option names are
   * ignored.
   *
   * @param arguments the words after {@code set}, quotes removed: {@code ["-euo", "pipefail"]}; an empty list
   *     changes nothing
   * @return new options: these with the letters and names after {@code -} turned on and those after {@code +}
   *     turned off, {@code NONE.withSetArguments(List.of("-eux"))} has errexit, nounset and xtrace
   * @throws NullPointerException if {@code arguments} is null
   */
  public ShellOptions withSetArguments(List<String> arguments) {
    Objects.requireNonNull(arguments, "arguments");
    boolean e = errexit;
    boolean u = nounset;
    boolean x = xtrace;
    boolean p = pipefail;
    for (int i = 0; i < arguments.size(); i++) {
      String argument = arguments.get(i);
      if (argument.length() < 2 || argument.equals("--") || (argument.charAt(0) != '-' && argument.charAt(0) != '+')) {
        break;
      }
      if (argument.startsWith("--")) {
        continue; // a shell's long option such as --login
      }
      boolean on = argument.charAt(0) == '-';
      for (int k = 1; k < argument.length(); k++) {
        switch (argument.charAt(k)) {
          case 'e' -> e = on;
          case 'u' -> u = on;
          case 'x' -> x = on;
          case 'o' -> {
            if (i + 1 < arguments.size()) {
              switch (arguments.get(++i)) {
                case "errexit" -> e = on;
                case "nounset" -> u = on;
                case "xtrace" -> x = on;
                case "pipefail" -> p = on;
                default -> { }
              }
            }
          }
          default -> { }
        }
      }
    }
    return new ShellOptions(e, u, x, p);
  }
}
