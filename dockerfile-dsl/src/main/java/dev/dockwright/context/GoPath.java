package dev.dockwright.context;

import java.util.ArrayList;
import java.util.List;

/**
 * Go's {@code path.Clean} and the way BuildKit turns a path written in a Dockerfile or on a command line into a
 * path relative to the root of the build context.
 *
 * <pre>{@code
 * GoPath.clean("a//b/./c/..");       // "a/b"
 * GoPath.inContext("/src/../app/");  // "app"
 * GoPath.inContext("../..");         // ".": the context root; nothing is above it
 * }</pre>
 */
final class GoPath {
  private GoPath() {}

  /** The shortest equivalent path: repeated slashes, {@code .} and {@code dir/..} removed; {@code ""} is {@code "."}. */
  static String clean(String path) {
    if (path.isEmpty()) {
      return ".";
    }
    boolean rooted = path.charAt(0) == '/';
    List<String> parts = new ArrayList<>();
    for (String part : path.split("/", -1)) {
      if (part.isEmpty() || part.equals(".")) {
        continue;
      }
      if (part.equals("..")) {
        if (!parts.isEmpty() && !parts.get(parts.size() - 1).equals("..")) {
          parts.remove(parts.size() - 1);
        } else if (!rooted) {
          parts.add(part);
        }
        continue;
      }
      parts.add(part);
    }
    String joined = String.join("/", parts);
    if (rooted) {
      return "/" + joined;
    }
    return joined.isEmpty() ? "." : joined;
  }

  /**
   * A path as the build context sees it: relative to its root, cleaned, never above the root. A leading
   * {@code /} means the root, as in {@code COPY /src .}; {@code "."} is the root itself.
   */
  static String inContext(String path) {
    String rooted = clean("/" + path);
    return rooted.equals("/") ? "." : rooted.substring(1);
  }

  /** Whether {@code path} is {@code dir} or inside it; every path is inside {@code "."}. */
  static boolean isWithin(String path, String dir) {
    return dir.equals(".") || path.equals(dir) || path.startsWith(dir + "/");
  }
}
