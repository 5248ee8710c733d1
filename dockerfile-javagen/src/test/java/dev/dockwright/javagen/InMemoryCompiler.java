package dev.dockwright.javagen;

import dev.dockwright.dsl.DockerfileBuilder;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.OutputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
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
 * Compiles generated sources in memory, with every lint warning as an error, against the test classpath,
 * and loads the classes.
 *
 * <pre>{@code
 * Map<String, Class<?>> classes = InMemoryCompiler.compile(Map.of("gen.A", sourceOfA));
 * }</pre>
 */
final class InMemoryCompiler {
  private InMemoryCompiler() {}

  /** Compiles all sources (by qualified class name) in one go; throws with javac's messages on any. */
  static Map<String, Class<?>> compile(Map<String, String> sources) {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    if (javac == null) {
      throw new IllegalStateException("no system Java compiler: run the tests on a JDK");
    }
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    Map<String, ByteArrayOutputStream> classes = new HashMap<>();
    StandardJavaFileManager standard = javac.getStandardFileManager(diagnostics, Locale.ROOT, null);
    ForwardingJavaFileManager<StandardJavaFileManager> manager = new ForwardingJavaFileManager<>(standard) {
      @Override
      public JavaFileObject getJavaFileForOutput(
          Location location, String className, JavaFileObject.Kind kind, FileObject sibling) {
        return new SimpleJavaFileObject(URI.create("mem:///" + className.replace('.', '/') + ".class"), kind) {
          @Override
          public OutputStream openOutputStream() {
            return classes.computeIfAbsent(className, k -> new ByteArrayOutputStream());
          }
        };
      }
    };
    List<JavaFileObject> units = new ArrayList<>();
    sources.forEach((name, text) -> units.add(
        new SimpleJavaFileObject(URI.create("mem:///" + name.replace('.', '/') + ".java"), JavaFileObject.Kind.SOURCE) {
          @Override
          public CharSequence getCharContent(boolean ignoreEncodingErrors) {
            return text;
          }
        }));
    List<String> options = List.of("-classpath", classpath(), "-Xlint:all", "-Werror", "-proc:none");
    boolean ok = javac.getTask(null, manager, diagnostics, options, null, units).call();
    if (!ok || !diagnostics.getDiagnostics().isEmpty()) {
      String messages = diagnostics.getDiagnostics().stream()
          .map(InMemoryCompiler::describe)
          .collect(Collectors.joining("\n"));
      throw new AssertionError("generated code does not compile cleanly:\n" + messages);
    }
    ClassLoader loader = new ClassLoader(InMemoryCompiler.class.getClassLoader()) {
      @Override
      protected Class<?> findClass(String name) throws ClassNotFoundException {
        ByteArrayOutputStream bytes = classes.get(name);
        if (bytes == null) {
          throw new ClassNotFoundException(name);
        }
        byte[] b = bytes.toByteArray();
        return defineClass(name, b, 0, b.length);
      }
    };
    Map<String, Class<?>> loaded = new HashMap<>();
    for (String name : sources.keySet()) {
      try {
        loaded.put(name, loader.loadClass(name));
      } catch (ClassNotFoundException e) {
        throw new AssertionError(e);
      }
    }
    return loaded;
  }

  private static String describe(Diagnostic<? extends JavaFileObject> d) {
    String source = d.getSource() == null ? "" : d.getSource().getName() + ":" + d.getLineNumber() + ": ";
    return source + d.getKind() + ": " + d.getMessage(Locale.ROOT);
  }

  // The test classpath; surefire may hide it in a manifest-only jar, so the DSL's own location is added.
  private static String classpath() {
    try {
      String dsl = Path.of(DockerfileBuilder.class.getProtectionDomain().getCodeSource().getLocation().toURI())
          .toString();
      return System.getProperty("java.class.path") + File.pathSeparator + dsl;
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
