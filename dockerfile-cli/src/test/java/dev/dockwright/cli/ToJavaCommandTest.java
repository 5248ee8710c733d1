package dev.dockwright.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.tools.DiagnosticCollector;
import javax.tools.FileObject;
import javax.tools.ForwardingJavaFileManager;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code dockwright to-java} end to end: exact source, exact messages, exit codes; the source compiles and runs. */
class ToJavaCommandTest {
  private static final String GO = """
      # syntax=docker/dockerfile:1
      FROM golang:1.23.4 AS build
      WORKDIR /src
      COPY . .
      #no space
      RUN go build -o /out/app .
      FROM scratch
      COPY --from=build /out/app /app
      ENTRYPOINT ["/app"]
      """;

  @TempDir Path dir;

  private Path file(String name, String text) throws IOException {
    Path p = dir.resolve(name);
    Files.writeString(p, text, StandardCharsets.UTF_8);
    return p;
  }

  @Test
  void printsOneCompilationUnitWithTheOptionsGiven() throws IOException {
    MainTest.Result r = MainTest.run("to-java", file("Dockerfile", GO).toString(),
        "--package", "com.acme.docker", "--class", "AppImage", "--method", "image", "--main");
    assertThat(r.err()).isEmpty();
    assertThat(r.status()).isZero();
    assertThat(r.out()).isEqualTo("""
        package com.acme.docker;

        import dev.dockwright.dsl.Copy;
        import dev.dockwright.dsl.DockerfileBuilder;
        import dev.dockwright.dsl.StageBuilder;
        import dev.dockwright.model.Comment;
        import dev.dockwright.model.Dockerfile;
        import dev.dockwright.render.DockerfileRenderer;
        import dev.dockwright.render.RenderOptions;

        /**
         * Writes the Dockerfile with the Dockwright DSL.
         */
        public final class AppImage {
          private AppImage() {
          }

          /**
           * The Dockerfile.
           */
          public static Dockerfile image() {
            DockerfileBuilder file = DockerfileBuilder.create()
                .syntax("docker/dockerfile:1");

            StageBuilder build = file.stage("build", "golang:1.23.4")
                .workdir("/src")
                .copy(".", ".")
                .element(new Comment("no space"))
                .run("go build -o /out/app .");

            StageBuilder stage1 = file.from("scratch")
                .withoutLeadingBlankLine()
                .copy(Copy.from(build).paths("/out/app").to("/app"))
                .entrypoint("/app");
            return file.build();
          }

          /**
           * Prints the Dockerfile as {@code dockwright fmt} does.
           */
          public static void main(String[] args) {
            System.out.print(new DockerfileRenderer(RenderOptions.canonical()).render(image()));
          }
        }
        """);
  }

  @Test
  void defaultsAreTheUnnamedPackageAndNoMain() throws IOException {
    MainTest.Result r = MainTest.run("to-java", file("Dockerfile", "FROM alpine:3.20\nRUN echo hi\n").toString());
    assertThat(r.status()).isZero();
    assertThat(r.out()).isEqualTo("""
        import dev.dockwright.dsl.DockerfileBuilder;
        import dev.dockwright.dsl.StageBuilder;
        import dev.dockwright.model.Dockerfile;

        /**
         * Writes the Dockerfile with the Dockwright DSL.
         */
        public final class DockerfileSource {
          private DockerfileSource() {
          }

          /**
           * The Dockerfile.
           */
          public static Dockerfile dockerfile() {
            DockerfileBuilder file = DockerfileBuilder.create();

            StageBuilder stage0 = file.from("alpine:3.20")
                .run("echo hi");
            return file.build();
          }
        }
        """);
  }

  /** The printed class, compiled and run, prints the file as {@code dockwright fmt} does: the same model. */
  @Test
  void theMainOfThePrintedClassPrintsTheDockerfile() throws Exception {
    Path f = file("Dockerfile", GO.replace("FROM", "from").replace("COPY . .", "COPY  .  ."));
    MainTest.Result r = MainTest.run("to-java", f.toString(), "--package", "gen", "--class", "Go", "--main");
    assertThat(r.status()).isZero();
    Class<?> generated = compile("gen.Go", r.out());
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream out = System.out;
    System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    try {
      generated.getMethod("main", String[].class).invoke(null, (Object) new String[0]);
    } finally {
      System.setOut(out);
    }
    assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo(GO).isEqualTo(MainTest.run("fmt", f.toString()).out());
  }

  /** Stages without instructions that no later stage names are aliases of their base: marked alias(). */
  @Test
  void stagesWithoutInstructionsAreMarkedAlias() throws Exception {
    String text = """
        FROM alpine:3.20 AS base
        RUN apk add --no-cache curl

        FROM base AS linux
        FROM base AS windows
        FROM ${TARGETOS} AS final
        """;
    Path f = file("Dockerfile", text);
    MainTest.Result r = MainTest.run("to-java", f.toString(), "--package", "gen", "--class", "Aliases", "--main");
    assertThat(r.err()).isEmpty();
    assertThat(r.status()).isZero();
    assertThat(r.out()).contains("""
            StageBuilder linux = file.stage("linux", base)
                .alias();

            StageBuilder windows = file.stage("windows", base)
                .withoutLeadingBlankLine()
                .alias();

            StageBuilder finalStage = file.stage("final", "${TARGETOS}")
                .withoutLeadingBlankLine()
                .alias();
            return file.build();
        """);
    Class<?> generated = compile("gen.Aliases", r.out());
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream out = System.out;
    System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    try {
      generated.getMethod("main", String[].class).invoke(null, (Object) new String[0]);
    } finally {
      System.setOut(out);
    }
    assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo(MainTest.run("fmt", f.toString()).out());
  }

  /** A file of global ARGs only parses strictly, but DockerfileBuilder.build() needs a stage. */
  @Test
  void whatTheDslCannotExpressIsExitOneWithEachElementAndWhy() throws IOException {
    Path f = file("Dockerfile", "ARG VERSION=1\n");
    MainTest.Result r = MainTest.run("to-java", f.toString());
    assertThat(r.status()).isEqualTo(1);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).isEqualTo("dockwright to-java: " + f + ": the DSL cannot express 1 element(s), so no Java"
        + " was written:\n"
        + "  the file: : DockerfileBuilder.build() needs at least one stage\n");
  }

  @Test
  void parseErrorsAreExitTwoWithTheirPosition() throws IOException {
    Path f = file("Dockerfile", "FROM alpine:3.20\nCOPPY a b\nRUN --networks=none true\n");
    MainTest.Result r = MainTest.run("to-java", f.toString());
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).isEqualTo(f + ":2:1: unknown instruction: COPPY (did you mean COPY?)\n"
        + f + ":3:5: unknown flag: --networks (did you mean network?)\n");
  }

  @Test
  void usageErrorsAreExitTwo() throws IOException {
    Path f = file("Dockerfile", "FROM alpine:3.20\n");
    MainTest.Result badClass = MainTest.run("to-java", f.toString(), "--class", "class");
    assertThat(badClass.status()).isEqualTo(2);
    assertThat(badClass.err()).isEqualTo("dockwright to-java: not a valid class name: class\n");
    MainTest.Result badPackage = MainTest.run("to-java", f.toString(), "--package", "com..acme");
    assertThat(badPackage.status()).isEqualTo(2);
    assertThat(badPackage.err()).isEqualTo("dockwright to-java: not a valid package name: com..acme\n");
    MainTest.Result badMethod = MainTest.run("to-java", f.toString(), "--method", "main");
    assertThat(badMethod.status()).isEqualTo(2);
    assertThat(badMethod.err()).isEqualTo("dockwright to-java: not a valid method name: main\n");
    MainTest.Result noFile = MainTest.run("to-java");
    assertThat(noFile.status()).isEqualTo(2);
    assertThat(noFile.err()).isEqualTo("""
        dockwright: Missing required parameter: 'FILE'
        Try 'dockwright to-java --help' for more information.
        """);
    MainTest.Result missing = MainTest.run("to-java", dir.resolve("nope").toString());
    assertThat(missing.status()).isEqualTo(2);
    assertThat(missing.err()).isEqualTo("dockwright: " + dir.resolve("nope") + ": no such file\n");
  }

  // javac in memory, against the test classpath.
  private static Class<?> compile(String className, String source) throws ClassNotFoundException {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    Map<String, ByteArrayOutputStream> classes = new HashMap<>();
    StandardJavaFileManager standard = javac.getStandardFileManager(diagnostics, Locale.ROOT, null);
    ForwardingJavaFileManager<StandardJavaFileManager> manager = new ForwardingJavaFileManager<>(standard) {
      @Override
      public JavaFileObject getJavaFileForOutput(
          Location location, String name, JavaFileObject.Kind kind, FileObject sibling) {
        return new SimpleJavaFileObject(URI.create("mem:///" + name.replace('.', '/') + ".class"), kind) {
          @Override
          public OutputStream openOutputStream() {
            return classes.computeIfAbsent(name, k -> new ByteArrayOutputStream());
          }
        };
      }
    };
    JavaFileObject unit = new SimpleJavaFileObject(
        URI.create("mem:///" + className.replace('.', '/') + ".java"), JavaFileObject.Kind.SOURCE) {
      @Override
      public CharSequence getCharContent(boolean ignoreEncodingErrors) {
        return source;
      }
    };
    String classpath = System.getProperty("java.class.path") + java.io.File.pathSeparator
        + dev.dockwright.dsl.DockerfileBuilder.class.getProtectionDomain().getCodeSource().getLocation().getPath();
    boolean ok = javac.getTask(null, manager, diagnostics,
        List.of("-classpath", classpath, "-Xlint:all", "-Werror", "-proc:none"), null, List.of(unit)).call();
    assertThat(diagnostics.getDiagnostics()).as("javac diagnostics").isEmpty();
    assertThat(ok).isTrue();
    return new ClassLoader(ToJavaCommandTest.class.getClassLoader()) {
      @Override
      protected Class<?> findClass(String name) throws ClassNotFoundException {
        ByteArrayOutputStream bytes = classes.get(name);
        if (bytes == null) {
          throw new ClassNotFoundException(name);
        }
        byte[] b = bytes.toByteArray();
        return defineClass(name, b, 0, b.length);
      }
    }.loadClass(className);
  }
}
