package dev.dockwright.maven;

import dev.dockwright.model.BuilderTarget;
import dev.dockwright.model.Dockerfile;
import dev.dockwright.render.DockerfileRenderer;
import dev.dockwright.templates.DetectedProject;
import dev.dockwright.templates.GeneratedDockerfile;
import dev.dockwright.templates.InitProcess;
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
import java.util.Map;
import java.util.TreeMap;
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
 * in the POM, or from a class of the project whose public static method returns a {@link Dockerfile} (a test
 * class with {@link #classpathScope} {@code test}). Runs in {@code process-classes} by default, so that the
 * project's own classes are compiled when one of them is asked for. The file is written only when its text
 * changes, so that its timestamp stays put for incremental builds.
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
    requiresDependencyResolution = ResolutionScope.TEST, threadSafe = true)
public final class DockerfileMojo extends AbstractMojo {
  /** The project being built: its class path is searched for {@link #dockerfileClass}. */
  @Parameter(defaultValue = "${project}", readonly = true, required = true)
  private MavenProject project;

  /**
   * The template: {@code node}, {@code python}, {@code go}, or {@code auto} to use the one the project
   * directory is detected as. Not used when {@link #dockerfileClass} is set.
   */
  @Parameter(property = "dockwright.template", defaultValue = "auto")
  String template;

  /** The directory of the project the template writes for (where package.json, pyproject.toml or go.mod is). */
  @Parameter(property = "dockwright.projectDirectory", defaultValue = "${project.basedir}")
  File projectDirectory;

  /** The builder the file is for: {@code buildkit}, {@code buildah} or {@code legacy}. */
  @Parameter(property = "dockwright.target", defaultValue = "buildkit")
  String target;

  /**
   * The runtime image: {@code slim}, {@code alpine} or {@code distroless} for Node and Python, {@code scratch}
   * or {@code distroless} for Go; the template's own default if unset.
   */
  @Parameter(property = "dockwright.flavor")
  String flavor;

  /** The port the image EXPOSEs; the template's own default if unset. */
  @Parameter(property = "dockwright.port")
  Integer port;

  /** Whether the build stage runs the project's tests, so that a failing test fails the image build. */
  @Parameter(property = "dockwright.runTests", defaultValue = "false")
  boolean runTests;

  /** The start command in exec form, one {@code <arg>} per word, instead of the detected one. */
  @Parameter
  List<String> command = new ArrayList<>();

  /** The Node, Python or Go version ({@code 22.12.0}, {@code 3.12}, {@code 1.23.4}) instead of the detected one. */
  @Parameter(property = "dockwright.languageVersion")
  String languageVersion;

  /** The init process of a Node image: {@code tini}, {@code dumb-init} or {@code none}; tini if unset. */
  @Parameter(property = "dockwright.init")
  String init;

  /** The id of a build secret that holds the token of a private npm registry (Node). */
  @Parameter(property = "dockwright.npmTokenSecret")
  String npmTokenSecret;

  /**
   * Image digests to pin, each {@code IMAGE@sha256:HEX} with the image as the template writes it, such as
   * {@code node:22.12.0-bookworm-slim@sha256:...}.
   */
  @Parameter
  List<String> digests = new ArrayList<>();

  /** OCI labels that add to or replace the detected ones, written in the order of their keys. */
  @Parameter
  Map<String, String> labels = new TreeMap<>();

  /** The package of a Node monorepo to build, by its name or directory; the root if unset. */
  @Parameter(property = "dockwright.workspace")
  String workspace;

  /** The Go main package to build, such as {@code ./cmd/api}; detected if unset. */
  @Parameter(property = "dockwright.mainPackage")
  String mainPackage;

  /**
   * A class of the project that writes the Dockerfile itself, such as {@code com.example.Images}: its public
   * static method {@link #dockerfileMethod}, without parameters, returns a {@link Dockerfile}.
   */
  @Parameter(property = "dockwright.dockerfileClass")
  String dockerfileClass;

  /**
   * The class path {@link #dockerfileClass} is loaded from: {@code runtime}, {@code compile}, or {@code test} for a
   * class under {@code src/test/java} (bind the goal to {@code process-test-classes} then), which keeps the
   * library off the application's class path.
   */
  @Parameter(property = "dockwright.classpathScope", defaultValue = "runtime")
  String classpathScope;

  /** The method of {@link #dockerfileClass} to call. */
  @Parameter(property = "dockwright.dockerfileMethod", defaultValue = "dockerfile")
  private String dockerfileMethod;

  /**
   * The file to write. Its ignore file goes next to it: {@code .dockerignore} for a {@code Dockerfile} in the
   * project directory, {@code NAME.dockerignore} for any other, where BuildKit looks for them.
   */
  @Parameter(property = "dockwright.output", defaultValue = "${project.basedir}/Dockerfile")
  File output;

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
      ignore = writeDockerignore
          ? ignoringBuildDirectory(generated.dockerignore(), projectDirectory.toPath(),
              Path.of(project.getBuild().getDirectory()))
          : null;
    }
    int stages = dockerfile.stages().size();
    write(out, text, stages == 1 ? "1 stage" : stages + " stages");
    if (ignore != null) {
      write(dockerignoreFor(out, projectDirectory.toPath()), ignore, null);
    }
  }

  /**
   * Where the build reads the file's ignore patterns: {@code .dockerignore} at the root of the context for a
   * {@code Dockerfile} there, {@code NAME.dockerignore} next to any other (BuildKit and buildah look for it
   * there first).
   */
  static Path dockerignoreFor(Path dockerfile, Path projectDir) {
    Path file = dockerfile.toAbsolutePath().normalize();
    String name = file.getFileName().toString();
    if (name.equals("Dockerfile") && file.getParent().equals(projectDir.toAbsolutePath().normalize())) {
      return file.resolveSibling(".dockerignore");
    }
    return file.resolveSibling(name + ".dockerignore");
  }

  GeneratedDockerfile fromTemplate() throws MojoExecutionException {
    TemplateOptions options = templateOptions();
    Language wanted; // null for auto: whichever the directory is
    try {
      wanted = Language.parseTemplate(template).orElse(null);
    } catch (IllegalArgumentException e) {
      throw new MojoExecutionException("Dockwright: " + e.getMessage(), e);
    }
    DetectedProject detected;
    try {
      detected = ProjectDetector.detect(projectDirectory.toPath(), options);
    } catch (IllegalArgumentException e) { // ProjectNotRecognizedException too: the message lists what was looked for
      throw new MojoExecutionException("Dockwright: " + e.getMessage(), e);
    }
    if (wanted != null && detected.language() != wanted) {
      throw new MojoExecutionException("Dockwright: " + projectDirectory + " is a " + detected.language().text()
          + " project, not " + wanted.text());
    }
    try {
      return Templates.forProject(detected, options);
    } catch (IllegalArgumentException e) {
      throw new MojoExecutionException("Dockwright: " + e.getMessage(), e);
    }
  }

  /**
   * The template's {@code .dockerignore}, plus Maven's build directory when it lies inside the project
   * directory: the templates copy the whole context, which must not carry {@code target} into the image.
   */
  static String ignoringBuildDirectory(String dockerignore, Path projectDir, Path buildDir) {
    Path root = projectDir.toAbsolutePath().normalize();
    Path build = buildDir.toAbsolutePath().normalize();
    if (!build.startsWith(root) || build.equals(root)) {
      return dockerignore;
    }
    String entry = root.relativize(build).toString().replace('\\', '/');
    if (dockerignore.lines().anyMatch(line -> line.equals(entry) || line.equals("/" + entry))) {
      return dockerignore;
    }
    return dockerignore + "# Maven's build output\n" + entry + "\n";
  }

  /** The template options the POM sets; a value the templates do not accept fails with their message. */
  TemplateOptions templateOptions() throws MojoExecutionException {
    try {
      TemplateOptions.Builder b = TemplateOptions.builder().target(BuilderTarget.parse(target)).runTests(runTests);
      if (isSet(flavor)) {
        b.flavor(choice(RuntimeFlavor.class, "flavor", flavor, "slim, alpine, distroless or scratch"));
      }
      if (port != null) {
        b.port(port);
      }
      if (!command.isEmpty()) {
        b.command(command.toArray(new String[0]));
      }
      if (isSet(languageVersion)) {
        b.languageVersion(languageVersion.trim());
      }
      if (isSet(init)) {
        b.init(choice(InitProcess.class, "init process", init, "tini, dumb-init or none"));
      }
      if (isSet(npmTokenSecret)) {
        b.npmTokenSecret(npmTokenSecret.trim());
      }
      for (String digest : digests) {
        int at = digest.lastIndexOf('@');
        if (at <= 0) {
          throw new IllegalArgumentException("not IMAGE@sha256:DIGEST: \"" + digest + "\"");
        }
        b.digest(digest.substring(0, at).trim(), digest.substring(at + 1).trim());
      }
      new TreeMap<>(labels).forEach(b::label);
      if (isSet(workspace)) {
        b.workspace(workspace.trim());
      }
      if (isSet(mainPackage)) {
        b.mainPackage(mainPackage.trim());
      }
      return b.build();
    } catch (IllegalArgumentException e) {
      throw new MojoExecutionException("Dockwright: " + e.getMessage(), e);
    }
  }

  private static boolean isSet(String value) {
    return value != null && !value.isBlank();
  }

  private static String article(String noun) {
    return "aeiou".indexOf(noun.charAt(0)) >= 0 ? "an" : "a";
  }

  // Enum constants by their POM spelling: dumb-init for DUMB_INIT.
  private static <E extends Enum<E>> E choice(Class<E> type, String what, String value, String expected) {
    String name = value.trim().replace('-', '_').toUpperCase(Locale.ROOT);
    for (E constant : type.getEnumConstants()) {
      if (constant.name().equals(name)) {
        return constant;
      }
    }
    throw new IllegalArgumentException("not " + article(what) + " " + what + ": \"" + value + "\" (expected " + expected + ")");
  }

  private Dockerfile fromClass() throws MojoExecutionException {
    List<URL> urls = new ArrayList<>();
    try {
      for (String element : classpathElements()) {
        urls.add(new File(element).toURI().toURL());
      }
    } catch (DependencyResolutionRequiredException | MalformedURLException e) {
      throw new MojoExecutionException("Dockwright: cannot read the project's class path: " + e.getMessage(), e);
    }
    // The plugin's own copy of the library comes first, so that the method returns the Dockerfile type this
    // goal knows.
    try (URLClassLoader loader = new URLClassLoader(urls.toArray(new URL[0]), getClass().getClassLoader())) {
      return call(loader, dockerfileClass, dockerfileMethod);
    } catch (IOException e) {
      throw new MojoExecutionException("Dockwright: " + e.getMessage(), e);
    }
  }

  private List<String> classpathElements() throws DependencyResolutionRequiredException, MojoExecutionException {
    switch (classpathScope.trim().toLowerCase(Locale.ROOT)) {
      case "runtime":
        return project.getRuntimeClasspathElements();
      case "compile":
        return project.getCompileClasspathElements();
      case "test":
        return project.getTestClasspathElements();
      default:
        throw new MojoExecutionException("Dockwright: not a class path scope: \"" + classpathScope
            + "\" (expected runtime, compile or test)");
    }
  }

  /**
   * Calls {@code className.methodName()}, a public static method without parameters that returns a
   * {@link Dockerfile}; every way that can go wrong is a message naming the class.
   */
  static Dockerfile call(ClassLoader loader, String className, String methodName) throws MojoExecutionException {
    Class<?> type;
    try {
      type = Class.forName(className, true, loader);
    } catch (ClassNotFoundException e) {
      throw new MojoExecutionException("Dockwright: class " + className
          + " not found in the project's classes or dependencies (is it compiled before this goal's phase?)", e);
    } catch (LinkageError e) { // a static initializer that throws, or a class that needs a missing one
      throw new MojoExecutionException("Dockwright: class " + className + " cannot be loaded: " + e, e);
    }
    String noMethod = "Dockwright: " + className + " has no public static method " + methodName
        + "() returning " + Dockerfile.class.getName();
    Method method;
    try {
      method = type.getMethod(methodName);
    } catch (NoSuchMethodException e) {
      throw new MojoExecutionException(noMethod, e);
    }
    if (!Modifier.isStatic(method.getModifiers()) || !Dockerfile.class.isAssignableFrom(method.getReturnType())) {
      throw new MojoExecutionException(noMethod + " (found " + method.toGenericString() + ")");
    }
    Object result;
    try {
      result = method.invoke(null);
    } catch (InvocationTargetException e) {
      Throwable cause = e.getCause();
      throw new MojoExecutionException("Dockwright: " + className + "." + methodName + "() threw " + cause, cause);
    } catch (IllegalAccessException e) { // a public method of a class that is not public
      throw new MojoExecutionException(noMethod + " (" + className + " is not public)", e);
    }
    if (result == null) {
      throw new MojoExecutionException("Dockwright: " + className + "." + methodName + "() returned null");
    }
    return (Dockerfile) result;
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
