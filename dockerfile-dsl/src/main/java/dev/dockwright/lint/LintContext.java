package dev.dockwright.lint;

import dev.dockwright.model.BuilderTarget;
import dev.dockwright.model.Dockerfile;
import dev.dockwright.model.Element;
import dev.dockwright.model.Instruction;
import dev.dockwright.model.OnBuildInstruction;
import dev.dockwright.model.RunInstruction;
import dev.dockwright.model.ShellCommand;
import dev.dockwright.model.ShellInstruction;
import dev.dockwright.model.SourcePosition;
import dev.dockwright.model.SourceSpan;
import dev.dockwright.model.Stage;
import dev.dockwright.parser.syntax.SyntaxTree;
import dev.dockwright.shell.ShellOptions;
import dev.dockwright.shell.ShellScript;
import dev.dockwright.shell.SimpleCommand;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a rule sees of the file being linted: the model, its stages and instructions in order, the
 * BuildKit-level syntax of each instruction (for casing and layout checks), RUN commands read as shell, and
 * where to report. The linter makes one per file; each {@code report} call adds a finding of the rule that is
 * running.
 *
 * <pre>{@code
 * for (RunInstruction run : context.instructions(RunInstruction.class)) {
 *   for (SimpleCommand c : context.shell(run).invocationsOf("apt-get")) {
 *     context.report(run, c, "...");
 *   }
 * }
 * }</pre>
 */
public final class LintContext {
  private final Dockerfile file;
  private final String fileName;
  private final BuilderTarget target;
  private final Path contextDirectory;
  private final SyntaxTree tree;
  private final Map<Integer, dev.dockwright.parser.syntax.Instruction> syntaxByOffset = new HashMap<>();
  private final IdentityHashMap<Object, Stage> stageOf = new IdentityHashMap<>();
  private final IdentityHashMap<RunInstruction, ShellRead> shells = new IdentityHashMap<>();
  private final List<Instruction> instructions = new ArrayList<>();
  private final List<Finding> findings = new ArrayList<>();
  private RuleInfo rule;

  LintContext(Dockerfile file, String fileName, SyntaxTree tree, BuilderTarget target, Path contextDirectory) {
    this.file = file;
    this.fileName = fileName;
    this.tree = tree;
    this.target = target;
    this.contextDirectory = contextDirectory;
    for (dev.dockwright.parser.syntax.Instruction in : tree.instructions()) {
      syntaxByOffset.put(in.span().startOffset(), in);
    }
    for (Element e : file.header()) {
      if (e instanceof Instruction i) {
        instructions.add(i);
      }
    }
    for (Stage stage : file.stages()) {
      instructions.add(stage.from());
      stageOf.put(stage.from(), stage);
      for (Element e : stage.body()) {
        stageOf.put(e, stage);
        if (e instanceof Instruction i) {
          instructions.add(i);
        }
      }
    }
  }

  void startRule(RuleInfo rule) {
    this.rule = rule;
  }

  List<Finding> findings() {
    return findings;
  }

  /**
   * The file being linted.
   *
   * @return the model, as parsed (or as built, for a model without source)
   */
  public Dockerfile file() {
    return file;
  }

  /**
   * The name findings carry.
   *
   * @return the file name given to the linter, such as {@code Dockerfile}
   */
  public String fileName() {
    return fileName;
  }

  /**
   * The builder the file is linted for: rules about syntax a builder refuses report only for that builder.
   *
   * @return {@link LintOptions#target()}
   */
  public BuilderTarget target() {
    return target;
  }

  /**
   * The build context directory, when the options name one (see {@link LintOptions#withContext}).
   *
   * @return the directory, or empty: rules that need it then report nothing
   */
  public Optional<Path> contextDirectory() {
    return Optional.ofNullable(contextDirectory);
  }

  /**
   * The BuildKit-level syntax tree of the file, for checks on what the model does not keep (keyword casing,
   * continuation lines, flags as written).
   *
   * @return the lossless tree of the linted text
   */
  public SyntaxTree syntaxTree() {
    return tree;
  }

  /**
   * Every instruction in file order: global ARGs, then each stage's FROM and body (ONBUILD triggers not
   * included).
   *
   * @return the context's own list, which rules read and must not change
   */
  public List<Instruction> instructions() {
    return instructions;
  }

  /**
   * The instructions of one kind, in file order (ONBUILD triggers not included).
   *
   * @param <T> the instruction type
   * @param kind such as {@code RunInstruction.class}
   * @return a new unmodifiable list; empty when the file has none
   */
  public <T extends Instruction> List<T> instructions(Class<T> kind) {
    return instructions.stream().filter(kind::isInstance).map(kind::cast).toList();
  }

  /**
   * The stage an element belongs to.
   *
   * @param element an instruction or comment of the file, a stage's FROM included
   * @return the stage; empty for global ARGs, for comments before a FROM, and for an element not in the file
   */
  public Optional<Stage> stageOf(Element element) {
    return Optional.ofNullable(stageOf.get(element));
  }

  /**
   * The instruction as BuildKit's parser read it (keyword casing, flags as written, layout).
   *
   * @param element an instruction of the file
   * @return the syntax-level instruction; empty for an element without source
   */
  public Optional<dev.dockwright.parser.syntax.Instruction> syntaxOf(Element element) {
    return file.sourceOf(element).map(s -> syntaxByOffset.get(s.startOffset()));
  }

  /**
   * Where an element starts and ends.
   *
   * @param element an element of the file
   * @return its span; for an element with no source, an empty span at line 1, column 1
   */
  public SourceSpan spanOf(Element element) {
    return file.sourceOf(element).orElse(new SourceSpan("", new SourcePosition(1, 1), new SourcePosition(1, 1), 0, 0));
  }

  /**
   * The shell commands of a shell-form RUN, read as shell: the command line, with its here-documents as the
   * shell sees them, followed by the bodies that run as scripts: that of {@code RUN <<EOF} (a command line of
   * heredoc markers only, unless the body starts with a shebang of another interpreter) and that of a shell
   * reading it ({@code RUN <<EOF bash}, {@code RUN bash -e <<EOF}). The body of any other heredoc is data
   * ({@code RUN <<EOF cat > /etc/motd}) and holds no commands. The shell options start from the stage's SHELL
   * (so {@code SHELL ["/bin/bash", "-o", "pipefail", "-c"]} counts as pipefail). Read once per RUN and kept.
   *
   * @param run a RUN of the file
   * @return the script; one without commands for an exec-form RUN
   */
  public ShellScript shell(RunInstruction run) {
    return read(run).script();
  }

  /** A RUN read as shell: the script, and the offsets in its text where script bodies of heredocs start. */
  private record ShellRead(ShellScript script, List<Integer> bodyStarts, List<Integer> bodyIndexes) {}

  private static final java.util.Set<String> SHELLS = java.util.Set.of("sh", "bash", "ash", "dash", "zsh", "ksh");

  private ShellRead read(RunInstruction run) {
    return shells.computeIfAbsent(run, r -> {
      if (!(r.command() instanceof ShellCommand shell)) {
        return new ShellRead(ShellScript.parse(""), List.of(), List.of());
      }
      ShellOptions options = shellOptions(r);
      List<dev.dockwright.model.Heredoc> heredocs = shell.heredocs();
      StringBuilder text = new StringBuilder(shell.commandLine());
      if (heredocs.isEmpty()) {
        return new ShellRead(ShellScript.parse(text.toString(), options), List.of(), List.of());
      }
      // The command line with its here-documents in place, as a shell reads them.
      text.append('\n');
      for (var h : heredocs) {
        text.append(h.content()).append(h.delimiter()).append('\n');
      }
      ShellScript withHeredocs = ShellScript.parse(text.toString(), options);
      int index = 0;
      List<Integer> scripts = new ArrayList<>();
      for (SimpleCommand c : withHeredocs.commands()) {
        SimpleCommand inner = c.unwrapped();
        boolean runsScript = c.words().isEmpty()
            || SHELLS.contains(inner.programName()) && !inner.hasOption("-c");
        for (var redirection : c.redirections()) {
          if (redirection.hereDocument().isPresent() && index < heredocs.size()) {
            String content = heredocs.get(index).content();
            boolean otherInterpreter = c.words().isEmpty() && content.startsWith("#!")
                && !SHELLS.contains(shebangProgram(content));
            if (runsScript && !otherInterpreter && redirection.fd() == 0) {
              scripts.add(index);
            }
            index++;
          }
        }
      }
      if (scripts.isEmpty()) {
        return new ShellRead(withHeredocs, List.of(), List.of());
      }
      List<Integer> starts = new ArrayList<>();
      for (int i : scripts) {
        starts.add(text.length());
        text.append(heredocs.get(i).content());
      }
      return new ShellRead(ShellScript.parse(text.toString(), options), starts, scripts);
    });
  }

  // "#!/usr/bin/env python3" -> python3; "#!/bin/bash -e" -> bash
  private static String shebangProgram(String content) {
    int end = content.indexOf('\n');
    String[] words = content.substring(2, end < 0 ? content.length() : end).trim().split("\\s+");
    String program = words[0].substring(words[0].lastIndexOf('/') + 1);
    return program.equals("env") && words.length > 1 ? words[words.length - 1] : program;
  }

  private ShellOptions shellOptions(RunInstruction run) {
    ShellOptions options = ShellOptions.NONE;
    Optional<Stage> stage = stageOf(run);
    if (stage.isEmpty()) {
      return options;
    }
    for (Element e : stage.get().body()) {
      if (e == run) {
        break;
      }
      if (e instanceof ShellInstruction s) {
        options = ShellOptions.ofShellInstruction(s.shell());
      }
    }
    return options;
  }

  /**
   * Reports a finding of the running rule over an element, with all the rule's aliases.
   *
   * @param at the instruction (or comment) the finding is about; its span is the finding's
   * @param message what is wrong, in one line
   */
  public void report(Element at, String message) {
    SourceSpan span = spanOf(at);
    add(span.start(), span.end(), message);
  }

  /**
   * Reports a finding that names one particular alias of the running rule, for a BuildKit check that is
   * several hadolint rules (MultipleInstructionsDisallowed is DL4003 for CMD, DL4004 for ENTRYPOINT).
   *
   * @param at the instruction the finding is about; its span is the finding's
   * @param message what is wrong, in one line
   * @param alias the one alias the finding carries, such as {@code DL4004}
   */
  public void report(Element at, String message, String alias) {
    SourceSpan span = spanOf(at);
    findings.add(new Finding(rule.id(), List.of(alias), rule.severity(), message, fileName, span.start(), span.end()));
  }

  /**
   * Reports a finding of the running rule between two positions, with all the rule's aliases.
   *
   * @param start where the finding starts
   * @param end where it ends, at or after {@code start}
   * @param message what is wrong, in one line
   */
  public void report(SourcePosition start, SourcePosition end, String message) {
    add(start, end, message);
  }

  /**
   * Reports a finding at a command inside a RUN: at the physical line and column of the source that holds
   * the command, also inside a heredoc body.
   *
   * @param run the RUN
   * @param command a command of {@link #shell(RunInstruction) shell(run)}
   * @param message what is wrong, in one line
   */
  public void report(RunInstruction run, SimpleCommand command, String message) {
    SourcePosition at = positionOf(run, command.start());
    add(at, at, message);
  }

  private SourcePosition positionOf(RunInstruction run, int offset) {
    SourceSpan span = spanOf(run);
    if (!(run.command() instanceof ShellCommand shell) || span.text().isEmpty()) {
      return span.start();
    }
    ShellRead read = read(run);
    for (int k = read.bodyStarts().size() - 1; k >= 0; k--) {
      if (offset >= read.bodyStarts().get(k)) {
        return positionInBody(span, shell, read.bodyIndexes().get(k), offset - read.bodyStarts().get(k));
      }
    }
    // Walk the layout lines the builder joined; comment and empty lines inside were dropped.
    String[] lines = shell.script().split("\n", -1);
    int remaining = offset;
    int line = 0;
    for (int i = 0; i < lines.length; i++) {
      String trimmed = lines[i].stripLeading();
      boolean dropped = i > 0 && (trimmed.startsWith("#") || (i == lines.length - 1 && trimmed.isEmpty()));
      if (dropped) {
        continue;
      }
      if (remaining <= lines[i].length() || i == lines.length - 1) {
        line = i;
        break;
      }
      remaining -= lines[i].length();
    }
    String firstLine = lines[0];
    String source = span.text();
    int lineOfScript = 0;
    int index = firstLine.isEmpty() ? -1 : source.indexOf(firstLine);
    if (index >= 0) {
      lineOfScript = (int) source.substring(0, index).chars().filter(c -> c == '\n').count();
    }
    int physical = span.start().line() + lineOfScript + line;
    int column = line == 0 && index >= 0
        ? index - source.lastIndexOf('\n', index) + Math.max(0, remaining)
        : 1 + Math.max(0, remaining);
    return new SourcePosition(physical, Math.max(1, column));
  }

  // The bodies follow the command's lines, each ended by its delimiter line.
  private static SourcePosition positionInBody(SourceSpan span, ShellCommand shell, int heredoc, int offset) {
    String[] scriptLines = shell.script().split("\n", -1);
    String source = span.text();
    int index = scriptLines[0].isEmpty() ? -1 : source.indexOf(scriptLines[0]);
    int line = span.start().line() + scriptLines.length
        + (index < 0 ? 0 : (int) source.substring(0, index).chars().filter(c -> c == '\n').count());
    for (int i = 0; i < heredoc; i++) {
      line += (int) shell.heredocs().get(i).body().chars().filter(c -> c == '\n').count() + 1;
    }
    var h = shell.heredocs().get(heredoc);
    String content = h.content();
    int lineStart = content.lastIndexOf('\n', Math.max(0, offset - 1)) + 1;
    if (offset == 0) {
      lineStart = 0;
    }
    int lineInBody = (int) content.substring(0, lineStart).chars().filter(c -> c == '\n').count();
    String rawLine = h.body().split("\n", -1)[lineInBody];
    int tabs = h.stripTabs() ? rawLine.length() - rawLine.replaceFirst("^\t+", "").length() : 0;
    return new SourcePosition(line + lineInBody, 1 + tabs + offset - lineStart);
  }

  private void add(SourcePosition start, SourcePosition end, String message) {
    findings.add(new Finding(rule.id(), rule.aliases(), rule.severity(), message, fileName, start, end));
  }

  static boolean isOnBuildTrigger(Element e) {
    return e instanceof OnBuildInstruction;
  }
}
