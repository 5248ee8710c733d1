package dev.dockwright.javagen;

import dev.dockwright.model.Stage;
import dev.dockwright.model.StageRef;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.SourceVersion;

/**
 * The local variable of each stage, named after the stage ({@code build}, {@code buildEnv}, {@code stage0}),
 * and the stage references they stand for: the reference {@code StageBuilder.ref()} returns, by name, or by
 * index for an unnamed stage.
 *
 * <pre>{@code
 * StageVariables vars = StageVariables.of(dockerfile.stages(), "file");
 * vars.name(0);                              // "build"
 * vars.declaredBefore(StageRef.named("build"), 1);   // Optional[build]
 * }</pre>
 */
final class StageVariables {
  private final List<String> names;
  private final Map<StageRef, Integer> refs = new HashMap<>();

  private StageVariables(List<String> names) {
    this.names = names;
  }

  /** Variables for the stages, none equal to a reserved name. */
  static StageVariables of(List<Stage> stages, String... reserved) {
    Set<String> taken = new HashSet<>(List.of(reserved));
    String[] names = new String[stages.size()];
    for (int i = 0; i < stages.size(); i++) {
      String base = stages.get(i).name().map(StageVariables::camelCase).orElse("stage" + i);
      String name = base;
      if (SourceVersion.isKeyword(name) || taken.contains(name) || !SourceVersion.isIdentifier(name)) {
        name = base + "Stage";
      }
      for (int n = 2; taken.contains(name); n++) {
        name = base + "Stage" + n;
      }
      taken.add(name);
      names[i] = name;
    }
    StageVariables vars = new StageVariables(List.of(names));
    for (int i = 0; i < stages.size(); i++) {
      Optional<String> stageName = stages.get(i).name();
      vars.refs.put(stageName.map(StageRef::new).orElse(StageRef.index(i)), i);
    }
    return vars;
  }

  /** The variable of stage {@code index}. */
  String name(int index) {
    return names.get(index);
  }

  /**
   * The variable whose {@code ref()} equals {@code ref}, if its stage comes before stage {@code before}: a
   * reference written another way ({@code --from=0} to a named stage, another letter case) has none.
   */
  Optional<String> declaredBefore(StageRef ref, int before) {
    Integer index = refs.get(ref);
    return index != null && index < before ? Optional.of(names.get(index)) : Optional.empty();
  }

  // build-env -> buildEnv, BUILD -> build, Builder -> builder
  static String camelCase(String stageName) {
    StringBuilder sb = new StringBuilder();
    for (String part : stageName.split("[-_.]+")) {
      if (part.isEmpty()) {
        continue;
      }
      String word = part.equals(part.toUpperCase(Locale.ROOT)) ? part.toLowerCase(Locale.ROOT) : part;
      if (sb.length() == 0) {
        sb.append(Character.toLowerCase(word.charAt(0))).append(word, 1, word.length());
      } else {
        sb.append(Character.toUpperCase(word.charAt(0))).append(word, 1, word.length());
      }
    }
    return sb.length() == 0 ? "stage" : sb.toString();
  }
}
