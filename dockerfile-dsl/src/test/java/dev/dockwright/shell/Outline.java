package dev.dockwright.shell;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A one-line-per-command view of a script for exact assertions in text blocks:
 * {@code start-end NAME=value program [arguments] redirections -> connector flags}.
 *
 * <pre>{@code
 * 0-8 set [-eux] -> ;
 * 10-24 apt-get [update] -> &&
 * 28-47 rm [-rf, /var/lib/apt/lists/*] -> end conditional
 * }</pre>
 *
 * <p>Words show their {@link Word#text()}; redirections show the descriptor, the operator and the target's text;
 * the flags are {@code conditional}, {@code in} and the enclosures, and {@code pipe i/n} for a command at position
 * i of a pipeline of n.
 */
final class Outline {

  private Outline() {}

  static String of(ShellScript script) {
    return script.commands().stream().map(Outline::of).collect(Collectors.joining("\n", "", "\n"));
  }

  static String of(SimpleCommand command) {
    StringBuilder line = new StringBuilder().append(command.start()).append('-').append(command.end());
    for (Assignment assignment : command.assignments()) {
      line.append(' ').append(assignment.name()).append('=').append(assignment.value().text());
    }
    if (!command.words().isEmpty()) {
      line.append(' ').append(command.words().get(0).text()).append(' ').append(texts(command.arguments()));
    }
    for (Redirection redirection : command.redirections()) {
      line.append(' ').append(redirection.fd()).append(redirection.operator()).append(redirection.target().text());
    }
    line.append(" -> ").append(switch (command.next()) {
      case NEWLINE -> "\\n";
      case END -> "end";
      default -> command.next().symbol();
    });
    if (command.isConditional()) {
      line.append(" conditional");
    }
    if (!command.enclosures().isEmpty()) {
      line.append(" in ").append(command.enclosures().stream().map(Enum::name).collect(Collectors.joining("/")));
    }
    if (command.pipeline().length() > 1) {
      line.append(" pipe ").append(command.pipelineIndex() + 1).append('/').append(command.pipeline().length());
    }
    return line.toString();
  }

  static List<String> texts(List<Word> words) {
    return words.stream().map(Word::text).toList();
  }
}
