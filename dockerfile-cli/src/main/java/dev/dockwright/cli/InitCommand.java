package dev.dockwright.cli;

import dev.dockwright.model.BuilderTarget;
import dev.dockwright.templates.DetectedProject;
import dev.dockwright.templates.GeneratedDockerfile;
import dev.dockwright.templates.Language;
import dev.dockwright.templates.ProjectDetector;
import dev.dockwright.templates.RuntimeFlavor;
import dev.dockwright.templates.TemplateOptions;
import dev.dockwright.templates.Templates;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code dockwright init}: a best-practice Dockerfile for a Node, Python or Go project. */
@Command(
    name = "init",
    mixinStandardHelpOptions = true,
    description = {
      "Detects a Node, Python or Go project and prints a best-practice multi-stage Dockerfile for it.",
      "What was detected goes to stderr. With --write, writes Dockerfile and .dockerignore into DIR.",
      "Exit status: 0 on success, 1 when DIR holds no recognised project or a file would be overwritten,"
          + " 2 on a usage error."
    })
final class InitCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", arity = "0..1", paramLabel = "DIR", defaultValue = ".",
      description = "The project directory. Default: the current directory.")
  Path dir;

  @Option(names = "--template", paramLabel = "KIND", defaultValue = "auto",
      description = "node, python, go or auto (detect). Default: ${DEFAULT-VALUE}.")
  String template;

  @Option(names = "--target", paramLabel = "BUILDER", defaultValue = "buildkit",
      description = "buildkit, buildah or legacy. Default: ${DEFAULT-VALUE}.")
  String target;

  @Option(names = "--flavor", paramLabel = "FLAVOR",
      description = "The runtime image: slim, alpine or distroless for Node and Python; distroless or scratch for Go.")
  String flavor;

  @Option(names = "--port", paramLabel = "PORT", description = "The port to EXPOSE.")
  Integer port;

  @Option(names = "--main-package", paramLabel = "PKG",
      description = "The Go main package to build, such as ./cmd/api; detected if unset.")
  String mainPackage;

  @Option(names = "--run-tests", description = "Run the project's tests in the build stage, so a failing test fails the build.")
  boolean runTests;

  @Option(names = "--write", description = "Write Dockerfile and .dockerignore into DIR.")
  boolean write;

  @Option(names = "--force", description = "With --write, overwrite existing files.")
  boolean force;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (!Files.isDirectory(dir)) {
      err.println("dockwright init: " + dir + ": not a directory");
      return 2;
    }
    TemplateOptions options;
    try {
      TemplateOptions.Builder b = TemplateOptions.builder().target(BuilderTarget.parse(target)).runTests(runTests);
      if (flavor != null) {
        b.flavor(RuntimeFlavor.parse(flavor));
      }
      if (port != null) {
        b.port(port);
      }
      if (mainPackage != null) {
        b.mainPackage(mainPackage);
      }
      options = b.build();
    } catch (IllegalArgumentException e) {
      err.println("dockwright init: " + e.getMessage());
      return 2;
    }
    Optional<Language> wanted;
    try {
      wanted = Language.parseTemplate(template);
    } catch (IllegalArgumentException e) {
      err.println("dockwright init: " + e.getMessage());
      return 2;
    }
    DetectedProject project;
    try {
      project = ProjectDetector.detect(dir, options);
    } catch (IllegalArgumentException e) {
      // not recognised, or recognised but incomplete (a Go module without a main package): the project's fault
      err.println("dockwright init: " + e.getMessage());
      return 1;
    }
    if (wanted.isPresent() && project.language() != wanted.get()) {
      err.println("dockwright init: " + dir + " is a " + project.language().text() + " project, not "
          + wanted.get().text());
      return 1;
    }
    GeneratedDockerfile generated;
    try {
      generated = Templates.forProject(project, options);
    } catch (IllegalArgumentException e) {
      err.println("dockwright init: " + e.getMessage());
      return 1;
    }
    err.print(project.summary());
    err.flush();
    String text = generated.render();
    if (!write) {
      out.print(text);
      out.flush();
      return 0;
    }
    Path dockerfile = dir.resolve("Dockerfile");
    Path ignore = dir.resolve(".dockerignore");
    for (Path p : new Path[] {dockerfile, ignore}) {
      if (Files.exists(p) && !force) {
        err.println("dockwright init: " + p + " exists: use --force to overwrite it");
        return 1;
      }
    }
    Files.writeString(dockerfile, text, StandardCharsets.UTF_8);
    Files.writeString(ignore, generated.dockerignore(), StandardCharsets.UTF_8);
    err.println("wrote " + dockerfile + " and " + ignore);
    return 0;
  }
}
