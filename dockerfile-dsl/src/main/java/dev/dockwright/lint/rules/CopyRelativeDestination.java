package dev.dockwright.lint.rules;

import dev.dockwright.lint.LintContext;
import dev.dockwright.lint.Rule;
import dev.dockwright.lint.RuleInfo;
import dev.dockwright.lint.Severity;
import dev.dockwright.model.CopyInstruction;
import dev.dockwright.model.Element;
import dev.dockwright.model.Stage;
import dev.dockwright.model.Value;
import dev.dockwright.model.WorkdirInstruction;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A relative COPY destination lands in the working directory, which the base image chooses unless the stage
 * (or a stage it is built on) sets a WORKDIR first. Destinations that are absolute, Windows paths or start with
 * a variable are not reported, nor are stages built from {@code scratch}, whose working directory is {@code /}.
 */
final class CopyRelativeDestination implements Rule {
  static final RuleInfo INFO = new RuleInfo(
      "DL3045",
      List.of(),
      Severity.WARNING,
      "Set a WORKDIR before a COPY to a relative destination.",
      """
      FROM node:22.12.0-bookworm-slim
      COPY package.json .
      """,
      """
      FROM node:22.12.0-bookworm-slim AS base
      WORKDIR /app
      FROM base
      COPY package.json .
      COPY server.js /app/
      """);

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(LintContext context) {
    Map<Stage, Boolean> hasWorkdir = new IdentityHashMap<>();
    for (Stage stage : context.file().stages()) {
      Optional<Stage> parent = Stages.parent(context.file(), stage);
      // Starting from scratch, the working directory is / unless a WORKDIR says otherwise.
      boolean workdir = parent.map(p -> hasWorkdir.getOrDefault(p, false)).orElse(false)
          || Stages.fromScratch(context.file(), stage);
      for (Element e : stage.body()) {
        if (e instanceof WorkdirInstruction) {
          workdir = true;
        } else if (e instanceof CopyInstruction copy && !workdir && isRelative(copy.destination())) {
          context.report(copy, "COPY to the relative destination " + copy.destination()
              + " with no WORKDIR set in the stage: set one, or copy to an absolute path");
        }
      }
      hasWorkdir.put(stage, workdir);
    }
  }

  private static boolean isRelative(Value destination) {
    if (destination.parts().get(0) instanceof Value.Reference) {
      return false;
    }
    String text = destination.toString();
    return !text.startsWith("/") && !WorkdirAbsolute.isWindowsAbsolute(text);
  }
}
