package dev.dockwright.lint.rules;

import dev.dockwright.model.Dockerfile;
import dev.dockwright.model.Stage;
import dev.dockwright.model.StageRef;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * How the stages of a file build on each other, for the rules that follow a setting from a stage into the
 * stages built {@code FROM} it.
 *
 * <pre>{@code
 * Stages.parent(file, stage)          // the stage of "FROM build AS test", when build is a stage
 * Stages.ends(file, stage)            // the last stage, or one that a later FROM builds on
 * }</pre>
 */
final class Stages {
  private Stages() {}

  /** The stage a stage is built on, when its FROM names an earlier stage rather than an image. */
  static Optional<Stage> parent(Dockerfile file, Stage stage) {
    if (!(stage.from().image() instanceof StageRef ref)) {
      return Optional.empty();
    }
    return byReference(file, ref.text());
  }

  /** The stage a {@code FROM} or {@code --from} names: by its name (any case) or its index. */
  static Optional<Stage> byReference(Dockerfile file, String reference) {
    List<Stage> stages = file.stages();
    if (!reference.isEmpty() && reference.length() < 9 && reference.chars().allMatch(c -> c >= '0' && c <= '9')) {
      int index = Integer.parseInt(reference);
      return index < stages.size() ? Optional.of(stages.get(index)) : Optional.empty();
    }
    String lower = reference.toLowerCase(Locale.ROOT);
    return stages.stream().filter(s -> s.name().map(n -> n.toLowerCase(Locale.ROOT).equals(lower)).orElse(false))
        .findFirst();
  }

  /**
   * Whether what a stage leaves in its file system ends up in an image: it is the last stage, or a later stage
   * is built {@code FROM} it. Stages that are only copied from ({@code COPY --from}) are left out.
   */
  static boolean ends(Dockerfile file, Stage stage) {
    List<Stage> stages = file.stages();
    if (!stages.isEmpty() && stages.get(stages.size() - 1) == stage) {
      return true;
    }
    return stages.stream().anyMatch(s -> parent(file, s).map(p -> p == stage).orElse(false));
  }
}
