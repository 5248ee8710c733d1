package dev.dockwright.maven;

import dev.dockwright.model.BuilderTarget;
import dev.dockwright.model.Dockerfile;
import dev.dockwright.render.DockerfileRenderer;
import dev.dockwright.templates.DetectedProject;
import dev.dockwright.templates.GeneratedDockerfile;
import dev.dockwright.templates.Language;
import dev.dockwright.templates.ProjectDetector;
import dev.dockwright.templates.RuntimeFlavor;
import dev.dockwright.templates.TemplateOptions;
import dev.dockwright.templates.Templates;
import java.io.File;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.maven.artifact.DependencyResolutionRequiredException;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.project.MavenProject;

/**
 * Writes a Dockerfile (and its {@code .dockerignore}) during the build: from a template, with the options given
 * in the POM, or from a class of the project whose public static method returns a {@link Dockerfile}. Runs in
 * {@code process-classes} by default, so that the project's own classes are compiled when one of them is asked
 * for. The file is written only when its text changes, so that its timestamp stays put for incremental builds.
 *
 * <pre>{@code
 * <plugin>
 *   <groupId>dev.dockwright</groupId>
 *   <artifactId>dockwright-maven-plugin</artifactId>
 *   <version>0.1.0-SNAPSHOT</version>
 *   <executions>
 *     <execution>
 *       <goals><goal>dockerfile</goal></goals>
 *       <configuration>
 *         <template>node</template>
 *         <projectDirectory>${project.basedir}/frontend</projectDirectory>
 *       </configuration>
 *     </execution>
 *   </executions>
 * </plugin>
 * }</pre>
 */
@Mojo(name = "dockerfile", defaultPhase = LifecyclePhase.PROCESS_CLASSES,
    requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
public final class DockerfileMojo extends AbstractMojo {
  /** The project being built: its class path is searched for {@link #dockerfileClass}. */
  @Parameter(defaultValue = "${project}", readonly = true, required = true)
  private MavenProject project;

  /**
   * The template: {@code node}, {@code python}, {@code go}, or {@code auto} to use the one the project
   * directory is detected as. Not used when {@link #dockerfileClass} is set.
   */
  @Parameter(property = "dockwright.template", defaultValue = "auto")
  private String template;

  /** The directory of the project the template writes for (where package.json, pyproject.toml or go.mod is). */
  @Parameter(property = "dockwright.projectDirectory", defaultValue = "${project.basedir}")
  private File projectDirectory;

  /** The builder the file is for: {@code buildkit}, {@code buildah} or {@code legacy}. */
  @Parameter(property = "dockwright.target", defaultValue = "buildkit")
  private String target;

  /**
   * The runtime image: {@code slim}, {@code alpine} or {@code distroless} for Node and Python, {@code scratch}
   * or {@code distroless} for Go; the template's own default if unset.
   */
  @Parameter(property = "dockwright.flavor")
  private String flavor;

  /** The port the image EXPOSEs; the template's own default if unset. */
  @Parameter(property = "dockwright.port")
  private Integer port;

  /** Whether the build stage runs the project's tests, so that a failing test fails the image build. */
  @Parameter(property = "dockwright.runTests", defaultValue = "false")
  private boolean runTests;

  /**
   * A class of the project that writes the Dockerfile itself, such as {@code com.example.Images}: its public
   * static method {@link #dockerfileMethod}, without parameters, returns a {@link Dockerfile}.
   */
  @Parameter(property = "dockwright.dockerfileClass")
  private String dockerfileClass;

  /** The method of {@link #dockerfileClass} to call. */
  @Parameter(property = "dockwright.dockerfileMethod", defaultValue = "dockerfile")
  private String dockerfileMethod;

  /**
   * The file to write. Its {@code .dockerignore} goes next to it: {@code .dockerignore} for a file named
   * {@code Dockerfile}, {@code NAME.dockerignore} for any other name, as BuildKit looks for them.
   */
  @Parameter(property = "dockwright.output", defaultValue = "${project.basedir}/Dockerfile")
  private File output;

  /** Whether a template's {@code .dockerignore} is written too. */
  @Parameter(property = "dockwright.writeDockerignore", defaultValue = "true")
  private boolean writeDockerignore;

  /** Skips the goal. */
  @Parameter(property = "dockwright.skip", defaultValue = "false")
  private boolean skip;

  /** Creates the goal; Maven sets its parameters. */
  public DockerfileMojo() {}

  @Override
  public void execute() throws MojoExecutionException {
    if (skip) {
      getLog().info("Skipping: dockwright.skip is set");
      return;
    }
    Path out = output.toPath();
    Dockerfile dockerfile;
    String text;
    String ignore = null;
    if (dockerfileClass != null && !dockerfileClass.isBlank()) {
      dockerfile = fromClass();
      text = DockerfileRenderer.defaults().render(dockerfile);
    } else {
      GeneratedDockerfile generated = fromTemplate();
      dockerfile = generated.dockerfile();
      text = generated.render();
      ignore = writeDockerignore ? generated.dockerignore() : null;
    }
    write(out, text, dockerfile.stages().size() + " stages");
    if (ignore != null) {
      String name = out.getFileName().toString();
      write(out.resolveSibling(name.equals("Dockerfile") ? ".dockerignore" : name + ".dockerignore"), ignore, null);
    }
  }

  private GeneratedDockerfile fromTemplate() throws MojoExecutionException {
    TemplateOptions options;
    try {
      TemplateOptions.Builder b = TemplateOptions.builder().target(BuilderTarget.parse(target)).runTests(runTests);
      if (flavor != null && !flavor.isBlank()) {
        b.flavor(RuntimeFlavor.valueOf(flavor.trim().toUpperCase(Locale.ROOT)));
      }
      if (port != null) {
        b.port(port);
      }
      options = b.build();
    } catch (IllegalArgumentException e) {
      throw new MojoExecutionException("Dockwright: " + e.getMessage(), e);
    }
    DetectedProject detected;
    try {
      detected = ProjectDetector.detect(projectDirectory.toPath(), options);
    } catch (IllegalArgumentException e) { // ProjectNotRecognizedException too: the message lists what was looked for
      throw new MojoExecutionException("Dockwright: " + e.getMessage(), e);
    }
    if (!template.equals("auto")) {
      Language wanted;
      try {
        wanted = Language.valueOf(template.trim().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new MojoExecutionException(
            "Dockwright: not a template: \"" + template + "\" (expected node, python, go or auto)", e);
      }
      if (detected.language() != wanted) {
        throw new MojoExecutionException("Dockwright: " + projectDirectory + " is a " + detected.language().text()
            + " project, not " + wanted.text());
      }
    }
    try {
      return Templates.forProject(detected, options);
    } catch (IllegalArgumentException e) {
      throw new MojoExecutionException("Dockwright: " + e.getMessage(), e);
    }
  }

  private Dockerfile fromClass() throws MojoExecutionException {
    List<URL> urls = new ArrayList<>();
    try {
      for (String element : project.getRuntimeClasspathElements()) {
        urls.add(new File(element).toURI().toURL());
      }
    } catch (DependencyResolutionRequiredException | MalformedURLException e) {
      throw new MojoExecutionException("Dockwright: cannot read the project's class path: " + e.getMessage(), e);
    }
    // The plugin's own copy of the library comes first, so that the method returns the Dockerfile type this
    // goal knows.
    try (URLClassLoader loader = new URLClassLoader(urls.toArray(new URL[0]), getClass().getClassLoader())) {
      Class<?> type;
      try {
        type = Class.forName(dockerfileClass, true, loader);
      } catch (ClassNotFoundException e) {
        throw new MojoExecutionException("Dockwright: class " + dockerfileClass
            + " not found in the project's classes or dependencies (is it compiled before process-classes?)", e);
      }
      Method method;
      try {
        method = type.getMethod(dockerfileMethod);
      } catch (NoSuchMethodException e) {
        throw new MojoExecutionException(noMethod(), e);
      }
      if (!Modifier.isStatic(method.getModifiers()) || !Dockerfile.class.isAssignableFrom(method.getReturnType())) {
        throw new MojoExecutionException(noMethod());
      }
      try {
        Object result = method.invoke(null);
        if (result == null) {
          throw new MojoExecutionException("Dockwright: " + dockerfileClass + "." + dockerfileMethod
              + "() returned null");
        }
        return (Dockerfile) result;
      } catch (InvocationTargetException e) {
        Throwable cause = e.getCause();
        throw new MojoExecutionException("Dockwright: " + dockerfileClass + "." + dockerfileMethod + "() threw "
            + cause.getClass().getName() + ": " + cause.getMessage(), cause);
      } catch (IllegalAccessException e) {
        throw new MojoExecutionException(noMethod(), e);
      }
    } catch (IOException e) {
      throw new MojoExecutionException("Dockwright: " + e.getMessage(), e);
    }
  }

  private String noMethod() {
    return "Dockwright: " + dockerfileClass + " has no public static method " + dockerfileMethod
        + "() returning " + Dockerfile.class.getName();
  }

  private void write(Path file, String text, String what) throws MojoExecutionException {
    try {
      if (Files.isRegularFile(file) && Files.readString(file, StandardCharsets.UTF_8).equals(text)) {
        getLog().info(file + " is up to date");
        return;
      }
      if (file.getParent() != null) {
        Files.createDirectories(file.getParent());
      }
      Files.writeString(file, text, StandardCharsets.UTF_8);
      getLog().info("Wrote " + file + (what == null ? "" : " (" + what + ")"));
    } catch (IOException e) {
      throw new MojoExecutionException("Dockwright: cannot write " + file + ": " + e.getMessage(), e);
    }
  }
}
