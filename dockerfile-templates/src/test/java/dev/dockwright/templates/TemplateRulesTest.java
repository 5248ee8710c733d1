package dev.dockwright.templates;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dockwright.model.BuilderTarget;
import dev.dockwright.model.CacheMount;
import dev.dockwright.model.CmdInstruction;
import dev.dockwright.model.CopyInstruction;
import dev.dockwright.model.CopySource;
import dev.dockwright.model.Dockerfile;
import dev.dockwright.model.Element;
import dev.dockwright.model.EntrypointInstruction;
import dev.dockwright.model.EnvInstruction;
import dev.dockwright.model.ExecCommand;
import dev.dockwright.model.ImageRef;
import dev.dockwright.model.Instruction;
import dev.dockwright.model.KeyValue;
import dev.dockwright.model.LabelInstruction;
import dev.dockwright.model.Mount;
import dev.dockwright.model.RunInstruction;
import dev.dockwright.model.SecretMount;
import dev.dockwright.model.ShellCommand;
import dev.dockwright.model.Stage;
import dev.dockwright.model.UserInstruction;
import dev.dockwright.model.WorkdirInstruction;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The rules every template output keeps, checked on the model rather than the text, for every combination
 * the golden files cover.
 */
class TemplateRulesTest {

  static Stream<Arguments> all() {
    return Stream.concat(GoldenTest.combinations(), GoldenTest.features());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("all")
  void rules(String name, String project, TemplateOptions options) {
    GeneratedDockerfile generated = Templates.forProject(Fixtures.project(project), options);
    Dockerfile file = generated.dockerfile();
    List<String> ignored = generated.dockerignore().lines().filter(l -> !l.startsWith("#")).toList();
    assertThat(file.directive("syntax")).hasValue("docker/dockerfile:1");
    for (Stage stage : file.stages()) {
      if (stage.from().image() instanceof ImageRef image && !image.isScratch()) {
        assertThat(image.tag()).as("pinned tag of %s", image).isPresent().get().isNotEqualTo("latest");
      }
      for (Element e : stage.body()) {
        if (e instanceof WorkdirInstruction w) {
          assertThat(w.path().toString()).startsWith("/");
        }
        if (e instanceof EnvInstruction env) {
          for (KeyValue kv : env.variables()) {
            assertThat(kv.key()).as("no secret in ENV").doesNotContainIgnoringCase("token").doesNotContainIgnoringCase("secret");
          }
        }
        if (e instanceof RunInstruction run) {
          checkRun(run, options.target());
        }
        if (e instanceof CopyInstruction copy) {
          assertThat(copy.link()).as("no --link").isFalse();
          if (copy.from() == null) {
            for (CopySource source : copy.sources()) {
              String path = ((CopySource.Path) source).path().toString();
              assertThat(ignored).as("CopyIgnoredFile: %s", path).doesNotContain(path, path.replaceFirst("/$", ""));
            }
          }
          assertThat(copy.chmod() == null || options.target() != BuilderTarget.LEGACY).isTrue();
        }
      }
    }
    Stage runtime = file.stages().get(file.stages().size() - 1);
    assertThat(runtime.name()).hasValue("runtime");
    List<Instruction> instructions = runtime.instructions();
    UserInstruction user = instructions.stream().filter(UserInstruction.class::isInstance)
        .map(UserInstruction.class::cast).reduce((a, b) -> b).orElseThrow();
    assertThat(user.user().isNumericUser()).isTrue();
    assertThat(user.user().isRoot()).isFalse();
    // Application files are copied before USER, so they stay root's and read-only to the user.
    int userIndex = instructions.indexOf(user);
    for (int i = userIndex; i < instructions.size(); i++) {
      assertThat(instructions.get(i)).isNotInstanceOf(CopyInstruction.class).isNotInstanceOf(RunInstruction.class);
    }
    for (Instruction i : instructions) {
      assertThat(i).as("no build step in the runtime").isNotInstanceOf(RunInstruction.class);
      if (i instanceof CopyInstruction copy) {
        assertThat(copy.chown()).as("files owned by root").isNull();
      }
      if (i instanceof EntrypointInstruction entrypoint) {
        assertThat(entrypoint.command()).isInstanceOf(ExecCommand.class);
      }
      if (i instanceof CmdInstruction cmd) {
        assertThat(cmd.command()).isInstanceOf(ExecCommand.class);
      }
    }
    assertThat(instructions).anyMatch(EntrypointInstruction.class::isInstance);
    assertThat(instructions).anyMatch(i -> i instanceof LabelInstruction l
        && l.labels().get(0).key().startsWith("org.opencontainers.image."));
  }

  private static void checkRun(RunInstruction run, BuilderTarget target) {
    assertThat(run.network()).isNull();
    assertThat(run.security()).isNull();
    if (run.command() instanceof ShellCommand shell) {
      assertThat(shell.heredocs()).as("no heredocs").isEmpty();
      String text = shell.commandLine();
      if (text.contains("apt-get install")) {
        assertThat(text).contains("--no-install-recommends").contains("rm -rf /var/lib/apt/lists/*").contains("=");
      }
      if (target == BuilderTarget.LEGACY && text.contains("pip install")) {
        assertThat(text).contains("--no-cache-dir");
      }
    }
    switch (target) {
      case LEGACY -> assertThat(run.mounts()).as("no mounts for the legacy builder").isEmpty();
      case BUILDAH -> {
        for (Mount m : run.mounts()) {
          if (m instanceof SecretMount s) {
            assertThat(s.env()).as("no secret env= for buildah").isNull();
          }
        }
      }
      default -> { }
    }
    for (Mount m : run.mounts()) {
      if (m instanceof CacheMount c) {
        String text = ((ShellCommand) run.command()).commandLine();
        assertThat(text).as("a cached RUN does not clean its cache").doesNotContain("cache clean").doesNotContain("store prune");
      }
    }
  }
}
