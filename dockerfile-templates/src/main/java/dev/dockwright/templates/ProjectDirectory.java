package dev.dockwright.templates;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** A project directory as detection reads it: paths relative to the root, with {@code /} as separator. */
final class ProjectDirectory {
  private final Path root;

  ProjectDirectory(Path root) {
    this.root = root;
  }

  Path root() {
    return root;
  }

  boolean isFile(String relative) {
    return Files.isRegularFile(root.resolve(relative));
  }

  boolean isDirectory(String relative) {
    return Files.isDirectory(root.resolve(relative));
  }

  String read(String relative) {
    try {
      return Files.readString(root.resolve(relative), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + relative + " in " + root, e);
    }
  }

  /** The first line that is not blank, stripped, or null when the file has none. */
  String firstLine(String relative) {
    return read(relative).lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#"))
        .findFirst().orElse(null);
  }

  /** The names of the entries of a directory (empty when it does not exist), sorted. */
  List<String> list(String relative) {
    Path dir = relative.isEmpty() ? root : root.resolve(relative);
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> entries = Files.list(dir)) {
      return entries.map(p -> p.getFileName().toString()).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + dir, e);
    }
  }

  /** The first of the files that exists, or null. */
  String firstExisting(String... candidates) {
    for (String c : candidates) {
      if (isFile(c)) {
        return c;
      }
    }
    return null;
  }

  static String child(String dir, String name) {
    return dir.isEmpty() ? name : dir + "/" + name;
  }

  // Reading values out of parsed JSON and TOML.

  @SuppressWarnings("unchecked")
  static Map<String, Object> table(Map<String, Object> map, String... path) {
    Map<String, Object> t = map;
    for (String key : path) {
      Object next = t == null ? null : t.get(key);
      if (!(next instanceof Map)) {
        return Map.of();
      }
      t = (Map<String, Object>) next;
    }
    return t;
  }

  static String string(Map<String, Object> map, String key) {
    Object v = map.get(key);
    return v instanceof String s ? s : null;
  }

  static List<String> strings(Object value) {
    List<String> list = new ArrayList<>();
    if (value instanceof List<?> l) {
      for (Object o : l) {
        if (o instanceof String s) {
          list.add(s);
        }
      }
    }
    return list;
  }
}
