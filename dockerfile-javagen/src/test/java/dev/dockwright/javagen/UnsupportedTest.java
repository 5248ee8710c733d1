package dev.dockwright.javagen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dockwright.model.ArgInstruction;
import dev.dockwright.model.BlankLine;
import dev.dockwright.model.Command;
import dev.dockwright.model.Comment;
import dev.dockwright.model.CopyInstruction;
import dev.dockwright.model.CopySource;
import dev.dockwright.model.Dockerfile;
import dev.dockwright.model.FromInstruction;
import dev.dockwright.model.ImageRef;
import dev.dockwright.model.OpaqueInstruction;
import dev.dockwright.model.RunInstruction;
import dev.dockwright.model.SourceFile;
import dev.dockwright.model.SourcePosition;
import dev.dockwright.model.SourceSpan;
import dev.dockwright.model.Stage;
import dev.dockwright.model.StageRef;
import dev.dockwright.model.Value;
import java.util.IdentityHashMap;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What the DSL cannot write exactly is reported, with where and why, and no source is given: each test is
 * one gap of the DSL. Since the DSL writes any element as it is (header, leading, element), the gaps left
 * are stages without instructions that no later stage names, and what only the lenient parser produces.
 */
class UnsupportedTest {
  private static final JavaGenerator GENERATOR = new JavaGenerator(JavaGenerator.Options.of("gen", "G"));
  private static final FromInstruction ALPINE = FromInstruction.of(ImageRef.of("alpine:3.20"));
  private static final RunInstruction RUN = RunInstruction.of(Command.shell("true"));

  private static UnsupportedElement only(Dockerfile dockerfile) {
    GeneratedJava java = GENERATOR.generate(dockerfile);
    assertThat(java.isComplete()).isFalse();
    assertThat(java.unsupported()).hasSize(1);
    return java.unsupported().get(0);
  }

  @Test
  void lastStageWithoutInstructions() {
    Dockerfile d = Dockerfile.of(List.of(), List.of(), List.of(
        new Stage(List.of(), ALPINE.as("base"), List.of(RUN)),
        new Stage(List.of(BlankLine.INSTANCE), FromInstruction.of(StageRef.named("base")),
            List.of(Comment.of("nothing to do")))));
    assertThat(only(d)).isEqualTo(new UnsupportedElement("stage 1", "FROM base",
        "DockerfileBuilder.build() refuses a stage without instructions unless a later FROM, COPY --from or RUN"
            + " --mount from= names it (1); this is the last stage: BuildKit builds it as the image, an alias of"
            + " its base"));
  }

  @Test
  void stageWithoutInstructionsNamedThroughABuildArgument() {
    Dockerfile d = Dockerfile.of(List.of(), List.of(ArgInstruction.of("TARGETOS")), List.of(
        new Stage(List.of(), ALPINE.as("bin-linux"), List.of()),
        new Stage(List.of(BlankLine.INSTANCE), ALPINE.as("bin-windows"), List.of()),
        new Stage(List.of(BlankLine.INSTANCE), FromInstruction.of(ImageRef.of("bin-${TARGETOS}")).as("bin"),
            List.of(RUN))));
    GeneratedJava java = GENERATOR.generate(d);
    assertThat(java.unsupported()).extracting(UnsupportedElement::toString).containsExactly(
        "stage 0 \"bin-linux\": FROM alpine:3.20 AS bin-linux: DockerfileBuilder.build() refuses a stage without"
            + " instructions unless a later FROM, COPY --from or RUN --mount from= names it (bin-linux); the later"
            + " FROM bin-${TARGETOS} names it once its build arguments expand, which the DSL does not count",
        "stage 1 \"bin-windows\": FROM alpine:3.20 AS bin-windows: DockerfileBuilder.build() refuses a stage"
            + " without instructions unless a later FROM, COPY --from or RUN --mount from= names it (bin-windows);"
            + " the later FROM bin-${TARGETOS} names it once its build arguments expand, which the DSL does not"
            + " count");
  }

  @Test
  void stageWithoutInstructionsBuiltAsATarget() {
    Dockerfile d = Dockerfile.of(List.of(), List.of(), List.of(
        new Stage(List.of(), ALPINE.as("image"), List.of()),
        new Stage(List.of(BlankLine.INSTANCE), ALPINE.as("test"), List.of(RUN))));
    assertThat(only(d).reason()).endsWith("names it (image); no later stage does, though BuildKit builds it as a"
        + " --target");
  }

  /** The DSL counts references by the name StageBuilder.ref() gives: --from=0 to a named stage is not one. */
  @Test
  void stageWithoutInstructionsReferredToByIndexThoughNamed() {
    Dockerfile d = Dockerfile.of(List.of(), List.of(), List.of(
        new Stage(List.of(), ALPINE.as("base"), List.of()),
        new Stage(List.of(BlankLine.INSTANCE), ALPINE, List.of(
            CopyInstruction.of(List.of(CopySource.path("/etc/os-release")), Value.of("/"))
                .withFrom(StageRef.index(0))))));
    assertThat(only(d).location()).isEqualTo("stage 0 \"base\"");
  }

  @Test
  void stageWithoutInstructionsThatALaterStageUsesIsWritten() {
    Dockerfile d = Dockerfile.of(List.of(), List.of(), List.of(
        new Stage(List.of(), ALPINE.as("BASE"), List.of(Comment.of("an alias"))),
        new Stage(List.of(BlankLine.INSTANCE), FromInstruction.of(StageRef.named("base")), List.of(RUN))));
    assertThat(GENERATOR.generate(d).isComplete()).isTrue();
  }

  @Test
  void unknownInstructionInTheHeader() {
    Dockerfile d = Dockerfile.of(List.of(), List.of(new OpaqueInstruction("FOO", "bar")),
        List.of(Stage.of(ALPINE, List.of(RUN))));
    assertThat(only(d)).isEqualTo(new UnsupportedElement("header element 0", "FOO bar",
        "DockerfileBuilder.header takes ARG instructions, comments and blank lines: FOO (kept as written by the"
            + " lenient parser) cannot come before the first FROM"));
  }

  @Test
  void noStage() {
    assertThat(only(Dockerfile.of(List.of(), List.of(ArgInstruction.of("A")), List.of())).reason())
        .isEqualTo("DockerfileBuilder.build() needs at least one stage");
  }

  @Test
  void parsedElementsAreLocatedByLine() {
    FromInstruction from = FromInstruction.of(ImageRef.of("alpine:3.20"));
    IdentityHashMap<Object, SourceSpan> spans = new IdentityHashMap<>();
    spans.put(from, new SourceSpan("FROM alpine:3.20", new SourcePosition(2, 1), new SourcePosition(2, 16), 1, 17));
    Dockerfile parsed = Dockerfile.of(List.of(), List.of(), List.of(new Stage(List.of(BlankLine.INSTANCE), from,
        List.of())), new SourceFile("Dockerfile", false, "\n", spans));
    assertThat(only(parsed).location()).isEqualTo("line 2, stage 0");
  }

  @Test
  void everyUnsupportedElementIsListedAndNoSourceIsGiven() {
    Dockerfile d = Dockerfile.of(List.of(), List.of(new OpaqueInstruction("FOO", "bar")),
        List.of(Stage.of(ALPINE, List.of())));
    GeneratedJava java = GENERATOR.generate(d);
    assertThat(java.unsupported()).hasSize(2);
    assertThat(java.toString()).isEqualTo("gen.G: 2 unsupported element(s)");
    assertThatThrownBy(java::source)
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("the DSL cannot write 2 element(s) of this Dockerfile exactly:\n"
            + "  header element 0: FOO bar: DockerfileBuilder.header takes ARG instructions, comments and blank"
            + " lines: FOO (kept as written by the lenient parser) cannot come before the first FROM\n"
            + "  stage 0: FROM alpine:3.20: DockerfileBuilder.build() refuses a stage without instructions unless a"
            + " later FROM, COPY --from or RUN --mount from= names it (0); this is the last stage: BuildKit builds"
            + " it as the image, an alias of its base");
  }
}
