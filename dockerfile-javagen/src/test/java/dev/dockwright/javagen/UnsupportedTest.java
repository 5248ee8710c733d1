package dev.dockwright.javagen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dockwright.model.ArgInstruction;
import dev.dockwright.model.BlankLine;
import dev.dockwright.model.Command;
import dev.dockwright.model.Dockerfile;
import dev.dockwright.model.FromInstruction;
import dev.dockwright.model.ImageRef;
import dev.dockwright.model.OpaqueInstruction;
import dev.dockwright.model.RunInstruction;
import dev.dockwright.model.SourceFile;
import dev.dockwright.model.SourcePosition;
import dev.dockwright.model.SourceSpan;
import dev.dockwright.model.Stage;
import java.util.IdentityHashMap;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What the DSL cannot write exactly is reported, with where and why, and no source is given: each test is
 * one gap of the DSL. Since the DSL writes any element as it is (header, leading, element) and takes empty
 * stages marked alias() (see AliasStagesTest), the gaps left are an unknown instruction before the first
 * FROM (kept as written by the lenient parser) and a file without a stage.
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
    OpaqueInstruction foo = new OpaqueInstruction("FOO", "bar");
    IdentityHashMap<Object, SourceSpan> spans = new IdentityHashMap<>();
    spans.put(foo, new SourceSpan("FOO bar", new SourcePosition(2, 1), new SourcePosition(2, 7), 1, 8));
    Dockerfile parsed = Dockerfile.of(List.of(), List.of(BlankLine.INSTANCE, foo),
        List.of(Stage.of(ALPINE, List.of(RUN))), new SourceFile("Dockerfile", false, "\n", spans));
    assertThat(only(parsed).location()).isEqualTo("line 2, header element 1");
  }

  @Test
  void everyUnsupportedElementIsListedAndNoSourceIsGiven() {
    Dockerfile d = Dockerfile.of(List.of(), List.of(new OpaqueInstruction("FOO", "bar"),
        new OpaqueInstruction("BAZ", "qux")), List.of(Stage.of(ALPINE, List.of())));
    GeneratedJava java = GENERATOR.generate(d);
    assertThat(java.unsupported()).hasSize(2);
    assertThat(java.toString()).isEqualTo("gen.G: 2 unsupported element(s)");
    assertThatThrownBy(java::source)
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("the DSL cannot write 2 element(s) of this Dockerfile exactly:\n"
            + "  header element 0: FOO bar: DockerfileBuilder.header takes ARG instructions, comments and blank"
            + " lines: FOO (kept as written by the lenient parser) cannot come before the first FROM\n"
            + "  header element 1: BAZ qux: DockerfileBuilder.header takes ARG instructions, comments and blank"
            + " lines: BAZ (kept as written by the lenient parser) cannot come before the first FROM");
  }
}
