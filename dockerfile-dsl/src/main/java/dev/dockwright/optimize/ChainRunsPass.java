package dev.dockwright.optimize;

import dev.dockwright.model.BlankLine;
import dev.dockwright.model.Dockerfile;
import dev.dockwright.model.Element;
import dev.dockwright.model.RunInstruction;
import dev.dockwright.model.ShellCommand;
import dev.dockwright.model.Stage;
import dev.dockwright.shell.ShellScript;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code chain-runs}: joins consecutive shell-form RUNs with {@code &&} into one RUN, one layer. Only RUNs
 * that follow each other directly (blank lines aside) with the same mounts and flags, in a POSIX shell,
 * where the first changes no shell state and the second is an {@code &&} chain, so every command runs in the
 * same order, in the same directory, and only if the ones before it succeeded, as before.
 *
 * <pre>{@code
 * RUN apt-get update          =>   RUN apt-get update \
 * RUN apt-get install -y curl            && apt-get install -y curl
 * }</pre>
 */
final class ChainRunsPass implements Pass {
  /** The pass id. */
  public static final String ID = "chain-runs";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String description() {
    return "Join consecutive RUN instructions with && where that cannot change what they do.";
  }

  @Override
  public PassDoc doc() {
    return new PassDoc(
        """
        Joins consecutive `RUN` instructions into one with `&&`: one layer instead of several, and no
        intermediate layer that keeps files a later step deletes.

        Joined only when nothing can change: the RUNs follow each other directly (blank lines aside), have the
        same mounts and flags, are shell form without heredocs, and run in a POSIX shell (no `SHELL` to
        PowerShell or cmd, no backtick escape directive). The first must change no shell state that the second
        would then see (`cd`, `export`, `set`, `source`, `umask`, variable assignments, `exit`, background jobs)
        and hold no comment; the second must be one `&&` chain (no `;`, `||` or newline that would run its tail
        after a failure). Never across `USER`, `WORKDIR`, `ENV`, `ARG`, `SHELL` or `COPY`.

        Preserved: the commands, their order, the directory and user they run as, and the build failing at the
        first failing command. Changed on purpose: the number of layers, and the cache granularity (editing the
        second command re-runs the first too).
        """,
        """
        FROM debian:12.8
        RUN apt-get update
        RUN apt-get install -y --no-install-recommends curl=7.88.1-10+deb12u8
        RUN rm -rf /var/lib/apt/lists/*
        """,
        Map.of());
  }

  @Override
  public PassResult apply(Dockerfile file, OptimizeContext context) {
    List<Change> changes = new ArrayList<>();
    List<Stage> stages = new ArrayList<>();
    boolean changed = false;
    for (Stage stage : file.stages()) {
      List<Element> body = new ArrayList<>();
      RunInstruction pending = null;
      Element pendingOriginal = null;
      List<Element> blanks = new ArrayList<>();
      int merged = 0;
      for (Element e : stage.body()) {
        if (e instanceof BlankLine && pending != null) {
          blanks.add(e);
          continue;
        }
        if (e instanceof RunInstruction run && pending != null
            && joinable(pending, run) && ShellSafety.posixShell(stage, e, file.escapeChar())) {
          pending = join(pending, run);
          blanks.clear();
          merged++;
          continue;
        }
        if (pending != null) {
          flush(file, context, body, pending, pendingOriginal, merged, changes);
          body.addAll(blanks);
          blanks.clear();
          changed |= merged > 0;
          pending = null;
        }
        if (e instanceof RunInstruction run && isShell(run)) {
          pending = run;
          pendingOriginal = e;
          merged = 0;
        } else {
          body.add(e);
        }
      }
      if (pending != null) {
        flush(file, context, body, pending, pendingOriginal, merged, changes);
        body.addAll(blanks);
        changed |= merged > 0;
      }
      stages.add(body.equals(stage.body()) ? stage : stage.withBody(body));
    }
    return changed ? new PassResult(file.withStages(stages), changes) : PassResult.unchanged(file);
  }

  private static void flush(Dockerfile file, OptimizeContext context, List<Element> body, RunInstruction run,
      Element original, int merged, List<Change> changes) {
    body.add(merged == 0 ? original : context.replaced(file, original, run));
    if (merged > 0) {
      changes.add(new Change(ID, context.where(file, original),
          "joined " + (merged + 1) + " RUN instructions with &&",
          "one layer instead of " + (merged + 1) + "; the commands run in the same order and stop at the first failure"));
    }
  }

  private static boolean isShell(RunInstruction run) {
    return run.command() instanceof ShellCommand shell && shell.heredocs().isEmpty();
  }

  static boolean joinable(RunInstruction first, RunInstruction second) {
    if (!isShell(first) || !isShell(second)) {
      return false;
    }
    if (!first.mounts().equals(second.mounts()) || first.network() != second.network()
        || first.security() != second.security() || !first.devices().equals(second.devices())) {
      return false;
    }
    ShellCommand a = (ShellCommand) first.command();
    ShellCommand b = (ShellCommand) second.command();
    return ShellSafety.canBeFollowed(ShellScript.parse(a.commandLine()))
        && ShellSafety.canFollow(ShellScript.parse(b.commandLine()));
  }

  private static RunInstruction join(RunInstruction first, RunInstruction second) {
    ShellCommand a = (ShellCommand) first.command();
    ShellCommand b = (ShellCommand) second.command();
    String script = a.script().stripTrailing() + " \n    && " + b.script().strip();
    return first.withCommand(new ShellCommand(script, List.of()));
  }
}
