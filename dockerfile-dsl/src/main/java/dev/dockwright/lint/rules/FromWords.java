package dev.dockwright.lint.rules;

import dev.dockwright.lint.LintContext;
import dev.dockwright.model.Stage;
import dev.dockwright.parser.syntax.Flag;
import dev.dockwright.parser.syntax.Instruction;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The words of a stage's FROM as written, before BuildKit expands them with the global args: the base
 * name, the {@code --platform} value, the stage name.
 *
 * <pre>{@code
 * // FROM --platform=$BUILDPLATFORM golang:${GO_VERSION} AS build
 * FromWords w = FromWords.of(context).get(0);
 * w.base();       // "golang:${GO_VERSION}"
 * w.platform();   // Optional[$BUILDPLATFORM]
 * w.name();       // "build" (lower case, as BuildKit keeps it; empty when none)
 * }</pre>
 */
record FromWords(Stage stage, Instruction syntax, String base, Optional<String> platform, String name) {

  /** The FROM words of every stage, in order. */
  static List<FromWords> of(LintContext context) {
    List<FromWords> all = new ArrayList<>();
    for (Stage stage : context.file().stages()) {
      context.syntaxOf(stage.from()).ifPresent(in -> {
        if (in.arguments().isEmpty()) {
          return;
        }
        Optional<String> platform = Optional.empty();
        for (Flag f : in.flags()) {
          if (f.name().equals("platform")) {
            platform = f.value();
          }
        }
        String name = in.arguments().size() == 3 ? in.arguments().get(2).toLowerCase(java.util.Locale.ROOT) : "";
        all.add(new FromWords(stage, in, in.arguments().get(0), platform, name));
      });
    }
    return all;
  }
}
