package dev.dockwright.optimize;

import dev.dockwright.model.CmdInstruction;
import dev.dockwright.model.Dockerfile;
import dev.dockwright.model.Element;
import dev.dockwright.model.EntrypointInstruction;
import dev.dockwright.model.ExecCommand;
import dev.dockwright.model.ShellCommand;
import dev.dockwright.model.ShellInstruction;
import dev.dockwright.model.Stage;
import dev.dockwright.shell.ShellScript;
import dev.dockwright.shell.SimpleCommand;
import dev.dockwright.shell.Word;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code exec-form}: a shell-form CMD or ENTRYPOINT that uses no shell feature (one simple command of
 * literal words: no variables, globs, operators, redirections) becomes exec form, so the program runs as PID
 * 1 and receives signals, instead of under {@code /bin/sh -c}. An ENTRYPOINT is converted only when no CMD
 * follows it in the stage (a shell-form ENTRYPOINT ignores CMD, an exec-form one takes it as arguments), and a
 * CMD only when no exec-form ENTRYPOINT of the stage comes before it. An ENTRYPOINT of the base image, which
 * the file cannot show, receives the CMD's words directly instead of {@code /bin/sh -c "..."}: that is the
 * change this pass makes on purpose.
 *
 * <pre>{@code
 * CMD node server.js   =>   CMD ["node", "server.js"]
 * }</pre>
 */
final class ExecFormPass implements Pass {
  /** The pass id. */
  public static final String ID = "exec-form";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String description() {
    return "Write shell-form CMD and ENTRYPOINT in exec form when the command uses no shell feature.";
  }

  @Override
  public PassDoc doc() {
    return new PassDoc(
        """
        Writes shell-form `CMD` and `ENTRYPOINT` in exec form (`["program", "arg"]`) when the command is one
        simple command of literal words: no variables, globs, quotes that matter, operators or redirections.
        The program then runs as PID 1 and receives `SIGTERM` on `docker stop`, instead of `/bin/sh -c` that
        does not pass it on.

        An `ENTRYPOINT` is converted only when no `CMD` follows it in the stage (a shell-form `ENTRYPOINT`
        ignores `CMD`; an exec-form one takes it as arguments), and a `CMD` only when no exec-form `ENTRYPOINT`
        of the stage comes before it. Stages with a `SHELL` instruction are left alone.

        Changed on purpose: how the process is started. An `ENTRYPOINT` inherited from the base image (which
        the file does not show) now receives the words of `CMD` directly instead of `/bin/sh -c "..."`.
        """,
        """
        FROM node:22.12.0-bookworm-slim
        WORKDIR /app
        COPY . .
        CMD node server.js
        """,
        Map.of());
  }

  @Override
  public PassResult apply(Dockerfile file, OptimizeContext context) {
    List<Change> changes = new ArrayList<>();
    List<Stage> stages = new ArrayList<>();
    for (Stage stage : file.stages()) {
      List<Element> body = new ArrayList<>(stage.body());
      boolean changed = false;
      for (int i = 0; i < body.size(); i++) {
        Element e = body.get(i);
        if (!ShellSafety.posixShell(stage, e, file.escapeChar())
            || stage.body().stream().anyMatch(ShellInstruction.class::isInstance)) {
          continue;
        }
        if (e instanceof CmdInstruction cmd && cmd.command() instanceof ShellCommand shell
            && !execEntrypointBefore(body, i)) {
          List<String> argv = plainArguments(shell);
          if (argv != null) {
            body.set(i, context.replaced(file, body.get(i), new CmdInstruction(new ExecCommand(argv))));
            changes.add(change(file, context, e, "CMD"));
            changed = true;
          }
        } else if (e instanceof EntrypointInstruction entrypoint
            && entrypoint.command() instanceof ShellCommand shell
            && body.subList(i + 1, body.size()).stream().noneMatch(CmdInstruction.class::isInstance)) {
          List<String> argv = plainArguments(shell);
          if (argv != null) {
            body.set(i, context.replaced(file, body.get(i), new EntrypointInstruction(new ExecCommand(argv))));
            changes.add(change(file, context, e, "ENTRYPOINT"));
            changed = true;
          }
        }
      }
      stages.add(changed ? stage.withBody(body) : stage);
    }
    return changes.isEmpty() ? PassResult.unchanged(file) : new PassResult(file.withStages(stages), changes);
  }

  // An exec-form ENTRYPOINT takes CMD as its arguments: ["sh", "-c", "x y"] and ["x", "y"] differ there.
  private static boolean execEntrypointBefore(List<Element> body, int index) {
    for (int k = index - 1; k >= 0; k--) {
      if (body.get(k) instanceof EntrypointInstruction entrypoint) {
        return entrypoint.command() instanceof ExecCommand;
      }
    }
    return false;
  }

  private static Change change(Dockerfile file, OptimizeContext context, Element e, String keyword) {
    return new Change(ID, context.where(file, e), keyword + " written in exec form",
        "the program runs as PID 1 and receives stop signals; it used no shell feature");
  }

  /** The words of a command that needs no shell, or null. */
  static List<String> plainArguments(ShellCommand shell) {
    if (!shell.heredocs().isEmpty()) {
      return null;
    }
    ShellScript script = ShellScript.parse(shell.commandLine());
    if (script.hasProblems() || script.commands().size() != 1 || !script.comments().isEmpty()) {
      return null;
    }
    SimpleCommand c = script.commands().get(0);
    if (!c.assignments().isEmpty() || !c.redirections().isEmpty() || c.program().isEmpty()
        || !c.enclosures().isEmpty()) {
      return null;
    }
    List<String> argv = new ArrayList<>();
    for (Word w : c.words()) {
      if (!w.isLiteral() || w.hasGlob() || w.hasExpansion()) {
        return null;
      }
      argv.add(w.text());
    }
    // A shell keyword or builtin has no program of that name to exec.
    if (List.of("exec", "cd", "export", "set", "source", ".", "eval", "exit", "if", "for", "while", "case", "{", "(")
        .contains(argv.get(0))) {
      return null;
    }
    return argv;
  }
}
