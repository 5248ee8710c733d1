package dev.dockwright.dsl;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dockwright.model.EnvInstruction;
import dev.dockwright.model.FromInstruction;
import dev.dockwright.model.ImageRef;
import dev.dockwright.model.Value;
import org.junit.jupiter.api.Test;

/** What the DSL refuses to build, with the exact messages. */
class RefusalsTest {

  @Test
  void noStage() {
    assertThatThrownBy(() -> DockerfileBuilder.create().build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a Dockerfile needs at least one stage");
  }

  @Test
  void emptyNamedStage() {
    DockerfileBuilder file = DockerfileBuilder.create();
    file.stage("app", "alpine:3.20").comment("nothing yet");

    assertThatThrownBy(file::build)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("stage \"app\" is empty: add an instruction, remove it, or mark it alias()");
  }

  @Test
  void emptyUnnamedStage() {
    DockerfileBuilder file = DockerfileBuilder.create();
    file.from("alpine:3.20").run("true");
    file.from("alpine:3.20");

    assertThatThrownBy(file::build)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("stage 1 is empty: add an instruction, remove it, or mark it alias()");
  }

  @Test
  void twoStagesWithOneName() {
    DockerfileBuilder file = DockerfileBuilder.create();
    file.stage("build", "alpine:3.20").run("true");
    file.stage("build", "alpine:3.20").run("false");

    assertThatThrownBy(file::build)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("duplicate stage name: \"build\"");
  }

  @Test
  void twoStagesWhoseNamesDifferInCaseOnly() {
    DockerfileBuilder file = DockerfileBuilder.create();
    file.stage("build", "alpine:3.20").run("true");
    file.stage("Build", "alpine:3.20").run("false");

    assertThatThrownBy(file::build)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("duplicate stage name: \"Build\"");
  }

  @Test
  void invalidStageName() {
    assertThatThrownBy(() -> DockerfileBuilder.create().stage("1st", "alpine:3.20"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("not a valid stage name: \"1st\"");
  }

  @Test
  void invalidImage() {
    assertThatThrownBy(() -> DockerfileBuilder.create().from("node::22"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("not a valid image reference: \"node::22\"");
  }

  @Test
  void fromAsAnInstruction() {
    StageBuilder stage = DockerfileBuilder.create().from("alpine:3.20");

    assertThatThrownBy(() -> stage.instruction(FromInstruction.of(ImageRef.of("debian"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("FROM starts a new stage: use DockerfileBuilder.stage");
  }

  @Test
  void stageFromAStageOfAnotherDockerfile() {
    StageBuilder foreign = DockerfileBuilder.create().stage("base", "alpine:3.20").run("true");

    assertThatThrownBy(() -> DockerfileBuilder.create().stage("app", foreign))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("stage \"base\" belongs to another Dockerfile");
  }

  @Test
  void mountFromAStageOfAnotherDockerfile() {
    StageBuilder foreign = DockerfileBuilder.create().stage("build", "alpine:3.20").run("true");
    StageBuilder app = DockerfileBuilder.create().from("alpine:3.20");

    assertThatThrownBy(() -> app.run(Run.shell("ls /mnt").mountFrom(foreign, "/out", "/mnt")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("stage \"build\" belongs to another Dockerfile");
  }

  @Test
  void mountFromAStageDefinedLater() {
    DockerfileBuilder file = DockerfileBuilder.create();
    StageBuilder app = file.stage("app", "alpine:3.20");
    StageBuilder later = file.stage("later", "alpine:3.20").run("true");
    app.run(Run.shell("ls /mnt").mountFrom(later, "/out", "/mnt"));

    assertThatThrownBy(file::build)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("stage \"later\" is not defined before stage \"app\"");
  }

  @Test
  void instructionOtherThanArgBeforeTheFirstFrom() {
    var env = EnvInstruction.of("A", Value.literal("1"));
    var stage = dev.dockwright.model.Stage.of(FromInstruction.of(ImageRef.of("alpine")), java.util.List.of(env));

    assertThatThrownBy(() -> dev.dockwright.model.Dockerfile.of(java.util.List.of(), java.util.List.of(env),
            java.util.List.of(stage)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("ENV cannot come before the first FROM: only ARG can");
  }
}
