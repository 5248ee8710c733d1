package dev.dockwright.javagen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dockwright.model.ArgDeclaration;
import dev.dockwright.model.ArgInstruction;
import dev.dockwright.model.BlankLine;
import dev.dockwright.model.Comment;
import dev.dockwright.model.Dockerfile;
import dev.dockwright.model.Element;
import dev.dockwright.model.FromInstruction;
import dev.dockwright.model.ImageRef;
import dev.dockwright.model.ParserDirective;
import dev.dockwright.model.RunInstruction;
import dev.dockwright.model.Command;
import dev.dockwright.model.SourceFile;
import dev.dockwright.model.SourcePosition;
import dev.dockwright.model.SourceSpan;
import dev.dockwright.model.Stage;
import dev.dockwright.model.Value;
import java.util.IdentityHashMap;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What the DSL cannot write exactly is reported, with where and why, and no source is given: each test is
 * one gap of the DSL.
 */
class UnsupportedTest {
  private static final JavaGenerator GENERATOR = new JavaGenerator(JavaGenerator.Options.of("gen", "G"));
  private static final FromInstruction ALPINE = FromInstruction.of(ImageRef.of("alpine:3.20"));
  private static final RunInstruction RUN = RunInstruction.of(Command.shell("true"));

  private static Dockerfile oneStage(List<Element> leading, List<Element> body) {
    return Dockerfile.of(List.of(), List.of(), List.of(new Stage(leading, ALPINE, body)));
  }

  private static UnsupportedElement only(Dockerfile dockerfile) {
    GeneratedJava java = GENERATOR.generate(dockerfile);
    assertThat(java.isComplete()).isFalse();
    assertThat(java.unsupported()).hasSize(1);
    return java.unsupported().get(0);
  }

  @Test
  void commentWithoutSpaceAfterHash() {
    UnsupportedElement u = only(oneStage(List.of(), List.of(new Comment("no space"), RUN)));
    assertThat(u).isEqualTo(new UnsupportedElement("stage 0, body element 0", "#no space",
        "comment(text) writes \"# \" and the text, so \"#no space\" (no space after #) cannot be written"));
  }

  @Test
  void commentOfOneSpace() {
    UnsupportedElement u = only(oneStage(List.of(), List.of(RUN, new Comment(" "))));
    assertThat(u.reason()).isEqualTo("comment(\"\") writes \"#\" alone, so \"# \" (only a space after #) cannot be"
        + " written");
  }

  @Test
  void commentWithoutSpaceInHeaderAndLeading() {
    Dockerfile d = Dockerfile.of(List.of(), List.of(new Comment("####")),
        List.of(new Stage(List.of(new Comment("!x")), ALPINE, List.of(RUN))));
    GeneratedJava java = GENERATOR.generate(d);
    assertThat(java.unsupported()).extracting(UnsupportedElement::location)
        .containsExactly("header element 0", "stage 0, leading element 0");
  }

  @Test
  void stageWithoutInstructions() {
    Dockerfile d = Dockerfile.of(List.of(), List.of(), List.of(
        new Stage(List.of(), ALPINE.as("base"), List.of(RUN)),
        new Stage(List.of(BlankLine.INSTANCE), ALPINE, List.of(Comment.of("nothing to do")))));
    assertThat(only(d)).isEqualTo(new UnsupportedElement("stage 1", "FROM alpine:3.20",
        "StageBuilder refuses a stage without instructions (build() throws \"stage ... is empty\"), though"
            + " BuildKit builds one"));
  }

  @Test
  void laterStageWithoutBlankLineAbove() {
    Dockerfile d = Dockerfile.of(List.of(), List.of(), List.of(
        new Stage(List.of(), ALPINE.as("a"), List.of(RUN)),
        new Stage(List.of(), ALPINE.as("b"), List.of(RUN))));
    assertThat(only(d)).isEqualTo(new UnsupportedElement("stage 1 \"b\"", "FROM alpine:3.20 AS b",
        "DockerfileBuilder.stage puts a blank line above every stage but the first, and this stage has none"));
  }

  @Test
  void moreBlankLinesAboveAStage() {
    Dockerfile d = Dockerfile.of(List.of(), List.of(), List.of(
        new Stage(List.of(), ALPINE.as("a"), List.of(RUN)),
        new Stage(List.of(BlankLine.INSTANCE, Comment.of("b"), BlankLine.INSTANCE), ALPINE.as("b"), List.of(RUN))));
    UnsupportedElement u = only(d);
    assertThat(u.location()).isEqualTo("stage 1 \"b\", leading element 2");
    assertThat(u.reason()).isEqualTo("StageBuilder has leadingComment but no way to add a blank line above FROM"
        + " other than the one stage() puts there");
  }

  @Test
  void blankLineAboveTheFirstStage() {
    UnsupportedElement u = only(oneStage(List.of(BlankLine.INSTANCE), List.of(RUN)));
    assertThat(u.reason()).isEqualTo("StageBuilder has leadingComment but no way to add a blank line above FROM"
        + " of the first stage");
  }

  @Test
  void globalArgOfSeveralNames() {
    Dockerfile d = Dockerfile.of(List.of(),
        List.of(new ArgInstruction(List.of(new ArgDeclaration("A", null), new ArgDeclaration("B", null)))),
        List.of(Stage.of(ALPINE, List.of(RUN))));
    assertThat(only(d)).isEqualTo(new UnsupportedElement("header element 0", "ARG A B",
        "DockerfileBuilder.arg declares one argument, and DockerfileBuilder has no instruction(...): a global"
            + " ARG of several names cannot be written"));
  }

  @Test
  void globalArgWithLiteralDollar() {
    Dockerfile d = Dockerfile.of(List.of(),
        List.of(new ArgInstruction(List.of(new ArgDeclaration("A", Value.literal("${NOT}"))))),
        List.of(Stage.of(ALPINE, List.of(RUN))));
    assertThat(only(d).reason()).isEqualTo("DockerfileBuilder.arg reads the default with Value.of and has no"
        + " Value overload: a default with a literal $ cannot be written");
  }

  @Test
  void directiveNotInLowerCase() {
    Dockerfile d = Dockerfile.of(List.of(new ParserDirective("Syntax", "docker/dockerfile:1")), List.of(),
        List.of(Stage.of(ALPINE, List.of(RUN))));
    assertThat(only(d)).isEqualTo(new UnsupportedElement("directive 0", "# Syntax=docker/dockerfile:1",
        "DockerfileBuilder writes the directives syntax, escape and check, in lower case: it has no method for"
            + " \"Syntax\""));
  }

  @Test
  void noStage() {
    assertThat(only(Dockerfile.of(List.of(), List.of(ArgInstruction.of("A")), List.of())).reason())
        .isEqualTo("DockerfileBuilder.build() needs at least one stage");
  }

  @Test
  void parsedElementsAreLocatedByLine() {
    Comment comment = new Comment("no space");
    IdentityHashMap<Object, SourceSpan> spans = new IdentityHashMap<>();
    spans.put(comment, new SourceSpan("#no space", new SourcePosition(2, 1), new SourcePosition(2, 9), 17, 26));
    Stage stage = Stage.of(ALPINE, List.of(comment, RUN));
    Dockerfile parsed = Dockerfile.of(List.of(), List.of(), List.of(stage),
        new SourceFile("Dockerfile", false, "\n", spans));
    assertThat(only(parsed).location()).isEqualTo("line 2, stage 0, body element 0");
  }

  @Test
  void everyUnsupportedElementIsListedAndNoSourceIsGiven() {
    Dockerfile d = oneStage(List.of(), List.of(new Comment("a"), RUN, new Comment("b")));
    GeneratedJava java = GENERATOR.generate(d);
    assertThat(java.unsupported()).hasSize(2);
    assertThat(java.toString()).isEqualTo("gen.G: 2 unsupported element(s)");
    assertThatThrownBy(java::source)
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("the DSL cannot write 2 element(s) of this Dockerfile exactly:\n"
            + "  stage 0, body element 0: #a: comment(text) writes \"# \" and the text, so \"#a\" (no space after #)"
            + " cannot be written\n"
            + "  stage 0, body element 2: #b: comment(text) writes \"# \" and the text, so \"#b\" (no space after #)"
            + " cannot be written");
  }
}
