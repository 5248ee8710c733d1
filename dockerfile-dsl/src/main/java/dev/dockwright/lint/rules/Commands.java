package dev.dockwright.lint.rules;

import dev.dockwright.shell.Assignment;
import dev.dockwright.shell.ShellScript;
import dev.dockwright.shell.SimpleCommand;
import dev.dockwright.shell.Word;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What the shell rules ask of RUN commands, written once: which commands run a program with a subcommand
 * (through {@code sudo}, {@code env} and the other wrappers), the packages they name, and whether a script
 * deletes a directory or sets a variable.
 *
 * <pre>{@code
 * Commands.invocations(script, Set.of("apt-get"), Set.of("install"))   // every apt-get install
 * Commands.deletes(script, CacheDirectories.APT_LISTS)                  // rm -rf /var/lib/apt/lists/*
 * }</pre>
 */
final class Commands {
  private Commands() {}

  private static final Set<String> TRUTHY = Set.of("1", "true", "yes", "on");

  /**
   * The commands (innermost layers of wrapped ones) whose program is one of {@code programs} and whose
   * subcommand is one of {@code subcommands}, in source order.
   */
  static List<SimpleCommand> invocations(ShellScript script, Set<String> programs, Set<String> subcommands) {
    List<SimpleCommand> found = new ArrayList<>();
    for (SimpleCommand c : script.invocationsOf(programs.toArray(String[]::new))) {
      if (subcommands.contains(c.subcommand())) {
        found.add(c);
      }
    }
    return found;
  }

  /**
   * The {@code apt-get install} commands that install: not those that only simulate ({@code -s},
   * {@code --simulate}, {@code --dry-run}...) or only download ({@code -d}, {@code --download-only}).
   */
  static List<SimpleCommand> aptGetInstalls(ShellScript script) {
    List<SimpleCommand> found = new ArrayList<>();
    for (SimpleCommand c : invocations(script, Set.of("apt-get"), Set.of("install"))) {
      if (!c.hasOption("-s", "--simulate", "--just-print", "--dry-run", "--recon", "--no-act", "-d",
          "--download-only")) {
        found.add(c);
      }
    }
    return found;
  }

  /** The pip commands ({@code pip}, {@code pip3}, {@code pip3.12}, {@code python -m pip}) with this subcommand. */
  static List<SimpleCommand> pip(ShellScript script, String subcommand) {
    List<SimpleCommand> found = new ArrayList<>();
    for (SimpleCommand c : script.commands()) {
      for (SimpleCommand layer : c.layers()) {
        if (isPip(layer.programName()) && layer.subcommand().equals(subcommand)) {
          found.add(layer);
        }
      }
    }
    return found;
  }

  /** {@code pip}, {@code pip3}, {@code pip3.12}; not {@code pipx} or {@code pipenv}. */
  static boolean isPip(String program) {
    return program.startsWith("pip")
        && program.chars().skip(3).allMatch(c -> (c >= '0' && c <= '9') || c == '.');
  }

  /** The literal arguments after the subcommand (the packages); words with expansions are left out. */
  static List<Word> literalPackages(SimpleCommand command) {
    return command.argumentsAfterSubcommand().stream().filter(Word::isLiteral).toList();
  }

  /** The texts of words, joined with {@code ", "}. */
  static String texts(List<Word> words) {
    return String.join(", ", words.stream().map(Word::text).toList());
  }

  /**
   * Whether the script runs an {@code rm} of one of the manager's cache directories, a parent of it, or the
   * files in it ({@code rm -rf /var/lib/apt/lists/*}, {@code rm -rf ~/.cache/pip}, {@code rm -rf /root/.cache}).
   */
  static boolean deletes(ShellScript script, CacheDirectories cache) {
    for (SimpleCommand rm : script.invocationsOf("rm")) {
      for (Word w : rm.nonOptionArguments()) {
        Optional<String> path = deletedPath(w);
        if (path.isPresent() && (cache.covers(path.get())
            || cache.absolute().stream().anyMatch(dir -> path.get().startsWith(dir + "/")))) {
          return true;
        }
      }
    }
    return false;
  }

  // The directory an rm argument deletes or empties: "/var/lib/apt/lists/*" -> "/var/lib/apt/lists"; a leading
  // "~" or "$HOME" stands for a home directory (only the part under it matters to CacheDirectories).
  private static Optional<String> deletedPath(Word w) {
    String text = w.text();
    for (String home : List.of("~/", "$HOME/", "${HOME}/")) {
      if (text.startsWith(home)) {
        text = "/root/" + text.substring(home.length());
      }
    }
    if (text.indexOf('$') >= 0 || text.startsWith("~")) {
      return Optional.empty();
    }
    while (text.endsWith("*") || text.endsWith("/") && text.length() > 1) {
      text = text.substring(0, text.length() - 1);
    }
    return text.startsWith("/") ? Optional.of(text) : Optional.empty();
  }

  /**
   * Whether the script gives a variable a true value ({@code 1}, {@code true}, {@code yes}, {@code on}, in any
   * case) anywhere: as an assignment before a command or on its own, or through {@code export}.
   */
  static boolean setsTrue(ShellScript script, String variable) {
    for (SimpleCommand c : script.commands()) {
      for (SimpleCommand layer : c.layers()) {
        for (Assignment a : layer.assignments()) {
          if (a.name().equals(variable) && isTrue(a.value().text())) {
            return true;
          }
        }
        if (layer.programName().equals("export")) {
          for (Word w : layer.arguments()) {
            if (w.text().startsWith(variable + "=") && isTrue(w.text().substring(variable.length() + 1))) {
              return true;
            }
          }
        }
      }
    }
    return false;
  }

  /** Whether a value is a true one for the environment switches of package managers. */
  static boolean isTrue(String value) {
    return TRUTHY.contains(value.toLowerCase(java.util.Locale.ROOT));
  }

  /** The values the command's layers give to a variable in their assignments ({@code PIP_CACHE_DIR=/c pip}). */
  static List<String> assigned(SimpleCommand command, String variable) {
    List<String> values = new ArrayList<>();
    for (Assignment a : command.assignments()) {
      if (a.name().equals(variable)) {
        values.add(a.value().text());
      }
    }
    return values;
  }
}
