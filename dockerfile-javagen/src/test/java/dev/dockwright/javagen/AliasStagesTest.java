package dev.dockwright.javagen;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dockwright.model.ArgInstruction;
import dev.dockwright.model.BlankLine;
import dev.dockwright.model.Command;
import dev.dockwright.model.Comment;
import dev.dockwright.model.CopyInstruction;
import dev.dockwright.model.CopySource;
import dev.dockwright.model.Dockerfile;
import dev.dockwright.model.FromInstruction;
import dev.dockwright.model.ImageRef;
import dev.dockwright.model.RunInstruction;
import dev.dockwright.model.Stage;
import dev.dockwright.model.StageRef;
import dev.dockwright.model.Value;
import dev.dockwright.parser.DockerfileParser;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A stage without instructions that no later stage names is an alias of its base image: the generator
 * marks it {@code alias()}, which {@code DockerfileBuilder.build()} takes, and each model comes back equal
 * from the compiled code. A stage without instructions that a later stage names needs no mark.
 */
class AliasStagesTest {
  private static final FromInstruction ALPINE = FromInstruction.of(ImageRef.of("alpine:3.20"));
  private static final RunInstruction RUN = RunInstruction.of(Command.shell("true"));

  private static String body(Dockerfile d) {
    GeneratedJava java = new JavaGenerator(JavaGenerator.Options.of("gen", "G").withMain(false)).generate(d);
    assertThat(java.unsupported()).isEmpty();
    String source = java.source();
    return source.substring(source.indexOf("    DockerfileBuilder file"), source.indexOf("    return file.build();"));
  }

  private static Map<String, Dockerfile> models() {
    Map<String, Dockerfile> m = new LinkedHashMap<>();
    m.put("lastStage", Dockerfile.of(List.of(), List.of(), List.of(
        new Stage(List.of(), ALPINE.as("base"), List.of(RUN)),
        new Stage(List.of(BlankLine.INSTANCE), FromInstruction.of(StageRef.named("base")),
            List.of(Comment.of("nothing to do"))))));
    m.put("namedThroughABuildArgument", Dockerfile.of(List.of(), List.of(ArgInstruction.of("TARGETOS")), List.of(
        new Stage(List.of(), ALPINE.as("bin-linux"), List.of()),
        new Stage(List.of(BlankLine.INSTANCE), ALPINE.as("bin-windows"), List.of()),
        new Stage(List.of(BlankLine.INSTANCE), FromInstruction.of(ImageRef.of("bin-${TARGETOS}")).as("bin"),
            List.of(RUN)))));
    m.put("builtAsATarget", Dockerfile.of(List.of(), List.of(), List.of(
        new Stage(List.of(), ALPINE.as("image"), List.of()),
        new Stage(List.of(BlankLine.INSTANCE), ALPINE.as("test"), List.of(RUN)))));
    m.put("referredToByIndexThoughNamed", Dockerfile.of(List.of(), List.of(), List.of(
        new Stage(List.of(), ALPINE.as("base"), List.of()),
        new Stage(List.of(BlankLine.INSTANCE), ALPINE, List.of(
            CopyInstruction.of(List.of(CopySource.path("/etc/os-release")), Value.of("/"))
                .withFrom(StageRef.index(0)))))));
    m.put("usedByALaterStage", Dockerfile.of(List.of(), List.of(), List.of(
        new Stage(List.of(), ALPINE.as("BASE"), List.of(Comment.of("an alias"))),
        new Stage(List.of(BlankLine.INSTANCE), FromInstruction.of(StageRef.named("base")), List.of(RUN)))));
    m.put("parsed", DockerfileParser.strict().parse("""
        FROM alpine:3.20 AS base
        RUN apk add --no-cache curl

        FROM base AS linux
        FROM base AS windows
        FROM ${TARGETOS} AS final
        """, "Dockerfile"));
    m.put("onlyStage", DockerfileParser.strict().parse("FROM alpine:3.20\n", "Dockerfile"));
    return m;
  }

  @Test
  void everyModelComesBack() {
    RoundTrip.check(models());
  }

  @Test
  void theLastStage() {
    assertThat(body(models().get("lastStage"))).endsWith("""
            StageBuilder stage1 = file.stage(null, base)
                .alias()
                .comment("nothing to do");
        """);
    assertThat(body(models().get("onlyStage"))).isEqualTo("""
            DockerfileBuilder file = DockerfileBuilder.create();

            StageBuilder stage0 = file.from("alpine:3.20")
                .alias();
        """);
  }

  /** FROM bin-${TARGETOS} names them once its build arguments expand, which DockerfileBuilder does not count. */
  @Test
  void stagesNamedThroughABuildArgument() {
    assertThat(body(models().get("namedThroughABuildArgument"))).isEqualTo("""
            DockerfileBuilder file = DockerfileBuilder.create()
                .arg("TARGETOS");

            StageBuilder binLinux = file.stage("bin-linux", "alpine:3.20")
                .alias();

            StageBuilder binWindows = file.stage("bin-windows", "alpine:3.20")
                .alias();

            StageBuilder bin = file.stage("bin", "bin-${TARGETOS}")
                .run("true");
        """);
    assertThat(body(models().get("parsed"))).endsWith("""
            StageBuilder linux = file.stage("linux", base)
                .alias();

            StageBuilder windows = file.stage("windows", base)
                .withoutLeadingBlankLine()
                .alias();

            StageBuilder finalStage = file.stage("final", "${TARGETOS}")
                .withoutLeadingBlankLine()
                .alias();
        """);
  }

  @Test
  void aStageBuiltAsATarget() {
    assertThat(body(models().get("builtAsATarget"))).startsWith("""
            DockerfileBuilder file = DockerfileBuilder.create();

            StageBuilder image = file.stage("image", "alpine:3.20")
                .alias();
        """);
  }

  /** DockerfileBuilder counts references by the name StageBuilder.ref() gives: --from=0 of a named stage is not one. */
  @Test
  void aNamedStageReferredToByIndex() {
    assertThat(body(models().get("referredToByIndexThoughNamed"))).startsWith("""
            DockerfileBuilder file = DockerfileBuilder.create();

            StageBuilder base = file.stage("base", "alpine:3.20")
                .alias();
        """);
  }

  /** A later FROM names it (in any letter case, kept as written): build() takes it as it is. */
  @Test
  void aStageThatALaterStageUsesIsNotMarked() {
    assertThat(body(models().get("usedByALaterStage"))).isEqualTo("""
            DockerfileBuilder file = DockerfileBuilder.create();

            StageBuilder base = file.stage("BASE", "alpine:3.20")
                .comment("an alias");

            StageBuilder stage1 = file.stage(null, StageRef.named("base"))
                .run("true");
        """);
  }
}
