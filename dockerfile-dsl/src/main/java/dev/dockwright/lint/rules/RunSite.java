package dev.dockwright.lint.rules;

import dev.dockwright.lint.LintContext;
import dev.dockwright.model.Element;
import dev.dockwright.model.Instruction;
import dev.dockwright.model.OnBuildInstruction;
import dev.dockwright.model.RunInstruction;
import dev.dockwright.model.ShellInstruction;
import dev.dockwright.model.Stage;
import dev.dockwright.shell.ShellScript;
import dev.dockwright.shell.SimpleCommand;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A RUN as the shell rules see it: a RUN instruction of a stage, or the RUN trigger of an {@code ONBUILD}
 * (which hadolint checks like any RUN, since it runs in every image built on this one). Findings inside a
 * trigger are reported at the ONBUILD instruction, which is where its source is. RUNs under a SHELL that is not
 * a POSIX shell are not sites: their scripts are not sh.
 *
 * <pre>{@code
 * for (RunSite site : RunSite.all(context, true)) {
 *   for (SimpleCommand c : site.shell(context).invocationsOf("sudo")) {
 *     site.report(context, c, "...");
 *   }
 * }
 * }</pre>
 *
 * @param run the RUN instruction (the trigger, for an ONBUILD)
 * @param at the instruction that stands in the file: {@code run} itself or its ONBUILD
 * @param stage the stage it belongs to
 */
record RunSite(RunInstruction run, Instruction at, Stage stage) {

  /** Every RUN of every stage in file order, with ONBUILD RUN triggers among them when asked for. */
  static List<RunSite> all(LintContext context, boolean withOnBuild) {
    List<RunSite> sites = new ArrayList<>();
    for (Stage stage : context.file().stages()) {
      sites.addAll(of(stage, withOnBuild));
    }
    return sites;
  }

  /**
   * The RUNs of one stage, in order; those that run under a SHELL that is not a POSIX shell (PowerShell,
   * {@code cmd}) are left out, as the shell reader reads POSIX sh.
   */
  static List<RunSite> of(Stage stage, boolean withOnBuild) {
    List<RunSite> sites = new ArrayList<>();
    boolean posix = true;
    for (Element e : stage.body()) {
      if (e instanceof ShellInstruction shell && !shell.shell().isEmpty()) {
        posix = isPosixShell(shell.shell().get(0));
      } else if (e instanceof RunInstruction run && posix) {
        sites.add(new RunSite(run, run, stage));
      } else if (withOnBuild && posix && e instanceof OnBuildInstruction onBuild
          && onBuild.trigger() instanceof RunInstruction trigger) {
        sites.add(new RunSite(trigger, onBuild, stage));
      }
    }
    return sites;
  }

  /** Whether a program is a POSIX shell: {@code /bin/bash}, {@code ash}...; not {@code powershell}, {@code cmd}. */
  static boolean isPosixShell(String program) {
    String name = program.substring(Math.max(program.lastIndexOf('/'), program.lastIndexOf('\\')) + 1);
    return POSIX_SHELLS.contains(name);
  }

  private static final Set<String> POSIX_SHELLS = Set.of("sh", "bash", "ash", "dash", "zsh", "ksh", "mksh");

  /** Whether this is the trigger of an ONBUILD, which runs in images built on this one, not in this one. */
  boolean isOnBuild() {
    return at != run;
  }

  /** The commands, read as shell (empty for exec form). */
  ShellScript shell(LintContext context) {
    return context.shell(run);
  }

  /** Reports at a command of the RUN (at the ONBUILD instruction for a trigger). */
  void report(LintContext context, SimpleCommand command, String message) {
    if (isOnBuild()) {
      context.report(at, message);
    } else {
      context.report(run, command, message);
    }
  }

  /** Reports at the instruction. */
  void report(LintContext context, String message) {
    context.report(at, message);
  }
}
