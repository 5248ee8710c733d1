package dev.dockwright.shell;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A shell script read for its structure: the text of a shell-form {@code RUN} (after its continuation lines were
 * joined) or of a {@code RUN} heredoc, as {@code /bin/sh} would read it.
 *
 * <pre>{@code
 * ShellScript script = ShellScript.parse("""
 *     set -eux; apt-get update; \
 *     apt-get install -y --no-install-recommends ca-certificates curl; \
 *     rm -rf /var/lib/apt/lists/*""");
 * for (SimpleCommand install : script.invocationsOf("apt-get")) {
 *   if (install.subcommand().equals("install") && !install.hasOption("-y", "--yes", "--assume-yes")) {
 *     // DL3014 at install.start()..install.end()
 *   }
 * }
 * script.commands().get(3).programName();  // rm
 * script.problems();                       // []
 * }</pre>
 *
 * <p>The reader follows POSIX sh, with the bash additions that Dockerfiles use: {@code [[ ]]}, {@code $'...'},
 * {@code <( )}, {@code &>}, {@code |&}, {@code function}, arrays. It reads through every compound command
 * ({@code if}, {@code for}, {@code while}, {@code until}, {@code case}, subshells, groups, functions) and into
 * command substitutions, and skips here-document bodies. It never throws for any text: what it cannot read is
 * reported in {@link #problems()} and reading goes on after it.
 *
 * <p>Known limits: aliases and {@code eval} or {@code sh -c "..."} strings are not read as commands; commands in
 * {@code $(...)} inside an unquoted here-document body or inside arithmetic are not found;
 * bash's {@code ((...))} command reads as two nested subshells, and {@code $((} always starts arithmetic; inside
 * backquotes, {@code \$} and {@code \\} are read as outside them; brace expansion ({@code {a,b}}) is not flagged as
 * a glob; inside {@code [[ ]]}, operators and parentheses are words of their own, so a regular expression after
 * {@code =~} comes in pieces. The structure of compound commands is not kept beyond each simple command's
 * {@link SimpleCommand#enclosures()}, and redirections of a compound command ({@code { ...; } > log}) are read but
 * not reported.
 */
public final class ShellScript {

  private final String text;
  private final List<SimpleCommand> commands;
  private final List<Pipeline> pipelines;
  private final List<Comment> comments;
  private final List<ShellProblem> problems;

  ShellScript(String text, List<SimpleCommand> commands, List<Pipeline> pipelines, List<Comment> comments,
      List<ShellProblem> problems) {
    this.text = text;
    this.commands = List.copyOf(commands);
    this.pipelines = List.copyOf(pipelines);
    this.comments = List.copyOf(comments);
    this.problems = List.copyOf(problems);
  }

  /**
   * Reads {@code text} as a script that starts with no shell option set ({@code /bin/sh -c}).
   *
   * @param text the script, as {@code /bin/sh -c} gets it: {@code "apt-get update && apt-get install -y curl"};
   *     line continuations ({@code \} and a line break) may remain
   * @return the script read; an empty or blank text gives a script with no command and no problem
   * @throws NullPointerException if {@code text} is null; nothing else is thrown
   */
  public static ShellScript parse(String text) {
    return parse(text, ShellOptions.NONE);
  }

  /**
   * Reads {@code text} as a script whose shell starts with {@code initialOptions}, such as those of a
   * {@code SHELL} instruction ({@link ShellOptions#ofShellInstruction}). Time and memory grow linearly with the text.
   *
   * @param text the script: {@code "curl -fsSL $URL | sh"}
   * @param initialOptions the options the shell starts with: {@link ShellOptions#NONE} for {@code /bin/sh -c}
   * @return the script read; its commands' {@link SimpleCommand#options()} start from {@code initialOptions}
   * @throws NullPointerException if an argument is null; nothing else is thrown
   */
  public static ShellScript parse(String text, ShellOptions initialOptions) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(initialOptions, "initialOptions");
    return new ShellReader(text, initialOptions).read();
  }

  /**
   * The text that was read.
   *
   * @return the text given to {@code parse}, unchanged; the offsets of commands and words index into it
   */
  public String text() {
    return text;
  }

  /**
   * Every simple command in the order they start in the text, nested ones included: the commands of
   * {@code x="$(apt-mark showmanual)"} are the assignment {@code x=...} and then {@code apt-mark showmanual}.
   * Wrapped commands are reached through {@link SimpleCommand#wrapped()}, not listed here.
   *
   * @return the commands, an unmodifiable list; empty for a script with no command, such as a comment alone
   */
  public List<SimpleCommand> commands() {
    return commands;
  }

  /**
   * The commands, or the wrapped layers of commands, whose program is one of {@code programNames}, in source
   * order: {@code invocationsOf("apt-get")} finds {@code apt-get} in {@code sudo apt-get install} too.
   *
   * @param programNames base names of programs, as {@link SimpleCommand#programName()} gives them: {@code apt-get},
   *     not {@code /usr/bin/apt-get}; none gives an empty list
   * @return the matching commands or layers, the inner layer for a wrapped program; empty when none matches
   * @throws NullPointerException if a name is null
   * @throws IllegalArgumentException if a name is given twice
   */
  public List<SimpleCommand> invocationsOf(String... programNames) {
    Set<String> names = Set.of(programNames);
    return commands.stream()
        .flatMap(command -> command.layers().stream())
        .filter(layer -> names.contains(layer.programName()))
        .toList();
  }

  /**
   * The pipelines of two commands or more (one {@code |} at least), in the order they start; each tells the
   * options in effect when it starts, {@code pipefail} among them.
   *
   * @return the pipelines of length 2 or more, an unmodifiable list; empty when no {@code |} joins commands
   */
  public List<Pipeline> pipelines() {
    return pipelines;
  }

  /**
   * The comments, in order.
   *
   * @return the comments, each a {@code #} that starts a word to the end of its line; a {@code #} inside a word
   *     ({@code a#b}) or in quotes is none; empty when there is none
   */
  public List<Comment> comments() {
    return comments;
  }

  /**
   * What could not be read, in the order found.
   *
   * @return the problems, {@code [ShellProblem[message=unterminated single quote, offset=5]]} for
   *     {@code echo 'oops}; empty for a well-formed script
   */
  public List<ShellProblem> problems() {
    return problems;
  }

  /**
   * Whether anything could not be read.
   *
   * @return true when {@link #problems()} is not empty
   */
  public boolean hasProblems() {
    return !problems.isEmpty();
  }

  /** The text that was read. */
  @Override
  public String toString() {
    return text;
  }
}
