package dev.dockwright.examples.docs;

import dev.dockwright.dsl.DockerfileBuilder;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.OutputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.FileObject;
import javax.tools.ForwardingJavaFileManager;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Compiles documentation snippets in memory, all in one javac run, with every lint warning an error, against
 * the test class path (the library, JUnit, Testcontainers). Each snippet gets a package of its own; a
 * snippet of statements becomes the body of {@code Snippet.run()}, with {@link #IMPORTS}.
 */
final class SnippetCompiler {
  /** What a snippet of statements may use without importing it. */
  static final List<String> IMPORTS = List.of(
      "dev.dockwright.dsl.*",
      "dev.dockwright.model.*",
      "dev.dockwright.parser.*",
      "dev.dockwright.render.*",
      "dev.dockwright.lint.*",
      "dev.dockwright.optimize.*",
      "dev.dockwright.cache.*",
      "dev.dockwright.context.BuildContext",
      "java.nio.file.*",
      "java.time.Duration",
      "java.util.*");

  private static final Pattern PUBLIC_TYPE =
      Pattern.compile("(?m)^public (?:final |abstract )*(?:class|record|interface|enum) (\\w+)");
  private static final Pattern ANY_TYPE =
      Pattern.compile("(?m)^(?:final |abstract )*(?:class|record|interface|enum) (\\w+)");

  private SnippetCompiler() {}

  /** The outcome: each snippet's class, or the compiler's messages about it (with page lines). */
  record Compiled(Map<DocSnippet, Class<?>> classes, Map<DocSnippet, List<String>> errors) {}

  private record Unit(DocSnippet snippet, String className, String source, int headerLines) {}

  static Compiled compile(List<DocSnippet> snippets) {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    if (javac == null) {
      throw new IllegalStateException("no system Java compiler: run the tests on a JDK");
    }
    Map<String, Unit> units = new LinkedHashMap<>();
    int n = 0;
    for (DocSnippet s : snippets) {
      Unit u = unit(s, "snippets.s" + n++);
      units.put(u.className, u);
    }
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    Map<String, ByteArrayOutputStream> bytes = new HashMap<>();
    StandardJavaFileManager standard = javac.getStandardFileManager(diagnostics, Locale.ROOT, null);
    ForwardingJavaFileManager<StandardJavaFileManager> manager = new ForwardingJavaFileManager<>(standard) {
      @Override
      public JavaFileObject getJavaFileForOutput(
          Location location, String className, JavaFileObject.Kind kind, FileObject sibling) {
        return new SimpleJavaFileObject(URI.create("mem:///" + className.replace('.', '/') + ".class"), kind) {
          @Override
          public OutputStream openOutputStream() {
            return bytes.computeIfAbsent(className, k -> new ByteArrayOutputStream());
          }
        };
      }
    };
    Map<URI, Unit> byUri = new HashMap<>();
    List<JavaFileObject> files = new ArrayList<>();
    for (Unit u : units.values()) {
      URI uri = URI.create("mem:///" + u.className.replace('.', '/') + ".java");
      byUri.put(uri, u);
      files.add(new SimpleJavaFileObject(uri, JavaFileObject.Kind.SOURCE) {
        @Override
        public CharSequence getCharContent(boolean ignoreEncodingErrors) {
          return u.source;
        }
      });
    }
    List<String> options = List.of("-classpath", classpath(), "-Xlint:all", "-Werror", "-proc:none",
        "--release", "17", "-encoding", "UTF-8");
    boolean ok = javac.getTask(null, manager, diagnostics, options, null, files).call();

    Map<DocSnippet, List<String>> errors = new LinkedHashMap<>();
    for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
      Unit u = d.getSource() == null ? null : byUri.get(d.getSource().toUri());
      if (u == null) {
        errors.computeIfAbsent(snippets.get(0), k -> new ArrayList<>())
            .add(d.getKind() + ": " + d.getMessage(Locale.ROOT));
        continue;
      }
      long pageLine = u.snippet.line() + d.getLineNumber() - 1 - u.headerLines;
      errors.computeIfAbsent(u.snippet, k -> new ArrayList<>())
          .add(u.snippet.page() + ":" + pageLine + ": " + d.getKind().toString().toLowerCase(Locale.ROOT)
              + ": " + d.getMessage(Locale.ROOT));
    }
    if (!ok && errors.isEmpty()) {
      errors.put(snippets.get(0), List.of("javac failed without a message"));
    }
    Map<DocSnippet, Class<?>> classes = new LinkedHashMap<>();
    if (ok && errors.isEmpty()) {
      ClassLoader loader = new ClassLoader(SnippetCompiler.class.getClassLoader()) {
        @Override
        protected Class<?> findClass(String name) throws ClassNotFoundException {
          ByteArrayOutputStream b = bytes.get(name);
          if (b == null) {
            throw new ClassNotFoundException(name);
          }
          byte[] array = b.toByteArray();
          return defineClass(name, array, 0, array.length);
        }
      };
      for (Unit u : units.values()) {
        try {
          classes.put(u.snippet, loader.loadClass(u.className));
        } catch (ClassNotFoundException e) {
          throw new AssertionError(e);
        }
      }
    }
    return new Compiled(classes, errors);
  }

  // The source of one snippet in its own package; the class named is the one to run.
  private static Unit unit(DocSnippet s, String pkg) {
    if (s.isCompilationUnit()) {
      if (s.code().startsWith("package ")) {
        throw new IllegalArgumentException(s.where() + ": a snippet has no package declaration (it gets one)");
      }
      Matcher m = PUBLIC_TYPE.matcher(s.code());
      if (!m.find()) {
        m = ANY_TYPE.matcher(s.code());
        if (!m.find()) {
          throw new IllegalArgumentException(s.where() + ": no top-level type declared");
        }
      }
      return new Unit(s, pkg + "." + m.group(1), "package " + pkg + ";\n" + s.code(), 1);
    }
    StringBuilder header = new StringBuilder("package " + pkg + ";\n");
    for (String i : IMPORTS) {
      header.append("import ").append(i).append(";\n");
    }
    header.append("public final class Snippet {\n  public static void main(String[] args) throws Exception {\n");
    int headerLines = (int) header.chars().filter(c -> c == '\n').count();
    return new Unit(s, pkg + ".Snippet", header + s.code() + "  }\n}\n", headerLines);
  }

  // The test class path, plus the jars of the classes snippets use (surefire may hide them in a manifest jar).
  private static String classpath() {
    Set<String> entries = new LinkedHashSet<>(List.of(System.getProperty("java.class.path").split(File.pathSeparator)));
    for (Class<?> c : List.of(DockerfileBuilder.class, org.junit.jupiter.api.Test.class,
        org.testcontainers.images.builder.ImageFromDockerfile.class)) {
      try {
        entries.add(Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI()).toString());
      } catch (URISyntaxException e) {
        throw new IllegalStateException(e);
      }
    }
    return String.join(File.pathSeparator, entries);
  }
}
