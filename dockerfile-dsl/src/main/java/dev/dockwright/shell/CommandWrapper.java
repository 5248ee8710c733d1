package dev.dockwright.shell;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A program that runs another command given in its arguments, and where that command starts.
 *
 * <pre>{@code
 * // sudo -E DEBIAN_FRONTEND=noninteractive apt-get install -y curl
 * CommandWrapper.unwrap(sudoCommand);  // apt-get install -y curl, with the assignment DEBIAN_FRONTEND=...
 * }</pre>
 *
 * @param operandsBeforeCommand how many operands come before the command: the duration of {@code timeout}, the
 *     user of {@code gosu}, the directory of {@code chroot}
 * @param takesAssignments whether {@code NAME=value} words before the command set its environment ({@code env},
 *     {@code sudo})
 * @param optionsWithoutCommand options that make the operands something other than a command to run
 *     ({@code command -v apt-get} only looks it up)
 * @param moduleOption the option whose value names the program, with the rest of the words as its arguments
 *     ({@code python -m pip install})
 */
record CommandWrapper(int operandsBeforeCommand, boolean takesAssignments, Set<String> optionsWithoutCommand,
    String moduleOption) {

  private static final CommandWrapper PLAIN = new CommandWrapper(0, false, Set.of(), null);

  private static final Map<String, CommandWrapper> WRAPPERS = Map.ofEntries(
      Map.entry("sudo", new CommandWrapper(0, true,
          Set.of("-l", "--list", "-v", "--validate", "-e", "--edit", "-K", "--remove-timestamp", "-V", "--version"),
          null)),
      Map.entry("doas", PLAIN),
      Map.entry("env", new CommandWrapper(0, true, Set.of(), null)),
      Map.entry("exec", PLAIN),
      Map.entry("time", PLAIN),
      Map.entry("nice", PLAIN),
      Map.entry("nohup", PLAIN),
      Map.entry("xargs", PLAIN),
      Map.entry("command", new CommandWrapper(0, false, Set.of("-v", "-V"), null)),
      Map.entry("builtin", PLAIN),
      Map.entry("eatmydata", PLAIN),
      Map.entry("stdbuf", PLAIN),
      Map.entry("timeout", new CommandWrapper(1, false, Set.of(), null)),
      Map.entry("chroot", new CommandWrapper(1, false, Set.of(), null)),
      Map.entry("gosu", new CommandWrapper(1, false, Set.of(), null)),
      Map.entry("su-exec", new CommandWrapper(1, false, Set.of(), null)),
      Map.entry("python", new CommandWrapper(0, false, Set.of("-c"), "-m")));

  /** The command that {@code command} runs, when its program is a wrapper and a command follows its options. */
  static SimpleCommand unwrap(SimpleCommand command) {
    String program = OptionSyntax.versionless(command.programName());
    CommandWrapper wrapper = WRAPPERS.get(program);
    if (wrapper == null) {
      return null;
    }
    OptionSyntax syntax = OptionSyntax.forProgram(program);
    List<Word> arguments = command.arguments();
    List<Assignment> assignments = new ArrayList<>();
    int operandsToSkip = wrapper.operandsBeforeCommand();
    int i = 0;
    boolean optionsEnded = false;
    while (i < arguments.size()) {
      Word word = arguments.get(i);
      Optional<Assignment> assignment = wrapper.takesAssignments() ? Assignment.of(word) : Optional.empty();
      if (!optionsEnded && word.text().equals("--")) {
        optionsEnded = true;
        i++;
      } else if (!optionsEnded && OptionSyntax.isOption(word.text())) {
        if (word.text().equals(wrapper.moduleOption())) {
          // python -m pip install ...: the module is the program, the words after it its arguments.
          return i + 1 < arguments.size() ? command.runs(List.of(), arguments.subList(i + 1, arguments.size())) : null;
        }
        List<OptionSyntax.ParsedOption> options = new ArrayList<>();
        i += syntax.read(arguments, i, options);
        if (options.stream().anyMatch(option -> wrapper.optionsWithoutCommand().contains(option.name()))) {
          return null;
        }
      } else if (assignment.isPresent()) {
        assignments.add(assignment.get());
        i++;
      } else if (wrapper.moduleOption() != null) {
        return null; // python script.py runs a script, not a command
      } else if (operandsToSkip > 0) {
        operandsToSkip--;
        i++;
      } else {
        return command.runs(assignments, arguments.subList(i, arguments.size()));
      }
    }
    return null;
  }
}
