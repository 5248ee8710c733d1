package dev.dockwright.lint.rules;

import dev.dockwright.model.ArgDeclaration;
import dev.dockwright.model.ArgInstruction;
import dev.dockwright.model.Dockerfile;
import dev.dockwright.model.Element;
import dev.dockwright.model.ImageRef;
import dev.dockwright.model.Stage;
import dev.dockwright.model.StageRef;
import dev.dockwright.model.Value;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * How the stages of a file build on each other, for the rules that follow a setting from a stage into the
 * stages built {@code FROM} it.
 *
 * <pre>{@code
 * Stages.parent(file, stage)          // the stage of "FROM build AS test", when build is a stage
 * Stages.ends(file, stage)            // the last stage, or one that the last stage is built on
 * }</pre>
 *
 * <p>A FROM with variables ({@code FROM build-${BASE_VARIANT}}) is resolved with the defaults of the global ARGs
 * (and {@code ${NAME:-default}} defaults), as a build without {@code --build-arg} resolves it.
 */
final class Stages {
  private Stages() {}

  /** The stage a stage is built on, when its FROM names an earlier stage rather than an image. */
  static Optional<Stage> parent(Dockerfile file, Stage stage) {
    String reference;
    if (stage.from().image() instanceof StageRef ref) {
      reference = ref.text();
    } else if (stage.from().image() instanceof ImageRef image && image.hasVariables()) {
      Optional<String> resolved = resolve(file, image.text());
      if (resolved.isEmpty()) {
        return Optional.empty();
      }
      reference = resolved.get();
    } else {
      return Optional.empty();
    }
    List<Stage> stages = file.stages();
    List<Stage> earlier = stages.subList(0, Math.max(0, stages.indexOf(stage)));
    if (!reference.isEmpty() && reference.length() < 9 && reference.chars().allMatch(c -> c >= '0' && c <= '9')) {
      int index = Integer.parseInt(reference);
      return index < earlier.size() ? Optional.of(earlier.get(index)) : Optional.empty();
    }
    String lower = reference.toLowerCase(Locale.ROOT);
    return earlier.stream().filter(s -> s.name().map(n -> n.toLowerCase(Locale.ROOT).equals(lower)).orElse(false))
        .findFirst();
  }

  /** Whether a stage starts from {@code scratch}, itself or through the stages it is built on. */
  static boolean fromScratch(Dockerfile file, Stage stage) {
    Stage s = stage;
    for (Optional<Stage> p = parent(file, s); p.isPresent(); p = parent(file, s)) {
      s = p.get();
    }
    return s.from().image() instanceof ImageRef image && image.isScratch();
  }

  /**
   * Whether what a stage leaves in its file system ends up in the image the file builds by default: it is the
   * last stage, or a later stage that ends up there is built {@code FROM} it. Stages that are only copied from
   * ({@code COPY --from}) are left out.
   */
  static boolean ends(Dockerfile file, Stage stage) {
    List<Stage> stages = file.stages();
    if (!stages.isEmpty() && stages.get(stages.size() - 1) == stage) {
      return true;
    }
    return stages.stream().anyMatch(s -> parent(file, s).map(p -> p == stage).orElse(false) && ends(file, s));
  }

  // "build-${VARIANT}" with the global ARG VARIANT=alpine: "build-alpine"; empty when a variable has no value.
  private static Optional<String> resolve(Dockerfile file, String text) {
    Map<String, String> defaults = new HashMap<>();
    for (Element e : file.header()) {
      if (e instanceof ArgInstruction arg) {
        for (ArgDeclaration d : arg.arguments()) {
          d.optionalDefault().filter(Value::isLiteral).ifPresent(v -> defaults.put(d.name(), v.literalText()));
        }
      }
    }
    StringBuilder resolved = new StringBuilder();
    for (Value.Part part : Value.of(text).parts()) {
      if (part instanceof Value.Literal literal) {
        resolved.append(literal.text());
        continue;
      }
      Value.Reference reference = (Value.Reference) part;
      String value = defaults.get(reference.name());
      if (value == null) {
        value = inlineDefault(reference).orElse(null);
      }
      if (value == null) {
        return Optional.empty();
      }
      resolved.append(value);
    }
    return Optional.of(resolved.toString());
  }

  // "${NAME:-default}" or "${NAME-default}": the default, when it is literal.
  private static Optional<String> inlineDefault(Value.Reference reference) {
    String expression = reference.expression();
    String rest = expression.startsWith("${") ? expression.substring(2 + reference.name().length(),
        expression.length() - 1) : "";
    String fallback = rest.startsWith(":-") ? rest.substring(2) : rest.startsWith("-") ? rest.substring(1) : null;
    return fallback == null || fallback.indexOf('$') >= 0 ? Optional.empty() : Optional.of(fallback);
  }
}
