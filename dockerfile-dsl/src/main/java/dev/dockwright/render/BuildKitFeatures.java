package dev.dockwright.render;

import dev.dockwright.model.AddInstruction;
import dev.dockwright.model.CopyInstruction;
import dev.dockwright.model.CopySource;
import dev.dockwright.model.Dockerfile;
import dev.dockwright.model.Element;
import dev.dockwright.model.HealthcheckInstruction;
import dev.dockwright.model.OnBuildInstruction;
import dev.dockwright.model.RunInstruction;
import dev.dockwright.model.ShellCommand;
import dev.dockwright.model.Stage;

/** Finds features that need the BuildKit frontend, so the renderer can pin {@code # syntax=}. */
final class BuildKitFeatures {
  private BuildKitFeatures() {}

  static boolean used(Dockerfile file) {
    for (Stage stage : file.stages()) {
      for (Element e : stage.body()) {
        if (needsBuildKit(e)) {
          return true;
        }
      }
    }
    return false;
  }

  /** Whether the file uses a feature of the labs channel only: {@code RUN --device}. */
  static boolean labsUsed(Dockerfile file) {
    for (Stage stage : file.stages()) {
      for (Element e : stage.body()) {
        Element run = e instanceof OnBuildInstruction onBuild ? onBuild.trigger() : e;
        if (run instanceof RunInstruction r && !r.devices().isEmpty()) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean needsBuildKit(Element e) {
    if (e instanceof OnBuildInstruction onBuild) {
      return needsBuildKit(onBuild.trigger());
    }
    if (e instanceof RunInstruction run) {
      return !run.mounts().isEmpty() || run.network() != null || run.security() != null
          || !run.devices().isEmpty()
          || (run.command() instanceof ShellCommand shell && !shell.heredocs().isEmpty());
    }
    if (e instanceof CopyInstruction copy) {
      return copy.link() || copy.parents() || !copy.excludes().isEmpty() || copy.chmod() != null
          || copy.sources().stream().anyMatch(s -> s instanceof CopySource.Inline);
    }
    if (e instanceof AddInstruction add) {
      return add.link() || !add.excludes().isEmpty() || add.chmod() != null || add.checksum() != null
          || add.keepGitDir() || add.unpack() != null
          || add.sources().stream().anyMatch(s -> s instanceof CopySource.Inline);
    }
    if (e instanceof HealthcheckInstruction health) {
      return health.startInterval() != null;
    }
    return false;
  }
}
