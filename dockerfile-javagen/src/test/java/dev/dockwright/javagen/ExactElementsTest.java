package dev.dockwright.javagen;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dockwright.model.ArgDeclaration;
import dev.dockwright.model.ArgInstruction;
import dev.dockwright.model.BindMount;
import dev.dockwright.model.BlankLine;
import dev.dockwright.model.CacheMount;
import dev.dockwright.model.Command;
import dev.dockwright.model.Comment;
import dev.dockwright.model.CopyInstruction;
import dev.dockwright.model.CopySource;
import dev.dockwright.model.Dockerfile;
import dev.dockwright.model.Element;
import dev.dockwright.model.FromInstruction;
import dev.dockwright.model.ImageRef;
import dev.dockwright.model.ParserDirective;
import dev.dockwright.model.RunInstruction;
import dev.dockwright.model.Stage;
import dev.dockwright.model.StageRef;
import dev.dockwright.model.TmpfsMount;
import dev.dockwright.model.Value;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The shapes the parser gives that the plain fluent methods cannot write, each written with the DSL's exact
 * methods (directive, header, leading, leadingBlankLine, withoutLeadingBlankLine, element) and only where
 * needed; each model comes back equal from the compiled code.
 */
class ExactElementsTest {
  private static final FromInstruction ALPINE = FromInstruction.of(ImageRef.of("alpine:3.20"));
  private static final RunInstruction RUN = RunInstruction.of(Command.shell("true"));

  private static Dockerfile oneStage(List<Element> leading, List<Element> body) {
    return Dockerfile.of(List.of(), List.of(), List.of(new Stage(leading, ALPINE, body)));
  }

  private static Dockerfile twoStages(List<Element> leadingOfSecond) {
    return Dockerfile.of(List.of(), List.of(), List.of(
        new Stage(List.of(), ALPINE.as("a"), List.of(RUN)),
        new Stage(leadingOfSecond, ALPINE.as("b"), List.of(RUN))));
  }

  private static String body(Dockerfile d) {
    String source = new JavaGenerator(JavaGenerator.Options.of("gen", "G").withMain(false)).generate(d).source();
    return source.substring(source.indexOf("    DockerfileBuilder file"), source.indexOf("    return file.build();"));
  }

  private static Map<String, Dockerfile> models() {
    Map<String, Dockerfile> m = new LinkedHashMap<>();
    m.put("commentWithoutSpace", oneStage(List.of(), List.of(new Comment("no space"), RUN, new Comment(" "))));
    m.put("commentsInHeaderAndLeading", Dockerfile.of(List.of(),
        List.of(new Comment("####"), Comment.of("plain")),
        List.of(new Stage(List.of(new Comment("!x"), Comment.of("y")), ALPINE, List.of(RUN)))));
    m.put("stageRightAfterThePrevious", twoStages(List.of()));
    m.put("commentRightAboveAStage", twoStages(List.of(Comment.of("b"))));
    m.put("moreBlankLinesAboveAStage", twoStages(List.of(BlankLine.INSTANCE, Comment.of("b"), BlankLine.INSTANCE,
        BlankLine.INSTANCE)));
    m.put("blankLineAboveTheFirstStage", oneStage(List.of(BlankLine.INSTANCE, Comment.of("a")), List.of(RUN)));
    m.put("globalArgOfSeveralNames", Dockerfile.of(List.of(),
        List.of(new ArgInstruction(List.of(new ArgDeclaration("A", null), new ArgDeclaration("B", null)))),
        List.of(Stage.of(ALPINE, List.of(RUN)))));
    m.put("globalArgWithLiteralDollar", Dockerfile.of(List.of(),
        List.of(new ArgInstruction(List.of(new ArgDeclaration("A", Value.literal("${NOT}"))))),
        List.of(Stage.of(ALPINE, List.of(RUN)))));
    m.put("otherDirectives", Dockerfile.of(
        List.of(new ParserDirective("Syntax", "docker/dockerfile:1"), new ParserDirective("CHECK", "skip=JSONArgsRecommended")),
        List.of(), List.of(Stage.of(ALPINE, List.of(RUN)))));
    m.put("emptyAliasStages", Dockerfile.of(List.of(), List.of(), List.of(
        new Stage(List.of(), ALPINE.as("base"), List.of(Comment.of("an alias"))),
        new Stage(List.of(BlankLine.INSTANCE), FromInstruction.of(StageRef.named("base")).as("tools"), List.of()),
        new Stage(List.of(BlankLine.INSTANCE), ALPINE, List.of(
            CopyInstruction.of(List.of(CopySource.path("/bin/sh")), Value.of("/")).withFrom(StageRef.named("tools")),
            RunInstruction.of(Command.shell("true")))))));
    m.put("mountsWithoutTarget", oneStage(List.of(), List.of(RunInstruction.of(Command.shell("ls")).withMounts(List.of(
        new BindMount(null, "src", null, false),
        new CacheMount(null, "c", false, CacheMount.Sharing.LOCKED, null, null, null, null, null),
        new TmpfsMount(null, "64m"))))));
    return m;
  }

  @Test
  void everyModelComesBack() {
    RoundTrip.check(models());
  }

  @Test
  void commentsWithoutSpaceAreElements() {
    assertThat(body(models().get("commentWithoutSpace"))).isEqualTo("""
            DockerfileBuilder file = DockerfileBuilder.create();

            StageBuilder stage0 = file.from("alpine:3.20")
                .element(new Comment("no space"))
                .run("true")
                .element(new Comment(" "));
        """);
    assertThat(body(models().get("commentsInHeaderAndLeading"))).isEqualTo("""
            DockerfileBuilder file = DockerfileBuilder.create()
                .header(new Comment("####"))
                .comment("plain");

            StageBuilder stage0 = file.from("alpine:3.20")
                .leading(new Comment("!x"))
                .leadingComment("y")
                .run("true");
        """);
  }

  @Test
  void blankLinesAboveStages() {
    assertThat(body(models().get("stageRightAfterThePrevious"))).endsWith("""
            StageBuilder b = file.stage("b", "alpine:3.20")
                .withoutLeadingBlankLine()
                .run("true");
        """);
    assertThat(body(models().get("commentRightAboveAStage"))).endsWith("""
            StageBuilder b = file.stage("b", "alpine:3.20")
                .withoutLeadingBlankLine()
                .leadingComment("b")
                .run("true");
        """);
    assertThat(body(models().get("moreBlankLinesAboveAStage"))).endsWith("""
            StageBuilder b = file.stage("b", "alpine:3.20")
                .leadingComment("b")
                .leadingBlankLine()
                .leadingBlankLine()
                .run("true");
        """);
    assertThat(body(models().get("blankLineAboveTheFirstStage"))).endsWith("""
            StageBuilder stage0 = file.from("alpine:3.20")
                .leadingBlankLine()
                .leadingComment("a")
                .run("true");
        """);
  }

  @Test
  void globalArgsAndDirectivesTheFluentMethodsCannotWrite() {
    assertThat(body(models().get("globalArgOfSeveralNames"))).startsWith("""
            DockerfileBuilder file = DockerfileBuilder.create()
                .header(new ArgInstruction(List.of(
                    new ArgDeclaration("A", null),
                    new ArgDeclaration("B", null))));
        """);
    assertThat(body(models().get("globalArgWithLiteralDollar"))).startsWith("""
            DockerfileBuilder file = DockerfileBuilder.create()
                .header(new ArgInstruction(List.of(new ArgDeclaration("A", Value.literal("${NOT}")))));
        """);
    assertThat(body(models().get("otherDirectives"))).startsWith("""
            DockerfileBuilder file = DockerfileBuilder.create()
                .directive("Syntax", "docker/dockerfile:1")
                .directive("CHECK", "skip=JSONArgsRecommended");
        """);
  }

  @Test
  void emptyStagesThatLaterStagesUse() {
    assertThat(body(models().get("emptyAliasStages"))).isEqualTo("""
            DockerfileBuilder file = DockerfileBuilder.create();

            StageBuilder base = file.stage("base", "alpine:3.20")
                .comment("an alias");

            StageBuilder tools = file.stage("tools", base);

            StageBuilder stage2 = file.from("alpine:3.20")
                .copy(Copy.from(tools).paths("/bin/sh").to("/"))
                .run("true");
        """);
  }

  @Test
  void mountsWithoutTargetTakeTheRecords() {
    assertThat(body(models().get("mountsWithoutTarget"))).endsWith("""
                .run(Run.shell("ls")
                    .mount(new BindMount(null, "src", null, false))
                    .mount(new CacheMount(
                        null,
                        "c",
                        false,
                        CacheMount.Sharing.LOCKED,
                        null,
                        null,
                        null,
                        null,
                        null))
                    .mount(new TmpfsMount(null, "64m")));
        """);
  }
}
