package dev.dockwright.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Guards the library's public surface, as users of the jars see it: each module exports exactly its API
 * packages and requires only what it names here; every public signature in an exported package uses JDK types
 * and types of exported packages only; and no two packages depend on each other, directly or through others.
 *
 * <pre>{@code
 * mvn -pl examples -am verify -Dtest=ApiSurfaceTest -Dsurefire.failIfNoSpecifiedTests=false
 * }</pre>
 *
 * <p>Reads the compiled classes of the library modules (their {@code target/classes}), so it runs after them
 * in the reactor.
 */
class ApiSurfaceTest {
  private static final Path ROOT = Path.of(System.getProperty("dockwright.root", ".."));

  /** Module directory, module name, exported packages, required modules (java.base is implied). */
  private record Library(String directory, String name, Set<String> exports, Set<String> requires) {}

  private static final List<Library> LIBRARIES = List.of(
      new Library("dockerfile-dsl", "dev.dockwright",
          Set.of("dev.dockwright.model", "dev.dockwright.dsl", "dev.dockwright.render", "dev.dockwright.parser",
              "dev.dockwright.parser.syntax", "dev.dockwright.lint", "dev.dockwright.optimize",
              "dev.dockwright.cache", "dev.dockwright.context", "dev.dockwright.json", "dev.dockwright.shell"),
          Set.of()),
      new Library("dockerfile-templates", "dev.dockwright.templates",
          Set.of("dev.dockwright.templates"),
          Set.of("dev.dockwright")),
      new Library("dockerfile-javagen", "dev.dockwright.javagen",
          Set.of("dev.dockwright.javagen"),
          Set.of("dev.dockwright", "java.compiler", "com.palantir.javapoet")));

  @Test
  void eachModuleExportsItsApiPackagesAndRequiresOnlyWhatItNames() throws IOException {
    for (Library library : LIBRARIES) {
      ModuleDescriptor descriptor = descriptor(library);
      assertThat(descriptor.name()).isEqualTo(library.name());
      assertThat(descriptor.exports())
          .as("exports of %s", library.name())
          .allSatisfy(e -> assertThat(e.isQualified()).as("qualified export %s", e).isFalse());
      assertThat(descriptor.exports().stream().map(ModuleDescriptor.Exports::source).collect(Collectors.toSet()))
          .as("exports of %s", library.name())
          .isEqualTo(library.exports());
      assertThat(descriptor.requires().stream().map(ModuleDescriptor.Requires::name)
              .filter(n -> !n.equals("java.base")).collect(Collectors.toSet()))
          .as("requires of %s", library.name())
          .isEqualTo(library.requires());
      assertThat(descriptor.opens()).as("opens of %s", library.name()).isEmpty();
    }
  }

  @Test
  void publicSignaturesUseOnlyJdkTypesAndExportedLibraryTypes() throws Exception {
    Set<String> exported = new TreeSet<>();
    LIBRARIES.forEach(l -> exported.addAll(l.exports()));
    List<String> leaks = new ArrayList<>();
    int types = 0;
    for (Library library : LIBRARIES) {
      for (String className : classNames(library)) {
        Class<?> type = Class.forName(className, false, getClass().getClassLoader());
        if (!exported.contains(type.getPackageName()) || !isVisible(type)) {
          continue;
        }
        types++;
        List<Type> used = new ArrayList<>();
        used.add(type.getGenericSuperclass());
        used.addAll(List.of(type.getGenericInterfaces()));
        if (type.isRecord()) {
          for (RecordComponent c : type.getRecordComponents()) {
            used.add(c.getGenericType());
          }
        }
        if (type.isSealed()) {
          for (Class<?> permitted : type.getPermittedSubclasses()) {
            if (!isVisible(permitted)) {
              leaks.add(type.getName() + " permits " + permitted.getName() + ", which users cannot see");
            }
          }
        }
        for (Field f : type.getDeclaredFields()) {
          if (isVisible(f.getModifiers())) {
            used.add(f.getGenericType());
          }
        }
        List<Executable> members = new ArrayList<>(List.of(type.getDeclaredMethods()));
        members.addAll(List.<Constructor<?>>of(type.getDeclaredConstructors()));
        for (Executable m : members) {
          if (!isVisible(m.getModifiers()) || m.isSynthetic()) {
            continue;
          }
          used.addAll(List.of(m.getGenericParameterTypes()));
          used.addAll(List.of(m.getGenericExceptionTypes()));
          if (m instanceof Method method) {
            used.add(method.getGenericReturnType());
          }
        }
        for (Type t : used) {
          for (Class<?> c : classesIn(t)) {
            String pkg = c.getPackageName();
            boolean jdk = c.isPrimitive() || pkg.startsWith("java.") || pkg.startsWith("javax.");
            if (!jdk && !exported.contains(pkg)) {
              leaks.add(type.getName() + " uses " + c.getName());
            }
          }
        }
      }
    }
    assertThat(types).as("public types in exported packages").isGreaterThan(100);
    assertThat(leaks).isEmpty();
  }

  @Test
  void noPackageCycles() throws IOException {
    Map<String, Set<String>> dependencies = new TreeMap<>();
    for (Library library : LIBRARIES) {
      Path classes = classes(library);
      try (Stream<Path> files = Files.walk(classes)) {
        for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
          String name = classes.relativize(file).toString().replace('\\', '/');
          if (name.equals("module-info.class")) {
            continue;
          }
          String pkg = name.substring(0, name.lastIndexOf('/')).replace('/', '.');
          Set<String> deps = dependencies.computeIfAbsent(pkg, p -> new TreeSet<>());
          for (String referenced : referencedClasses(file)) {
            int slash = referenced.lastIndexOf('/');
            String other = slash < 0 ? "" : referenced.substring(0, slash).replace('/', '.');
            if (other.startsWith("dev.dockwright") && !other.equals(pkg)) {
              deps.add(other);
            }
          }
        }
      }
    }
    assertThat(dependencies.keySet()).as("packages read").contains("dev.dockwright.lint", "dev.dockwright.lint.rules");
    assertThat(dependencies.get("dev.dockwright.lint.rules")).as("rules use the lint API").contains("dev.dockwright.lint");
    assertThat(cycles(dependencies)).isEmpty();
  }

  // --- helpers

  private static ModuleDescriptor descriptor(Library library) throws IOException {
    try (InputStream in = Files.newInputStream(classes(library).resolve("module-info.class"))) {
      return ModuleDescriptor.read(in);
    }
  }

  private static Path classes(Library library) {
    Path classes = ROOT.resolve(library.directory()).resolve("target/classes");
    assertThat(classes.resolve("module-info.class")).as("compiled module of %s", library.directory()).exists();
    return classes;
  }

  private static List<String> classNames(Library library) throws IOException {
    Path classes = classes(library);
    try (Stream<Path> files = Files.walk(classes)) {
      return files.map(f -> classes.relativize(f).toString().replace('\\', '/'))
          .filter(n -> n.endsWith(".class") && !n.equals("module-info.class") && !n.endsWith("package-info.class"))
          .map(n -> n.substring(0, n.length() - ".class".length()).replace('/', '.'))
          .sorted()
          .toList();
    }
  }

  // A type users can name: public, and every enclosing type public too.
  private static boolean isVisible(Class<?> type) {
    for (Class<?> c = type; c != null; c = c.getDeclaringClass()) {
      if (!Modifier.isPublic(c.getModifiers()) || c.isAnonymousClass() || c.isLocalClass()) {
        return false;
      }
    }
    return true;
  }

  private static boolean isVisible(int modifiers) {
    return Modifier.isPublic(modifiers) || Modifier.isProtected(modifiers);
  }

  private static List<Class<?>> classesIn(Type type) {
    List<Class<?>> out = new ArrayList<>();
    Deque<Type> todo = new ArrayDeque<>();
    if (type != null) {
      todo.push(type);
    }
    while (!todo.isEmpty()) {
      Type t = todo.pop();
      if (t instanceof Class<?> c) {
        out.add(c.isArray() ? c.componentType() : c);
      } else if (t instanceof ParameterizedType p) {
        todo.push(p.getRawType());
        List.of(p.getActualTypeArguments()).forEach(todo::push);
      } else if (t instanceof WildcardType w) {
        List.of(w.getUpperBounds()).forEach(todo::push);
        List.of(w.getLowerBounds()).forEach(todo::push);
      } else if (t instanceof GenericArrayType a) {
        todo.push(a.getGenericComponentType());
      } else if (t instanceof TypeVariable<?> v) {
        // a variable's bounds are declared where it is: checked there when it is a class's
        for (Type bound : v.getBounds()) {
          if (!(bound instanceof TypeVariable<?>)) {
            todo.push(bound);
          }
        }
      }
    }
    return out;
  }

  private static final Pattern DESCRIPTOR_CLASS = Pattern.compile("L([\\w/$]+)[;<]");

  /**
   * The internal names of the classes a class file refers to: its CONSTANT_Class entries and the class names in
   * its descriptors and signatures (which name types that need no CONSTANT_Class, such as a field's type).
   */
  private static Set<String> referencedClasses(Path classFile) throws IOException {
    Set<String> names = new TreeSet<>();
    try (DataInputStream in = new DataInputStream(Files.newInputStream(classFile))) {
      in.readInt(); // magic
      in.readUnsignedShort(); // minor
      in.readUnsignedShort(); // major
      int count = in.readUnsignedShort();
      Map<Integer, String> utf8 = new HashMap<>();
      List<Integer> classIndexes = new ArrayList<>();
      for (int i = 1; i < count; i++) {
        int tag = in.readUnsignedByte();
        switch (tag) {
          case 1 -> utf8.put(i, in.readUTF());
          case 7 -> classIndexes.add(in.readUnsignedShort());
          case 8, 16, 19, 20 -> in.readUnsignedShort();
          case 15 -> {
            in.readUnsignedByte();
            in.readUnsignedShort();
          }
          case 3, 4, 9, 10, 11, 12, 17, 18 -> in.readInt();
          case 5, 6 -> {
            in.readLong();
            i++; // takes two entries
          }
          default -> throw new IOException(classFile + ": unknown constant pool tag " + tag);
        }
      }
      for (int index : classIndexes) {
        String name = utf8.get(index);
        names.add(name.startsWith("[") ? name.replaceAll("^\\[+L?|;$", "") : name);
      }
      for (String text : utf8.values()) {
        Matcher m = DESCRIPTOR_CLASS.matcher(text);
        while (m.find()) {
          names.add(m.group(1));
        }
      }
    }
    return names;
  }

  /** The strongly connected components of more than one package (Tarjan), each as "a -> b -> ...". */
  private static List<String> cycles(Map<String, Set<String>> graph) {
    Map<String, Integer> index = new HashMap<>();
    Map<String, Integer> low = new HashMap<>();
    Deque<String> stack = new ArrayDeque<>();
    Set<String> onStack = new TreeSet<>();
    List<String> cycles = new ArrayList<>();
    int[] counter = {0};
    for (String node : graph.keySet()) {
      if (!index.containsKey(node)) {
        strongConnect(node, graph, index, low, stack, onStack, cycles, counter);
      }
    }
    return cycles;
  }

  private static void strongConnect(String node, Map<String, Set<String>> graph, Map<String, Integer> index,
      Map<String, Integer> low, Deque<String> stack, Set<String> onStack, List<String> cycles, int[] counter) {
    index.put(node, counter[0]);
    low.put(node, counter[0]);
    counter[0]++;
    stack.push(node);
    onStack.add(node);
    for (String next : graph.getOrDefault(node, Set.of())) {
      if (!index.containsKey(next)) {
        strongConnect(next, graph, index, low, stack, onStack, cycles, counter);
        low.put(node, Math.min(low.get(node), low.get(next)));
      } else if (onStack.contains(next)) {
        low.put(node, Math.min(low.get(node), index.get(next)));
      }
    }
    if (low.get(node).equals(index.get(node))) {
      Set<String> component = new TreeSet<>();
      String member;
      do {
        member = stack.pop();
        onStack.remove(member);
        component.add(member);
      } while (!member.equals(node));
      if (component.size() > 1) {
        cycles.add(String.join(" <-> ", component));
      }
    }
  }
}
