package dev.dockwright.lint.rules;

import dev.dockwright.lint.LintContext;
import dev.dockwright.model.BuilderTarget;
import dev.dockwright.model.SourcePosition;
import dev.dockwright.parser.syntax.Flag;
import dev.dockwright.parser.syntax.Instruction;
import java.util.ArrayList;
import java.util.List;

/**
 * What the target rules share: the builder's name in messages, and the instructions as the builder reads
 * them (every instruction of the syntax tree, with an ONBUILD's trigger, whose flags the builder reads when
 * another image builds FROM this one).
 */
final class BuilderSupport {
  private BuilderSupport() {}

  /** How messages name a builder. */
  static String name(BuilderTarget target) {
    return switch (target) {
      case BUILDAH -> "buildah";
      case LEGACY -> "the legacy builder";
      case BUILDKIT -> "BuildKit";
    };
  }

  /** Every instruction of the file, and the trigger of each ONBUILD right after it. */
  static List<Instruction> instructions(LintContext context) {
    List<Instruction> all = new ArrayList<>();
    for (Instruction in : context.syntaxTree().instructions()) {
      all.add(in);
      in.onbuildTrigger().ifPresent(all::add);
    }
    return all;
  }

  /** Reports at a flag as written. */
  static void report(LintContext context, Flag flag, String message) {
    var span = flag.span();
    context.report(new SourcePosition(span.startLine(), Math.max(1, span.startColumn())),
        new SourcePosition(span.endLine(), Math.max(1, span.endColumn())), message);
  }
}
