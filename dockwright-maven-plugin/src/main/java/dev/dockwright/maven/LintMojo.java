package dev.dockwright.maven;

import dev.dockwright.lint.Finding;
import dev.dockwright.lint.LintOptions;
import dev.dockwright.lint.LintReport;
import dev.dockwright.lint.Linter;
import dev.dockwright.lint.Severity;
import dev.dockwright.model.BuilderTarget;
import dev.dockwright.parser.DockerfileParseException;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Lints the project's Dockerfiles and fails the build when a finding reaches {@link #failOn}: the same rules,
 * suppression comments and messages as {@code dockwright lint}. Each finding is logged as
 * {@code FILE:LINE:COL: severity ID message}, with the file relative to the project directory.
 *
 * <pre>{@code
 * <plugin>
 *   <groupId>dev.dockwright</groupId>
 *   <artifactId>dockwright-maven-plugin</artifactId>
 *   <version>0.1.0-SNAPSHOT</version>
 *   <executions>
 *     <execution>
 *       <goals><goal>lint</goal></goals>
 *       <configuration>
 *         <failOn>warning</failOn>
 *         <ignore><id>DL3008</id></ignore>
 *       </configuration>
 *     </execution>
 *   </executions>
 * </plugin>
 * }</pre>
 */
@Mojo(name = "lint", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public final class LintMojo extends AbstractMojo {
  /** The project directory: where Dockerfiles are looked for, and what their names are relative to. */
  @Parameter(defaultValue = "${project.basedir}", readonly = true, required = true)
  File basedir;

  /**
   * The Dockerfiles to lint. When empty, every file under the project directory named {@code Dockerfile},
   * {@code *.Dockerfile} or {@code Dockerfile.*} (but not {@code *.dockerignore}), outside {@code target},
   * {@code node_modules} and hidden directories.
   */
  @Parameter
  List<File> dockerfiles = new ArrayList<>();

  /**
   * Glob patterns, relative to the project directory, of the files to lint instead of those with a
   * Dockerfile's name, such as {@code docker/*.df}; {@code **}{@code /} also matches no directory.
   */
  @Parameter
  List<String> includes = new ArrayList<>();

  /** Glob patterns, relative to the project directory, of files or directories to leave out, such as {@code legacy}. */
  @Parameter
  List<String> excludes = new ArrayList<>();

  /** The build fails when a finding is at least this severe: {@code error}, {@code warning}, {@code info} or {@code none}. */
  @Parameter(property = "dockwright.failOn", defaultValue = "warning")
  String failOn;

  /** Findings less severe than this are not reported: {@code error}, {@code warning} or {@code info}. */
  @Parameter(property = "dockwright.threshold", defaultValue = "info")
  String threshold;

  /** The builder the files are for: {@code buildkit}, {@code buildah} or {@code legacy}. */
  @Parameter(property = "dockwright.target", defaultValue = "buildkit")
  String target;

  /** Rules to leave out, by any of their ids ({@code DL3008}, {@code UndefinedVar}). */
  @Parameter
  List<String> ignore = new ArrayList<>();

  /** Opt-in rules to run, such as {@code DL3057}. */
  @Parameter
  private List<String> enable = new ArrayList<>();

  /** When set, a SARIF 2.1.0 report of the findings is written there, for code scanning. */
  @Parameter(property = "dockwright.sarifOutput")
  File sarifOutput;

  /** The plugin's version, written into the SARIF report. */
  @Parameter(defaultValue = "${plugin.version}", readonly = true)
  private String pluginVersion;

  /** Skips the goal. */
  @Parameter(property = "dockwright.skip", defaultValue = "false")
  private boolean skip;

  /** Creates the goal; Maven sets its parameters. */
  public LintMojo() {}

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().info("Skipping: dockwright.skip is set");
      return;
    }
    Path base = basedir.toPath().toAbsolutePath();
    LintOptions options;
    Severity limit;
    try {
      options = LintOptions.defaults()
          .withTarget(BuilderTarget.parse(target))
          .withThreshold(Severity.parse(threshold))
          .withIgnored(Set.copyOf(ignore))
          .withEnabled(Set.copyOf(enable));
      limit = failOnSeverity(failOn);
    } catch (IllegalArgumentException e) {
      throw new MojoExecutionException("Dockwright: " + e.getMessage(), e);
    }
    List<Path> files;
    try {
      files = dockerfiles.isEmpty()
          ? DockerfileFinder.find(base, includes, excludes)
          : dockerfiles.stream().map(f -> f.toPath().toAbsolutePath()).toList();
    } catch (IOException e) {
      throw new MojoExecutionException("Dockwright: cannot list the project's files: " + e.getMessage(), e);
    }
    if (files.isEmpty()) {
      getLog().info("No Dockerfile to lint under " + base);
      return;
    }
    Linter linter = Linter.create();
    List<Finding> findings = new ArrayList<>();
    int unreadable = 0;
    for (Path file : files) {
      String name = DockerfileFinder.displayName(base, file);
      String text;
      try {
        text = Files.readString(file, StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new MojoExecutionException("Dockwright: cannot read " + name + ": " + e.getMessage(), e);
      }
      try {
        findings.addAll(linter.lint(text, name, options.withContext(file.getParent())));
      } catch (DockerfileParseException e) {
        e.problems().forEach(p -> getLog().error(p.toString()));
        unreadable++;
      }
    }
    for (Finding f : findings) {
      if (f.severity().isAtLeast(Severity.WARNING)) {
        if (limit != null && f.severity().isAtLeast(limit)) {
          getLog().error(f.format());
        } else {
          getLog().warn(f.format());
        }
      } else {
        getLog().info(f.format());
      }
    }
    if (sarifOutput != null) {
      writeSarif(LintReport.sarif(findings, linter.rules(), pluginVersion == null ? "unknown" : pluginVersion));
    }
    if (unreadable > 0) {
      throw new MojoFailureException("Dockwright lint: " + unreadable + " of " + files.size()
          + " Dockerfiles could not be parsed");
    }
    long failing = limit == null ? 0 : findings.stream().filter(f -> f.severity().isAtLeast(limit)).count();
    if (failing > 0) {
      throw new MojoFailureException("Dockwright lint: " + count(failing, "finding") + " at or above "
          + limit.text() + " in " + count(files.size(), "Dockerfile"));
    }
    getLog().info("Dockwright lint: " + count(findings.size(), "finding") + " in " + count(files.size(), "Dockerfile"));
  }

  // As dockwright lint --fail-on: a severity, or none to never fail.
  private static Severity failOnSeverity(String text) {
    String value = text.trim().toLowerCase(Locale.ROOT);
    if (value.equals("none")) {
      return null;
    }
    try {
      return Severity.parse(value);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "failOn: not a severity: \"" + text + "\" (expected error, warning, info or none)", e);
    }
  }

  private static String count(long n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }

  private void writeSarif(String sarif) throws MojoExecutionException {
    try {
      Path out = sarifOutput.toPath();
      if (out.getParent() != null) {
        Files.createDirectories(out.getParent());
      }
      Files.writeString(out, sarif, StandardCharsets.UTF_8);
      getLog().info("Wrote " + out);
    } catch (IOException e) {
      throw new MojoExecutionException("Dockwright: cannot write " + sarifOutput + ": " + e.getMessage(), e);
    }
  }
}
