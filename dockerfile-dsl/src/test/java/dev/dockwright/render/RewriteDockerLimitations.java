package dev.dockwright.render;

import dev.dockwright.model.CmdInstruction;
import dev.dockwright.model.Command;
import dev.dockwright.model.Dockerfile;
import dev.dockwright.model.Element;
import dev.dockwright.model.EntrypointInstruction;
import dev.dockwright.model.HealthcheckInstruction;
import dev.dockwright.model.Instruction;
import dev.dockwright.model.OnBuildInstruction;
import dev.dockwright.model.RunInstruction;
import dev.dockwright.model.ShellCommand;
import dev.dockwright.model.Stage;
import dev.dockwright.model.StopSignalInstruction;
import java.util.ArrayList;
import java.util.List;

/**
 * Files that BuildKit reads but rewrite-docker 8.90.2's grammar does not, so that the property over
 * rewrite-docker tests our rendering, not its gaps. Each case is pinned by an example test in
 * {@code RewriteDockerLimitationsTest}, which fails once rewrite-docker handles it.
 */
final class RewriteDockerLimitations {
  private RewriteDockerLimitations() {}

  /** Whether the file has none of the cases below. */
  static boolean none(Dockerfile file) {
    for (Instruction i : instructions(file)) {
      // 2. A variable in STOPSIGNAL: "STOPSIGNAL $SIG" (its grammar wants plain text there).
      if (i instanceof StopSignalInstruction stop && stop.signal().contains("$")) {
        return false;
      }
      Command command = commandOf(i);
      // 1. An instruction with nothing after its keyword: "ENTRYPOINT " (BuildKit: empty shell-form command).
      if (command instanceof ShellCommand shell && shell.heredocs().isEmpty() && shell.commandLine().isBlank()) {
        return false;
      }
    }
    return true;
  }

  private static Command commandOf(Instruction i) {
    if (i instanceof OnBuildInstruction onBuild) {
      return commandOf(onBuild.trigger());
    }
    if (i instanceof RunInstruction run) {
      return run.command();
    }
    if (i instanceof CmdInstruction cmd) {
      return cmd.command();
    }
    if (i instanceof EntrypointInstruction entrypoint) {
      return entrypoint.command();
    }
    if (i instanceof HealthcheckInstruction health) {
      return health.command();
    }
    return null;
  }

  static List<Instruction> instructions(Dockerfile file) {
    List<Instruction> all = new ArrayList<>();
    for (Element e : file.header()) {
      if (e instanceof Instruction i) {
        all.add(i);
      }
    }
    for (Stage s : file.stages()) {
      all.add(s.from());
      all.addAll(s.instructions());
    }
    return all;
  }
}
