package dev.dockwright.shell;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One simple command of a script: assignments, a program, its arguments and its redirections, with where it stands
 * in the text and in the script's structure.
 *
 * <pre>{@code
 * SimpleCommand install = ShellScript.parse(
 *     "DEBIAN_FRONTEND=noninteractive sudo apt-get -qqy install --no-install-recommends curl=7.88.1-10 > /dev/null")
 *     .commands().get(0);
 * install.programName();                    // sudo
 * install.invokes("sudo");                  // true
 * SimpleCommand aptGet = install.unwrapped();
 * aptGet.programName();                     // apt-get
 * aptGet.subcommand();                      // install
 * aptGet.hasOption("-y", "--yes");          // true: apt-get reads -qqy as -q -q -y
 * aptGet.argumentsAfterSubcommand();        // [curl=7.88.1-10]
 * install.redirections().get(0).target();   // /dev/null
 * }</pre>
 *
 * <h2>Options</h2>
 * {@link #hasOption}, {@link #optionValues}, {@link #nonOptionArguments} and {@link #subcommand} read the arguments
 * the way the program does, as far as a table of well-known programs tells:
 * <ul>
 *   <li>Short options bundle ({@code -qqy} is {@code -q -q -y}, {@code -fsSLo x} ends with {@code -o x}) for
 *   apt-get, apt, apk, pip, dnf/yum, wget, curl, tar, useradd, sh/bash, git, make, and for every program not in the
 *   table. They do not bundle for npm, yarn, pnpm, go and find, whose single-dash options are whole words
 *   ({@code go build -ldflags ...}); ask for those as written.</li>
 *   <li>Options may follow operands ({@code apt-get install -y curl}), except for the programs that run a command,
 *   whose options end at the first operand ({@code sudo -E apt-get -y}: {@code -y} is apt-get's).</li>
 *   <li>Options known to take a value take the next word ({@code apt-get -o Acquire::Retries=3 install}: the value is
 *   no operand) or the rest of a bundle ({@code wget -qO- URL}: {@code -O} has the value {@code -}); long options
 *   take {@code --name=value} always, and the next word when known to take a value.</li>
 *   <li>{@code --} ends the options. Long options are not matched by abbreviation.</li>
 * </ul>
 *
 * <h2>Wrappers</h2>
 * {@link #wrapped()} is the command that a wrapper runs: {@code sudo}, {@code doas}, {@code env},
 * {@code exec}, {@code time}, {@code nice}, {@code nohup}, {@code xargs}, {@code command} (not with {@code -v} or
 * {@code -V}), {@code builtin}, {@code eatmydata}, {@code stdbuf}, {@code timeout DURATION}, {@code chroot DIR},
 * {@code gosu USER}, {@code su-exec USER}, and {@code python -m MODULE} (whose layer has the module as its program).
 * {@code env} and {@code sudo} take {@code NAME=value} words, which become the inner layer's assignments.
 */
public final class SimpleCommand {

  /** Where a command stands in the script; shared by all the layers of a wrapped command. */
  record Placement(Connector next, List<Enclosure> enclosures, boolean conditional, Pipeline pipeline,
      int pipelineIndex, ShellOptions options) {}

  private final String script;
  private final int start;
  private final int end;
  private final List<Assignment> assignments;
  private final List<Word> words;
  private final List<Redirection> redirections;
  private final Placement placement;
  /** Set once, while the script is being built; never changed afterwards. */
  private SimpleCommand wrapped;

  private SimpleCommand(String script, int start, int end, List<Assignment> assignments, List<Word> words,
      List<Redirection> redirections, Placement placement) {
    this.script = script;
    this.start = start;
    this.end = end;
    this.assignments = assignments;
    this.words = words;
    this.redirections = redirections;
    this.placement = placement;
  }

  /** A command read from {@code script}, with the layers of its wrappers resolved. */
  static SimpleCommand of(String script, int start, int end, List<Assignment> assignments, List<Word> words,
      List<Redirection> redirections, Placement placement) {
    SimpleCommand command = new SimpleCommand(script, start, end, List.copyOf(assignments), List.copyOf(words),
        List.copyOf(redirections), placement);
    // A loop, not recursion: "sudo sudo sudo ..." must not grow the stack.
    for (SimpleCommand layer = command, inner; (inner = CommandWrapper.unwrap(layer)) != null; layer = inner) {
      layer.wrapped = inner;
    }
    return command;
  }

  /**
   * The layer of this command that runs {@code words} (a sub-list of its own) with {@code assignments}; it starts
   * at its first assignment or word.
   */
  SimpleCommand runs(List<Assignment> assignments, List<Word> words) {
    int start = assignments.isEmpty() ? words.get(0).start() : assignments.get(0).start();
    return new SimpleCommand(script, start, end, List.copyOf(assignments), words, redirections, placement);
  }

  /**
   * Offset of the first character of the command in the script text.
   *
   * @return 0 for the first command of {@code "apt-get update"}; the offset of its first assignment, or of its program
   *     when it has none
   */
  public int start() {
    return start;
  }

  /**
   * Offset just after the last word or redirection of the command (its heredoc bodies are not included).
   *
   * @return an offset into {@link ShellScript#text()}, not before {@link #start()}
   */
  public int end() {
    return end;
  }

  /**
   * The command as written: the script text from {@link #start()} to {@link #end()}.
   *
   * @return {@code apt-get install -y curl > /dev/null}, quotes and line continuations kept
   */
  public String source() {
    return script.substring(start, end);
  }

  /**
   * The {@code NAME=value} words before the program, in order.
   *
   * @return {@code [DEBIAN_FRONTEND=noninteractive]} for {@code DEBIAN_FRONTEND=noninteractive apt-get ...}; empty when
   *     the command starts with its program
   */
  public List<Assignment> assignments() {
    return assignments;
  }

  /**
   * The program and its arguments; empty when the command only assigns or redirects.
   *
   * @return the words without the assignments before the program and without the redirections: {@code [tar, -xzf,
   *     x.tgz]} for {@code tar -xzf x.tgz 2> /dev/null}
   */
  public List<Word> words() {
    return words;
  }

  /**
   * The first word, when there is one.
   *
   * @return the program as written, {@code /usr/bin/apt-get} or {@code "$CC"}; empty for {@code A=b} or {@code > file}
   */
  public Optional<Word> program() {
    return words.isEmpty() ? Optional.empty() : Optional.of(words.get(0));
  }

  /**
   * The base name of the program: {@code apt-get} for {@code /usr/bin/apt-get}, {@code configure} for
   * {@code ./configure}; quotes are removed and expansions kept ({@code $CC}); empty when there is no program.
   *
   * @return the text of the first word after its last {@code /}; {@code ""} when there is no program
   */
  public String programName() {
    if (words.isEmpty()) {
      return "";
    }
    String text = words.get(0).text();
    return text.substring(text.lastIndexOf('/') + 1);
  }

  /**
   * The words after the program.
   *
   * @return {@code [-xzf, x.tgz]} for {@code tar -xzf x.tgz}; empty when there is no program or no argument
   */
  public List<Word> arguments() {
    return words.isEmpty() ? List.of() : words.subList(1, words.size());
  }

  /**
   * The redirections, in order, wherever they stand among the words.
   *
   * @return two for {@code apt-mark auto > /dev/null 2>&1}, {@code >} then {@code 2>&1}; empty when there is none
   */
  public List<Redirection> redirections() {
    return redirections;
  }

  /**
   * What follows the command.
   *
   * @return {@link Connector#AND} for {@code apt-get update} in {@code apt-get update && apt-get upgrade},
   *     {@link Connector#END} for the last command of the script
   */
  public Connector next() {
    return placement.next();
  }

  /**
   * The constructs the command stands inside, the outermost first; empty at the top level of the script.
   *
   * @return {@code [IF_BRANCH, SUBSHELL]} for {@code rm} in {@code if [ -d /x ]; then (cd /x && rm -rf build); fi}
   */
  public List<Enclosure> enclosures() {
    return placement.enclosures();
  }

  /**
   * Whether the command might not run when the script runs: it follows {@code &&} or {@code ||} in its list, or
   * stands in an {@code if} branch, a loop body, a {@code case} branch or a function body, or inside a command that
   * is conditional itself. The conditions of {@code if}, {@code while} and {@code until} always run, so they are
   * not conditional for that.
   *
   * @return false for {@code apt-get update} in {@code apt-get update && apt-get upgrade}, true for
   *     {@code apt-get upgrade}
   */
  public boolean isConditional() {
    return placement.conditional();
  }

  /**
   * The {@code |} chain the command is part of.
   *
   * @return the pipeline; of length 1 when the command is joined to no other by {@code |}
   */
  public Pipeline pipeline() {
    return placement.pipeline();
  }

  /**
   * The position of the command in its {@link #pipeline()}: 0 for the first.
   *
   * @return 1 for {@code tar} in {@code curl -fsSL $URL | tar -xz}; 0 for a command that stands alone
   */
  public int pipelineIndex() {
    return placement.pipelineIndex();
  }

  /**
   * The shell options in effect when the command starts: those the script was parsed with, changed by the
   * {@code set} commands that ran before it in the same shell (not those in a subshell, a command substitution or
   * a part of a multi-command pipeline, which end with it). {@code set} in a branch counts as if the branch ran.
   *
   * @return the options; {@code errexit()} is true for {@code make} in {@code set -e; make}
   */
  public ShellOptions options() {
    return placement.options();
  }

  /**
   * The command this one runs, when its program is a wrapper: {@code apt-get ...} for {@code sudo apt-get ...}.
   *
   * @return the inner layer, which has its own program, arguments and assignments and shares this command's end,
   *     redirections and placement; empty when the program is no wrapper or runs no command
   *     ({@code command -v apt-get}, a bare {@code sudo})
   */
  public Optional<SimpleCommand> wrapped() {
    return Optional.ofNullable(wrapped);
  }

  /**
   * The innermost command: this one unless it is a wrapper. {@code sudo env A=b apt-get} gives {@code apt-get}.
   *
   * @return the last of {@link #layers()}; never null
   */
  public SimpleCommand unwrapped() {
    SimpleCommand layer = this;
    while (layer.wrapped != null) {
      layer = layer.wrapped;
    }
    return layer;
  }

  /**
   * This command and the commands it wraps, the outermost first.
   *
   * @return {@code [sudo apt-get install curl, apt-get install curl]} for {@code sudo apt-get install curl}; a list of
   *     one, this command, when it wraps nothing
   */
  public List<SimpleCommand> layers() {
    List<SimpleCommand> layers = new ArrayList<>();
    for (SimpleCommand layer = this; layer != null; layer = layer.wrapped) {
      layers.add(layer);
    }
    return List.copyOf(layers);
  }

  /**
   * Whether any layer of the command has one of these program names: {@code invokes("sudo")}.
   *
   * @param programNames base names of programs: {@code sudo}, {@code apt-get}; none gives false
   * @return true when {@link #programName()} of this command or of a command it wraps is among the names
   */
  public boolean invokes(String... programNames) {
    Set<String> names = Set.of(programNames);
    return layers().stream().anyMatch(layer -> names.contains(layer.programName()));
  }

  /**
   * Whether an argument is one of these options: long ones ({@code --yes}, also matching {@code --yes=...}) and
   * short ones ({@code -y}, also found inside a bundle such as {@code -qqy} when the program bundles; see the class
   * documentation: ask for one letter at a time). Values of options are never taken for options.
   *
   * @param names options as written, dashes included: {@code "-y", "--yes", "--assume-yes"}; none gives false
   * @return true when the arguments, read as the program reads them, hold one of the options
   */
  public boolean hasOption(String... names) {
    Set<String> wanted = Set.of(names);
    return scan().options().stream().anyMatch(option -> wanted.contains(option.name()));
  }

  /**
   * How many times any of these options is given: 2 for {@code -q} in {@code apt-get -qq install} or in
   * {@code apt-get -q -q install}. Counted as {@link #hasOption} finds them.
   *
   * @param names options as written, dashes included: {@code "-q", "--quiet"}
   * @return the number of times, 0 when none is given
   */
  public int optionCount(String... names) {
    Set<String> wanted = Set.of(names);
    return (int) scan().options().stream().filter(option -> wanted.contains(option.name())).count();
  }

  /**
   * The values given to any of these options, in order: {@code wget -qO- URL} has {@code ["-"]} for {@code -O};
   * {@code --output-document=x} has {@code ["x"]}. An option given without its value is left out.
   *
   * @param names options as written, dashes included: {@code "-O", "--output-document"}
   * @return the values as strings, quotes removed and expansions kept; empty when none of the options is given
   */
  public List<String> optionValues(String... names) {
    Set<String> wanted = Set.of(names);
    return scan().options().stream()
        .filter(option -> wanted.contains(option.name()) && option.value() != null)
        .map(OptionSyntax.ParsedOption::value)
        .toList();
  }

  /**
   * The arguments that are neither options nor their values: {@code [install, curl]} for apt-get.
   *
   * @return the operands in order, {@code [install, curl]} for {@code apt-get -o Acquire::Retries=3 install -y curl};
   *     empty when every argument is an option
   */
  public List<Word> nonOptionArguments() {
    return scan().operands();
  }

  /**
   * The first non-option argument, without quotes: {@code install} for {@code apt-get -y install curl}, {@code ci}
   * for {@code npm ci}; empty when there is none.
   *
   * @return the text of the first of {@link #nonOptionArguments()}, or {@code ""}
   */
  public String subcommand() {
    List<Word> operands = nonOptionArguments();
    return operands.isEmpty() ? "" : operands.get(0).text();
  }

  /**
   * The non-option arguments after the {@link #subcommand()}: the packages of {@code apt-get install}.
   *
   * @return {@code [curl=7.88.1-10]} for {@code apt-get install -y curl=7.88.1-10}; empty when there is no
   *     subcommand or nothing after it
   */
  public List<Word> argumentsAfterSubcommand() {
    List<Word> operands = nonOptionArguments();
    return operands.isEmpty() ? List.of() : operands.subList(1, operands.size());
  }

  private OptionSyntax.ArgumentScan scan() {
    return OptionSyntax.forProgram(programName()).scan(arguments());
  }

  /** The command as written. */
  @Override
  public String toString() {
    return source();
  }
}
