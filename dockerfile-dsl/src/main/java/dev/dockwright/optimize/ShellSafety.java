package dev.dockwright.optimize;

import dev.dockwright.model.Element;
import dev.dockwright.model.ShellInstruction;
import dev.dockwright.model.Stage;
import dev.dockwright.shell.Connector;
import dev.dockwright.shell.Enclosure;
import dev.dockwright.shell.ShellScript;
import dev.dockwright.shell.SimpleCommand;
import java.util.List;
import java.util.Set;

/** What passes must know about shell text before they join or rewrite it. */
final class ShellSafety {
  private ShellSafety() {}

  // Commands whose effect outlives them in the same shell: joining a later command to them changes it.
  private static final Set<String> STATEFUL = Set.of(
      "cd", "pushd", "popd", "export", "set", "source", ".", "alias", "unalias", "umask", "unset", "shopt",
      "exec", "ulimit", "trap", "eval", "exit", "return", "readonly", "declare", "typeset", "local", "hash",
      "shift", "builtin", "enable", "function");

  private static final Set<String> POSIX_SHELLS = Set.of("sh", "bash", "ash", "dash", "zsh", "ksh", "mksh");

  /** Whether the stage runs shell-form commands with a POSIX shell up to {@code upTo} (no foreign SHELL). */
  static boolean posixShell(Stage stage, Element upTo, char escape) {
    if (escape != '\\') {
      return false; // a backtick escape means a Windows image, where the shell is cmd or PowerShell
    }
    for (Element e : stage.body()) {
      if (e == upTo) {
        break;
      }
      if (e instanceof ShellInstruction s) {
        String exe = s.shell().get(0);
        String name = exe.substring(exe.lastIndexOf('/') + 1);
        if (!POSIX_SHELLS.contains(name)) {
          return false;
        }
      }
    }
    return true;
  }

  /**
   * Whether more commands may be appended to this script with {@code &&} without changing what it does: it
   * reads cleanly, has no comment (which would swallow what follows), runs nothing in the background, and
   * changes no shell state (directory, variables, options, traps) that the appended commands would see.
   */
  static boolean canBeFollowed(ShellScript script) {
    if (script.hasProblems() || !script.comments().isEmpty() || script.text().contains("\n")) {
      return false;
    }
    for (SimpleCommand c : script.commands()) {
      if (c.next() == Connector.BACKGROUND) {
        return false;
      }
      if (c.program().isEmpty() && !c.assignments().isEmpty()) {
        return false; // FOO=bar alone sets a shell variable
      }
      for (SimpleCommand layer : c.layers()) {
        if (STATEFUL.contains(layer.programName())) {
          return false;
        }
      }
    }
    return true;
  }

  /**
   * Whether this script can be appended after {@code &&} and still run only when everything before
   * succeeded: its top level is one {@code &&} chain (pipelines allowed), without {@code ;}, {@code ||},
   * newlines or background jobs that would run its tail regardless.
   */
  static boolean canFollow(ShellScript script) {
    if (script.hasProblems() || !script.comments().isEmpty() || script.text().contains("\n")) {
      return false;
    }
    for (SimpleCommand c : script.commands()) {
      if (insideSubstitution(c.enclosures())) {
        continue;
      }
      Connector next = c.next();
      if (next != Connector.AND && next != Connector.PIPE && next != Connector.END) {
        return false;
      }
    }
    return true;
  }

  private static boolean insideSubstitution(List<Enclosure> enclosures) {
    return enclosures.contains(Enclosure.COMMAND_SUBSTITUTION) || enclosures.contains(Enclosure.PROCESS_SUBSTITUTION);
  }
}
